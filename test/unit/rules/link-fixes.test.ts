// Fixes on tracked links edit only the parameter at fault and really remove the finding (regressions).

import assert from 'node:assert/strict';
import { applyFixes, Workspace } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';

const PATH = 'campaigns/2026q4-na-email-black-friday.yaml';
const reference = readTree(REFERENCE);
const HERO = 'https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero-early-access';

function withUrl(url: string): { ws: Workspace; text: string } {
  const text = reference[PATH].replace(HERO, url);
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: reference['mops.config.yaml'] });
  for (const [p, t] of Object.entries(reference)) if (p !== 'mops.config.yaml') ws.set(p, { type: 'text', text: p === PATH ? text : t });
  return { ws, text };
}

/** The hero link's URL after applying the first fix of every finding of `rule`, and what is still reported then. */
function fixUrl(url: string, rule: string): { url: string; remaining: string[] } {
  const { ws, text } = withUrl(url);
  const findings = ws.findings(PATH).filter((f) => f.rule === rule);
  assert.ok(findings.length > 0, `${rule} reports ${url}`);
  const fixed = applyFixes(text, findings.map((f) => f.fixes[0]));
  // The hero link is the brief's first tracked link.
  const hero = fixed.split('\n').find((l) => l.trim().startsWith('url:'))!.trim().slice('url: '.length);
  return { url: hero, remaining: withUrl(hero).ws.findings(PATH).map((f) => f.rule) };
}

describe('fixes on tracked links', () => {
  it('utm/case lower-cases an encoded capital so that it decodes lower case', () => {
    const result = fixUrl(HERO.replace('utm_source=newsletter', 'utm_source=%4Eewsletter'), 'utm/case');
    assert.equal(result.url, HERO);
    assert.deepEqual(result.remaining, []);
  });

  it('utm/whitespace joins words across encoded non-breaking and em spaces', () => {
    for (const space of ['%C2%A0', '%E2%80%83', '+', '%20']) {
      const result = fixUrl(HERO.replace('hero-early-access', `hero${space}early-access`), 'utm/whitespace');
      assert.equal(result.url, HERO, space);
      assert.deepEqual(result.remaining, [], space);
    }
  });

  it('naming/convention never replaces a whole URL with a name', () => {
    const { ws } = withUrl(HERO.replace('utm_content=hero-early-access', 'utm_content=hreo%2Dearly'));
    const finding = ws.findings(PATH).find((f) => f.rule === 'naming/convention');
    assert.ok(finding);
    // An encoded value is replaced where it stands, escapes and all, and nothing else.
    assert.equal(finding.fixes[0].edits[0].newText, 'hero-early');
    assert.equal(finding.fixes[0].edits[0].range.end.character - finding.fixes[0].edits[0].range.start.character, 'hreo%2Dearly'.length);
    const plain = withUrl(HERO.replace('utm_content=hero-early-access', 'utm_content=hreo-early')).ws.findings(PATH).find((f) => f.rule === 'naming/convention');
    assert.equal(plain?.fixes[0].edits[0].newText, 'hero-early');
    assert.equal(plain?.fixes[0].edits[0].range.end.character - plain!.fixes[0].edits[0].range.start.character, 'hreo-early'.length);
  });

  it('utm/insecure moves to https and drops an explicit :80', () => {
    const result = fixUrl(HERO.replace('https://shop.acme.example/', 'http://shop.acme.example:80/'), 'utm/insecure');
    assert.equal(result.url, HERO);
    assert.deepEqual(result.remaining, []);
  });

  it('utm/domain accepts a host written with a trailing dot', () => {
    assert.deepEqual(withUrl(HERO.replace('shop.acme.example/', 'shop.acme.example./')).ws.findings(PATH), []);
  });

  it('utm/pii finds an e-mail address in the user-info of a link', () => {
    const rules = withUrl(HERO.replace('https://shop', 'https://jane.doe%40example.com@shop')).ws.findings(PATH).map((f) => f.rule);
    assert.ok(rules.includes('utm/pii'));
  });

  it('reports a medium outside its dictionary once, as utm/unknown-value', () => {
    const rules = withUrl(HERO.replace('utm_medium=email', 'utm_medium=emial')).ws.findings(PATH).map((f) => f.rule);
    assert.deepEqual(rules, ['utm/unknown-value']);
  });

  it('reports a capitalised asset name once, as utm/case', () => {
    const rules = withUrl(HERO.replace('utm_content=hero-early-access', 'utm_content=Hero-early-access')).ws.findings(PATH).map((f) => f.rule);
    assert.deepEqual(rules, ['utm/case']);
  });
});
