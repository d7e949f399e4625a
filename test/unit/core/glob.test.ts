// Globs: the usual syntax, clear errors for bad patterns, and matching that cannot backtrack.

import assert from 'node:assert/strict';
import { compileGlob, GlobError, matchGlob } from '../../../src/core';

const m = (pattern: string, path: string) => matchGlob(compileGlob(pattern), path);

describe('globs', () => {
  it('match the usual syntax', () => {
    assert.ok(m('**/*.yaml', 'a.yaml'));
    assert.ok(m('**/*.yaml', 'campaigns/q4/a.yaml'));
    assert.ok(!m('**/*.yaml', 'a.yml'));
    assert.ok(m('campaigns/*.{yaml,yml}', 'campaigns/a.yml'));
    assert.ok(!m('campaigns/*.yaml', 'campaigns/q4/a.yaml'));
    assert.ok(m('node_modules/**', 'node_modules'));
    assert.ok(m('node_modules/**', 'node_modules/x/y.yaml'));
    assert.ok(m('202?q[1-4]-*.yaml', '2026q3-x.yaml'));
    assert.ok(!m('202?q[!1-3]-*.yaml', '2026q3-x.yaml'));
    assert.ok(m('**/drafts/**', 'a/b/drafts/c.yaml'));
  });

  it('reject bad patterns with a reason', () => {
    for (const bad of ['', '[abc', '{a,b', '/abs/*.yaml', '../x.yaml', `${'{a,b}'.repeat(8)}`]) {
      assert.throws(() => compileGlob(bad), GlobError, bad);
    }
  });

  it('match pathological patterns without exponential backtracking', () => {
    // With backtracking regexes these inputs take exponential time; here they are O(path × pattern).
    const star = compileGlob(`${'*a'.repeat(30)}b`);
    assert.equal(matchGlob(star, 'a'.repeat(5000)), false);
    const globstar = compileGlob(`${'**/a/'.repeat(20)}b`);
    assert.equal(matchGlob(globstar, Array(2000).fill('a').join('/')), false);
  });
});
