// Links from a UTM sheet join the brief whose id is their utm_campaign: only new ones, appended in the
// list's own style with the file's comments kept; pasted click ids and upper-case keys cleaned; a campaign
// with no brief reported, or given a draft brief with --create-briefs. People join the Team the same way.

import assert from 'node:assert/strict';
import { cleanup, runCli } from '../../helpers';
import { initPlaybook, read, rowsOf } from './helpers';

const BRIEF = '2027q1-na-email-spring';
const BRIEF_TEXT = `apiVersion: mops/v1
kind: Brief
id: ${BRIEF}
title: Spring
workflow: campaign
tier: 1
owner: alex.rivera
stage: brief
channels: [email]
links:
  # The hero banner of the first send.
  - { name: hero-spring, url: "https://www.example.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=${BRIEF}&utm_content=hero-spring" }   # checked by Li
# Tools come last.
tools: [hubspot]
`;

const SHEET = [
  'Campaign,Source,Medium,Content,Landing Page,Tracked URL',
  `${BRIEF},newsletter,email,hero-spring,,https://www.example.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=${BRIEF}&utm_content=hero-spring`,
  `${BRIEF},Meta,Paid Social,ad-spring,,https://www.example.com/spring?UTM_Source=Meta&utm_medium=paid-social&utm_campaign=${BRIEF.toUpperCase()}&utm_content=ad-spring&fbclid=IwAR2xK`,
  `${BRIEF},google,cpc,cta-spring,https://www.example.com/spring?gclid=Cj0K,`,
  '2027q2-global-content-ops-report,linkedin,organic-social,post-launch,,https://www.example.com/report?utm_source=linkedin&utm_medium=organic-social&utm_campaign=2027q2-global-content-ops-report&utm_content=post-launch',
  '2027q1-na-email-sprin,newsletter,email,hero-spring,,https://www.example.com/x?utm_source=newsletter&utm_medium=email&utm_campaign=2027q1-na-email-sprin',
].join('\n');

describe('mops import links and people', () => {
  after(cleanup);

  it('appends only the new links to their brief, in the list style, keeping every comment', async () => {
    const dir = initPlaybook({ [`campaigns/${BRIEF}.yaml`]: BRIEF_TEXT, 'utm.csv': SHEET });
    const run = await runCli(['import', 'links', 'utm.csv'], dir);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const rows = rowsOf(run.stdout);
    assert.equal(rows.get(2), `unchanged campaigns/${BRIEF}.yaml: already in the brief's links`);
    assert.equal(
      rows.get(3),
      [
        `appended to campaigns/${BRIEF}.yaml`,
        '  Source "Meta" → meta',
        '  Medium "Paid Social" → paid-social',
        '  url: click identifier removed: fbclid (Meta); one belongs to one ad click, not to a link',
        '  url: parameter names in lower case: UTM_Source → utm_source',
        `  url: values in the standard's case: utm_source=Meta → meta, utm_campaign=${BRIEF.toUpperCase()} → ${BRIEF}`,
      ].join('\n'),
    );
    assert.equal(rows.get(4), [`appended to campaigns/${BRIEF}.yaml`, '  landing: click identifier removed: gclid', '  url: built from the landing page and the UTM columns'].join('\n'));
    assert.equal(rows.get(5), 'NOT IMPORTED: no brief has the id 2027q2-global-content-ops-report; --create-briefs makes a draft brief for it');
    assert.equal(rows.get(6), `NOT IMPORTED: no brief has the id 2027q1-na-email-sprin (did you mean ${BRIEF}?); --create-briefs makes a draft brief for it`);
    assert.equal(
      read(dir, `campaigns/${BRIEF}.yaml`),
      BRIEF_TEXT.replace(
        '   # checked by Li\n',
        '   # checked by Li\n' +
          `  - { name: ad-spring, url: "https://www.example.com/spring?utm_source=meta&utm_medium=paid-social&utm_campaign=${BRIEF}&utm_content=ad-spring" }\n` +
          `  - { name: cta-spring, url: "https://www.example.com/spring?utm_source=google&utm_medium=cpc&utm_campaign=${BRIEF}&utm_content=cta-spring" }\n`,
      ),
    );
    const again = await runCli(['import', 'links', 'utm.csv'], dir);
    assert.match(again.stdout, /5 rows: 0 written, 0 appended, 3 unchanged, 2 not imported\./);
  });

  it('makes a draft brief for a campaign with none, with --create-briefs, and puts the link in it', async () => {
    const dir = initPlaybook({ [`campaigns/${BRIEF}.yaml`]: BRIEF_TEXT, 'utm.csv': SHEET });
    const run = await runCli(['import', 'links', 'utm.csv', '--create-briefs'], dir);
    const rows = rowsOf(run.stdout);
    assert.match(rows.get(5)!, /^written campaigns\/2027q2-global-content-ops-report\.yaml\n {2}campaign: campaigns\/2027q2-global-content-ops-report\.yaml \(a draft brief, made for this campaign \(--create-briefs\)\)/);
    const draft = read(dir, 'campaigns/2027q2-global-content-ops-report.yaml');
    assert.match(draft, /^# A draft made by mops import from utm\.csv for its links: fill in what the campaign is\.\napiVersion: mops\/v1\nkind: Brief\nid: 2027q2-global-content-ops-report\n/);
    assert.match(draft, /links:\n {2}- name: post-launch\n {4}url: https:\/\/www\.example\.com\/report\?utm_source=linkedin&utm_medium=organic-social&utm_campaign=2027q2-global-content-ops-report&utm_content=post-launch\n$/);
    const check = await runCli(['check', '--format', 'json'], dir);
    const findings = (JSON.parse(check.stdout) as { findings: Array<{ file: string; rule: string }> }).findings.filter((f) => f.file.includes('ops-report'));
    assert.deepEqual(findings, []);
  });

  it('adds new people to the Team in its list style, and leaves those already in it', async () => {
    const roster = Buffer.from('Full Name;E-mail;Roles;Job Title\r\nJosé Müller;jose.muller@example.com;Marketing Lead, Brand;Demand Gen\r\nSam Taylor;sam.taylor@example.com;Marketing Lead;\r\nLi Wei ;LI.WEI@EXAMPLE.COM;Analytics;\r\n', 'latin1');
    const dir = initPlaybook({ 'roster.csv': roster });
    const before = read(dir, 'team.yaml');
    const run = await runCli(['import', 'people', 'roster.csv'], dir);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /Read roster\.csv \(Windows-1252, ';'-separated\)/);
    assert.match(run.stdout, /Row 3: unchanged team\.yaml: already in the Team as sam\.taylor/);
    assert.match(run.stdout, /Row 4: appended to team\.yaml\n {2}E-mail "LI\.WEI@EXAMPLE\.COM" → li\.wei@example\.com\n {2}Roles "Analytics" → \[analytics\]\n {2}Full Name: spaces around the value removed\n {2}id: li\.wei \(from the e-mail address\)/);
    assert.equal(
      read(dir, 'team.yaml'),
      before +
        '  - id: jose.muller\n    name: "José Müller"\n    title: Demand Gen\n    email: "jose.muller@example.com"\n    roles: [marketing-lead, brand]\n' +
        '  - id: li.wei\n    name: "Li Wei"\n    email: "li.wei@example.com"\n    roles: [analytics]\n',
    );
  });
});
