// `mops import` as a user runs it: the mapping it guesses and takes back, what it writes and never writes
// over, links appended in the list's own style, and the refusals (exit 2) with what to do.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, listFiles, readTree, runCli } from '../../helpers';
import { initPlaybook, read, rowsOf } from './helpers';

const TRACKER = [
  'Campaign Name,Region,Channel,Owner,Stage,Tier,Launch Date,End Date,Budget,Spend to date',
  'Spring Launch ,North America,Email,Alex R.,Brief,Tier 1,03/02/2027,28/02/2027,"$12,000",100',
  'Pulse Roadshow,EMEA,Paid Social; Email,casey.kim@example.com,Brief,2.0,15/03/2027,30/04/2027,"12.000,00 €",',
].join('\r\n');

describe('mops import', () => {
  after(cleanup);

  it('guesses the mapping, says which columns it could not place, writes one file per row, and records each normalisation', async () => {
    const dir = initPlaybook({ 'tracker.csv': TRACKER });
    const run = await runCli(['import', 'briefs', 'tracker.csv'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Read tracker\.csv \(UTF-8, ','-separated\): 2 rows, into the playbook in this folder\./);
    assert.match(run.stdout, / {2}Campaign Name → title\n {2}Region → region\n {2}Channel → channels\n {2}Owner → owner\n/);
    assert.match(run.stdout, / {2}Not imported: Spend to date \(no field found for them\)/);
    assert.match(run.stdout, / {2}Every row: workflow: campaign \(no column gives it\)/);
    const rows = rowsOf(run.stdout);
    assert.equal(
      rows.get(2),
      [
        'written campaigns/2027q1-na-email-spring-launch.yaml',
        '  Region "North America" → na',
        '  Channel "Email" → [email]',
        '  Owner "Alex R." → alex.rivera (first name and initial)',
        '  Stage "Brief" → brief',
        '  Tier "Tier 1" → 1',
        '  Launch Date "03/02/2027" → 2027-02-03 (day first: the column has 15/03/2027)',
        '  End Date "28/02/2027" → 2027-02-28 (day first: the column has 28/02/2027)',
        '  Budget "$12,000" → 12000 (in USD)',
        '  Campaign Name: spaces around the value removed',
        '  id: 2027q1-na-email-spring-launch (made from the naming convention)',
      ].join('\n'),
    );
    assert.match(rows.get(3)!, /^written campaigns\/2027q1-emea-multi-pulse-roadshow\.yaml\n/);
    assert.match(rows.get(3)!, /Budget "12\.000,00 €" → 12000 \(in EUR\)/);
    assert.match(rows.get(3)!, /Owner "casey\.kim@example\.com" → casey\.kim \(e-mail\)/);
    assert.equal(
      read(dir, 'campaigns/2027q1-na-email-spring-launch.yaml'),
      [
        '# Imported by mops import from tracker.csv, row 2.',
        'apiVersion: mops/v1',
        'kind: Brief',
        'id: 2027q1-na-email-spring-launch',
        'title: Spring Launch',
        'workflow: campaign',
        'tier: 1',
        'owner: alex.rivera',
        'stage: brief',
        'channels: [email]',
        'timeline:',
        '  launch: 2027-02-03',
        '  end: 2027-02-28',
        'budget:',
        '  currency: USD',
        '  planned: 12000',
        '',
      ].join('\n'),
    );
    assert.match(run.stdout, /Done\. 2 rows: 2 written, 0 appended, 0 unchanged, 0 not imported\./);
  });

  it('changes nothing when run twice, and --dry-run writes nothing', async () => {
    const dir = initPlaybook({ 'tracker.csv': TRACKER });
    const before = readTree(dir);
    const dry = await runCli(['import', 'briefs', 'tracker.csv', '--dry-run'], dir);
    assert.equal(dry.code, 0, dry.stdout);
    assert.match(dry.stdout, /Row 2: would write campaigns\/2027q1-na-email-spring-launch\.yaml/);
    assert.match(dry.stdout, /Dry run, nothing written\. 2 rows: 2 to write/);
    assert.deepEqual(readTree(dir), before);
    assert.equal((await runCli(['import', 'briefs', 'tracker.csv'], dir)).code, 0);
    const after1 = readTree(dir);
    const again = await runCli(['import', 'briefs', 'tracker.csv'], dir);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /Row 2: unchanged campaigns\/2027q1-na-email-spring-launch\.yaml: already in the playbook/);
    assert.match(again.stdout, /2 rows: 0 written, 0 appended, 2 unchanged, 0 not imported\./);
    assert.deepEqual(readTree(dir), after1);
  });

  it('writes the mapping with --write-map and takes it back, edited, with --map', async () => {
    const dir = initPlaybook({ 'tracker.csv': TRACKER });
    const written = await runCli(['import', 'briefs', 'tracker.csv', '--write-map', 'map.yaml', '--dry-run'], dir);
    assert.equal(written.code, 0, written.stderr);
    assert.deepEqual(listFiles(dir).filter((f) => f.startsWith('campaigns/2027')), []);
    const map = read(dir, 'map.yaml');
    assert.match(map, /^import: briefs$/m);
    assert.match(map, /^ {2}Spend to date: ~ {2}# not imported$/m);
    assert.match(map, /^ {4}Alex R\.: alex\.rivera$/m);
    assert.match(map, /^ {2}workflow: campaign$/m);
    // The user says Spend to date is the notes, and that Alex R. is Casey.
    writeFileSync(join(dir, 'map.yaml'), map.replace('Spend to date: ~  # not imported', 'Spend to date: notes').replace('Alex R.: alex.rivera', 'Alex R.: casey.kim'));
    const run = await runCli(['import', 'briefs', 'tracker.csv', '--map', 'map.yaml'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^Mapping from map\.yaml:$/m);
    assert.match(run.stdout, /Owner "Alex R\." → casey\.kim \(the mapping\)/);
    const brief = read(dir, 'campaigns/2027q1-na-email-spring-launch.yaml');
    assert.match(brief, /^owner: casey\.kim$/m);
    assert.match(brief, /^notes: "100"$/m);
  });

  it('refuses a mapping that names no field of the kind, or another kind, with exit 2', async () => {
    const dir = initPlaybook({ 'tracker.csv': TRACKER, 'bad.yaml': 'import: briefs\ncolumns:\n  Owner: ownr\n', 'tools.yaml': 'import: tools\n' });
    const bad = await runCli(['import', 'briefs', 'tracker.csv', '--map', 'bad.yaml'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^mops: bad\.yaml: the column 'Owner' is mapped to "ownr", which is not a field of mops import briefs; did you mean 'owner'\? The fields are: id, title, /);
    const other = await runCli(['import', 'briefs', 'tracker.csv', '--map', 'tools.yaml'], dir);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /tools\.yaml is a mapping for mops import tools, not for mops import briefs\./);
  });

  it('asks for the date order, exit 2 and nothing written, when no date settles it; --date-order answers', async () => {
    const dir = initPlaybook({ 'tracker.csv': 'Campaign Name,Region,Channel,Launch Date\nSpring,EMEA,Email,03/02/2027\nSummer,EMEA,Email,04/05/2027\n' });
    const run = await runCli(['import', 'briefs', 'tracker.csv'], dir);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'mops: Nothing imported: the dates of tracker.csv could be day first or month first, and mops does not guess:\n' +
        '  Launch Date: 03/02/2027, 04/05/2027, and no date in the column has a day over 12\n' +
        'Say how they are written: --date-order dmy (03/02/2027 day first) or --date-order mdy (month first).\n',
    );
    assert.ok(!existsSync(join(dir, 'campaigns/2027q1-emea-email-spring.yaml')));
    const mdy = await runCli(['import', 'briefs', 'tracker.csv', '--date-order', 'mdy'], dir);
    assert.equal(mdy.code, 1, mdy.stdout);
    assert.match(mdy.stdout, /Launch Date "03\/02\/2027" → 2027-03-02 \(month first, as --date-order mdy says\)/);
    assert.match(read(dir, 'campaigns/2027q1-emea-email-spring.yaml'), /launch: 2027-03-02/);
  });

  it('refuses what it cannot do with exit 2 and a clear message', async () => {
    const dir = initPlaybook({ 'tracker.csv': TRACKER, 'odd.csv': 'Colour,Size\nred,2\n' });
    const cases: Array<[string[], RegExp]> = [
      [['import'], /mops import needs what to import: briefs, links, tools, people/],
      [['import', 'brief', 'tracker.csv'], /not 'brief'\. Did you mean 'briefs'\?/],
      [['import', 'briefs'], /mops import briefs needs the spreadsheet FILE to read\./],
      [['import', 'briefs', 'nope.csv'], /No such file: nope\.csv/],
      [['import', 'briefs', 'tracker.csv', '--date-order', 'dym'], /--date-order is dmy, mdy or ymd, not 'dym'\./],
      [['import', 'briefs', 'tracker.csv', '--create-briefs'], /--create-briefs is for mops import links\./],
      [['import', 'briefs', 'odd.csv'], /no column of odd\.csv could be read as id or title of a brief \(its headers: Colour, Size\)/],
      [['import', 'briefs', 'tracker.csv', '--write-map', 'team.yaml'], /team\.yaml is a file of the playbook/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, dir);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, message, argv.join(' '));
    }
  });

  it('never writes over a file, nor through a symbolic link', async () => {
    const dir = initPlaybook({ 'tracker.csv': TRACKER, 'campaigns/2027q1-na-email-spring-launch.yaml': 'my own notes\n' });
    const run = await runCli(['import', 'briefs', 'tracker.csv'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Row 2: NOT IMPORTED: campaigns\/2027q1-na-email-spring-launch\.yaml is already there \(and holds something else\); mops import never writes over a file/);
    assert.equal(read(dir, 'campaigns/2027q1-na-email-spring-launch.yaml'), 'my own notes\n');
    // A playbook whose campaigns folder is a link elsewhere: nothing is written through it.
    const linked = initPlaybook({ 'tracker.csv': TRACKER });
    rmSync(join(linked, 'campaigns'), { recursive: true });
    mkdirSync(join(linked, 'elsewhere'));
    symlinkSync(join(linked, 'elsewhere'), join(linked, 'campaigns'));
    const refused = await runCli(['import', 'briefs', 'tracker.csv'], linked);
    assert.equal(refused.code, 2, refused.stdout + refused.stderr);
    assert.match(refused.stderr, /Nothing written to campaigns\/2027q1-na-email-spring-launch\.yaml: campaigns is a symbolic link/);
    assert.deepEqual(listFiles(join(linked, 'elsewhere')), []);
  });
});
