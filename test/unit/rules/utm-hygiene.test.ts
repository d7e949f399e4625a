// Tracking hygiene, as a user meets it through `mops check` and `mops report utm` (issue 12, §3 and §5):
// click ids, parameter names in capitals, repeated parameters, one finding per mistake with a fix that
// works, synonyms, a link without its scheme, and a CSV export without click ids.

import assert from 'node:assert/strict';
import { cleanup, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { parseCsv } from '../reports/util';

const PATH = 'campaigns/2026q4-na-email-black-friday.yaml';
const ID = '2026q4-na-email-black-friday';
const HERO = `https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=${ID}&utm_content=hero-early-access`;

interface Json {
  findings: Array<{
    rule: string;
    message: string;
    file: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    fixes: Array<{ title: string; edits: Array<{ newText: string }> }>;
  }>;
}

/** The reference playbook with the Black Friday hero link replaced (and the UTM standard edited, if asked). */
function playbook(url: string, standard?: (text: string) => string): string {
  const files = readTree(REFERENCE);
  files[PATH] = files[PATH].replace(HERO, url);
  if (standard) files['conventions/utm.yaml'] = standard(files['conventions/utm.yaml']);
  return tempPlaybook(files);
}

/** What `mops check --format json` reports on the hero link's line (69, 1-based), as rule, underlined text, message and fixes. */
async function heroFindings(url: string, standard?: (text: string) => string) {
  const run = await runCli(['check', playbook(url, standard), '--format', 'json']);
  const json = JSON.parse(run.stdout) as Json;
  const line = 68;
  return {
    code: run.code,
    others: json.findings.filter((f) => f.file !== PATH || f.range.start.line !== line),
    findings: json.findings
      .filter((f) => f.file === PATH && f.range.start.line === line)
      .map((f) => ({
        rule: f.rule,
        text: `    url: ${url}`.slice(f.range.start.character, f.range.end.character),
        message: f.message,
        fixes: f.fixes.map((x) => `${x.title} → ${x.edits.map((e) => e.newText).join(' | ')}`),
      })),
  };
}

describe('UTM hygiene through mops check', () => {
  after(cleanup);

  it('a click id is a finding on its parameter, whose fix removes it and keeps the rest as written', async () => {
    const result = await heroFindings(HERO.replace('?', '?fbclid=IwAR2xYz&').replace('utm_content', 'gclid=Cj0&utm_content'));
    assert.equal(result.code, 1);
    assert.deepEqual(result.others, []);
    assert.deepEqual(result.findings, [
      {
        rule: 'utm/click-id',
        text: 'fbclid=IwAR2xYz',
        message: "fbclid is Meta's identifier of one click, added when someone clicks an ad or a link; a link that carries it credits every visit to that one click. Remove it.",
        fixes: ['Remove fbclid and gclid →  | '],
      },
      {
        rule: 'utm/click-id',
        text: 'gclid=Cj0',
        message: "gclid is Google Ads's identifier of one click, added when someone clicks an ad or a link; a link that carries it credits every visit to that one click. Remove it.",
        fixes: ['Remove fbclid and gclid →  | '],
      },
    ]);
  });

  it('UTM_SOURCE=… is a utm/case finding on the name, with a rename, and not "missing utm_source"', async () => {
    const result = await heroFindings(HERO.replace('utm_source=newsletter', 'UTM_SOURCE=newsletter'));
    assert.deepEqual(result.findings, [
      {
        rule: 'utm/case',
        text: 'UTM_SOURCE',
        message: "The parameter name 'UTM_SOURCE' must be lower case: analytics tools read only 'utm_source', so this value would be lost.",
        fixes: ["Rename to 'utm_source' → utm_source"],
      },
    ]);
  });

  it('with `case: any`, a value in capitals passes but a name in capitals is still a finding', async () => {
    const anyCase = (text: string) => `${text}case: any\n`;
    const result = await heroFindings(HERO.replace('utm_source=newsletter', 'Utm_Source=Newsletter').replace('utm_medium=email', 'utm_medium=EMAIL'), anyCase);
    assert.deepEqual(result.others, []);
    assert.deepEqual(
      result.findings.map((f) => [f.rule, f.text, f.fixes]),
      [['utm/case', 'Utm_Source', ["Rename to 'utm_source' → utm_source"]]],
    );
  });

  it('a parameter repeated in one link is a finding, with a fix when nothing is lost', async () => {
    const same = await heroFindings(HERO.replace('utm_medium=email', 'utm_medium=email&utm_medium=email'));
    assert.deepEqual(same.findings, [
      {
        rule: 'utm/duplicate-param',
        text: 'utm_medium=email',
        message: "utm_medium appears more than once in this link ('email', then 'email'); analytics tools keep only one of them. Keep one.",
        fixes: ['Remove the second utm_medium → '],
      },
    ]);
    const different = await heroFindings(HERO.replace('utm_medium=email', 'utm_medium=email&utm_medium=cpc'));
    assert.deepEqual(different.findings.map((f) => [f.rule, f.fixes]), [['utm/duplicate-param', []]]);
  });

  it("utm_content=Ad 1: two findings, each fixed by 'ad-1', and no naming finding caused by them", async () => {
    const result = await heroFindings(HERO.replace('hero-early-access', 'Ad 1'));
    assert.deepEqual(result.findings, [
      { rule: 'utm/case', text: 'Ad 1', message: "utm_content 'Ad 1' must be lower case: 'ad 1'.", fixes: ["Change to 'ad-1' → ad-1"] },
      { rule: 'utm/whitespace', text: 'Ad 1', message: "utm_content 'Ad 1' contains spaces; join words with hyphens: 'Ad-1'.", fixes: ["Change to 'ad-1' → ad-1"] },
    ]);
  });

  it('a value no fix can make valid for every rule gets no fix that would leave it invalid', async () => {
    // 'Xyz 1' lower-cased and joined is 'xyz-1', which the asset convention rejects ({format} 'xyz').
    const result = await heroFindings(HERO.replace('hero-early-access', 'Xyz 1'));
    assert.deepEqual(
      result.findings.map((f) => [f.rule, f.fixes]),
      [
        ['naming/convention', []],
        ['utm/case', []],
        ['utm/whitespace', []],
      ],
    );
    assert.match(result.findings[0].message, /^utm_content 'xyz-1' does not fit the asset naming convention/);
  });

  it('facebook where the standard says meta: the fix offers the canonical value, declared as a synonym', async () => {
    const url = `https://www.acme.example/x?utm_source=facebook&utm_medium=paid-social&utm_campaign=${ID}`;
    const withSynonyms = (text: string) => text.replace('    values: [newsletter, google, meta, linkedin, partner]\n', '    values: [newsletter, google, meta, linkedin, partner]\n    synonyms:\n      meta: [facebook, fb]\n');
    const result = await heroFindings(url, withSynonyms);
    assert.deepEqual(result.others, []);
    assert.deepEqual(result.findings, [
      {
        rule: 'utm/unknown-value',
        text: 'facebook',
        message: "utm_source 'facebook' is not an allowed value (newsletter, google, meta, linkedin, partner). The UTM standard calls it 'meta'.",
        fixes: ["Change to 'meta' → meta"],
      },
    ]);
  });

  it('a link without its scheme: "add https://", with that fix', async () => {
    const result = await heroFindings(HERO.replace('https://', ''));
    assert.deepEqual(result.findings, [
      {
        rule: 'utm/invalid-url',
        text: 'shop.acme.example',
        message: 'The link has no scheme: add https:// in front, or browsers and ad platforms will not open it as a web address.',
        fixes: ['Add https:// → https://'],
      },
    ]);
  });

  it('lists every allowed value, never a pattern', async () => {
    const result = await heroFindings(HERO.replace('utm_medium=email', 'utm_medium=mail'));
    assert.equal(result.findings[0].message, "utm_medium 'mail' is not an allowed value (email, cpc, paid-social, organic-social, display, referral). Did you mean 'email'?");
    const standard = await runCli(['check', playbook(HERO, (t) => t.replace('required: [utm_source', 'required: [UTM_Source')), '--format', 'json']);
    const messages = (JSON.parse(standard.stdout) as Json).findings.map((f) => f.message);
    // One finding, on the standard: the links are not also "missing UTM_Source".
    assert.deepEqual(messages, ["'required[0]' must be a UTM parameter name: utm_ followed by lower-case letters, digits or _, not 'UTM_Source'. Did you mean 'utm_source'?"]);
    assert.ok(!messages.some((m) => m.includes('^utm_')));
  });
});

describe('UTM CSV export', () => {
  after(cleanup);

  it('leaves click ids out of the exported URL and flags the link', async () => {
    const dir = playbook(`${HERO}&fbclid=IwAR2xYz#offer`);
    const csv = parseCsv((await runCli(['report', 'utm', dir, '--format', 'csv'])).stdout);
    const header = csv[0];
    const row = csv.find((r) => r[header.indexOf('Link')] === 'hero-early-access')!;
    assert.equal(row[header.indexOf('URL')], `${HERO}#offer`);
    assert.equal(row[header.indexOf('Verdict')], 'error');
    assert.match(row[header.indexOf('Problems')], /^utm\/click-id: fbclid is Meta's identifier of one click/);
    const json = JSON.parse((await runCli(['report', 'utm', dir, '--format', 'json'])).stdout) as { data: { links: Array<{ name: string; url: string; droppedClickIds: string[]; params: Array<{ name: string }> }> } };
    const link = json.data.links.find((l) => l.name === 'hero-early-access')!;
    assert.equal(link.url, `${HERO}#offer`);
    assert.deepEqual(link.droppedClickIds, ['fbclid']);
    assert.ok(!link.params.some((p) => p.name === 'fbclid'));
  });
});
