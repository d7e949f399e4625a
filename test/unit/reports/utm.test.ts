// The UTM report: every tracked link with its parameters, and verdicts equal to what `mops check` reports on its URL.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, EXAMPLE, REFERENCE, runCli } from '../../helpers';
import { PAYLOAD, reportOf, SMALL } from './util';

interface CheckJson {
  findings: Array<{ rule: string; severity: string; file: string; range: { start: { line: number } } }>;
}

describe('utm report', () => {
  afterEach(cleanup);

  it('the reference playbook: five links, all passing', async () => {
    const { data } = await reportOf('utm', REFERENCE);
    assert.deepEqual(
      data.links.map((l) => [l.brief, l.name, l.host, l.path, l.source, l.medium, l.campaign, l.content, l.verdict]),
      [
        ['2026q3-na-search-back-to-school', 'ad-trial', 'www.acme.example', '/trial', 'google', 'cpc', '2026q3-na-search-back-to-school', 'ad-trial', 'ok'],
        ['2026q4-emea-social-winter-webinar', 'ad-speaker-lineup', 'www.acme.example', '/webinars/winter', 'linkedin', 'paid-social', '2026q4-emea-social-winter-webinar', 'ad-speaker-lineup', 'ok'],
        ['2026q4-emea-social-winter-webinar', 'post-save-the-date', 'www.acme.example', '/webinars/winter', 'meta', 'organic-social', '2026q4-emea-social-winter-webinar', 'post-save-the-date', 'ok'],
        ['2026q4-na-email-black-friday', 'hero-early-access', 'shop.acme.example', '/black-friday', 'newsletter', 'email', '2026q4-na-email-black-friday', 'hero-early-access', 'ok'],
        ['2026q4-na-email-black-friday', 'footer-early-access', 'shop.acme.example', '/black-friday', 'newsletter', 'email', '2026q4-na-email-black-friday', 'footer-early-access', 'ok'],
      ],
    );
    assert.deepEqual(data.totals, { links: 5, briefs: 3, ok: 5, warnings: 0, errors: 0 });
    assert.deepEqual(data.sourceMedium, [
      { source: 'newsletter', medium: 'email', links: 2 },
      { source: 'google', medium: 'cpc', links: 1 },
      { source: 'linkedin', medium: 'paid-social', links: 1 },
      { source: 'meta', medium: 'organic-social', links: 1 },
    ]);
  });

  it('the small fixture: an error, a warning and a clean link', async () => {
    const { data } = await reportOf('utm', SMALL);
    assert.deepEqual(
      data.links.map((l) => [l.name, l.verdict, l.problems.map((p) => p.rule).sort()]),
      [
        ['hero-alpha', 'ok', []],
        // http where https is required; utm_source 'Google' is not lower case
        ['ad-alpha', 'error', ['utm/case', 'utm/insecure']],
        // 232 characters against max_url_length 200
        ['ad-beta-long', 'warning', ['utm/too-long']],
      ],
    );
    assert.equal(data.links[1].source, 'Google');
    assert.equal(data.links[1].content, null);
    assert.deepEqual(data.totals, { links: 3, briefs: 2, ok: 1, warnings: 1, errors: 1 });
  });

  for (const [label, dir] of [
    ['small', SMALL],
    ['payload', PAYLOAD],
    ['example', EXAMPLE],
  ]) {
    it(`gives each link the findings mops check prints on its URL line (${label})`, async () => {
      const { data } = await reportOf('utm', dir);
      const check = JSON.parse((await runCli(['check', dir, '--format', 'json'])).stdout) as CheckJson;
      // The url values of these playbooks sit on one line each, so the k-th `url:` line of a file is its k-th link's.
      const seen = new Map<string, number>();
      for (const link of data.links) {
        const k = seen.get(link.file) ?? 0;
        seen.set(link.file, k + 1);
        const lines = readFileSync(join(dir, link.file), 'utf8').split('\n');
        const line = lines.map((l, i) => (/^\s*(- )?url:/.test(l) ? i : -1)).filter((i) => i >= 0)[k];
        const expected = check.findings.filter((f) => f.file === link.file && f.range.start.line === line).map((f) => `${f.rule}:${f.severity}`);
        assert.deepEqual(link.problems.map((p) => `${p.rule}:${p.severity}`).sort(), expected.sort(), `${link.file} line ${line + 1}`);
      }
    });
  }
});
