// One mistake, one finding: a typo that one rule reports (with its fix) is not reported again by the rules
// that read the mistyped value, and the message says what is allowed in words.

import assert from 'node:assert/strict';
import { applyFixes, Workspace } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';
const reference = readTree(REFERENCE);

function check(changes: Record<string, string>): Workspace {
  const files = { ...reference, ...changes };
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

const summary = (ws: Workspace) => ws.allFindings().map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}: ${f.message}`);

describe('one mistake, one finding', () => {
  it('stage: Creative is an unknown stage, not also a history that lacks an entry for the typo', () => {
    const text = reference[BRIEF].replace(/^stage: launch$/m, 'stage: Creative');
    assert.deepEqual(summary(check({ [BRIEF]: text })), [
      `${BRIEF}:11:ref/unknown-stage: 'Creative' is not a stage of the 'campaign' workflow. Did you mean 'creative'? Its stages are: brief, creative, review, qa, launch, optimize, report.`,
    ]);
  });

  it('stage: Launch is fixed in one step to a clean brief', () => {
    const text = reference[BRIEF].replace(/^stage: launch$/m, 'stage: Launch');
    const ws = check({ [BRIEF]: text });
    const findings = ws.allFindings();
    assert.deepEqual(findings.map((f) => f.rule), ['ref/unknown-stage']);
    assert.deepEqual(check({ [BRIEF]: applyFixes(text, [findings[0].fixes[0]]) }).allFindings(), []);
  });

  it('currency: usd is one finding, in words, with the fix; not also a currency mismatch', () => {
    const text = reference[BRIEF].replace('currency: USD', 'currency: usd');
    const ws = check({ [BRIEF]: text });
    assert.deepEqual(summary(ws), [
      `${BRIEF}:22:schema/pattern: 'budget.currency' must be a three-letter ISO 4217 currency code in capitals, such as USD or EUR, not 'usd'. Did you mean 'USD'?`,
    ]);
    assert.deepEqual(check({ [BRIEF]: applyFixes(text, [ws.allFindings()[0].fixes[0]]) }).allFindings(), []);
  });

  it('a share given as 60 is one finding on the config, and does not set a 6000 % threshold', () => {
    const config = reference['mops.config.yaml'].replace('low_utilization_below: 0.6', 'low_utilization_below: 60');
    assert.deepEqual(summary(check({ 'mops.config.yaml': config })), [
      "mops.config.yaml:8:schema/range: 'martech.low_utilization_below' is a share from 0 to 1: write 0.6 for 60 %, not 60.",
    ]);
  });

  it('an unknown channel lists the channels', () => {
    const text = reference[BRIEF].replace('channels: [email]', 'channels: [sms]');
    assert.ok(text !== reference[BRIEF]);
    const messages = check({ [BRIEF]: text }).findings(BRIEF).filter((f) => f.rule === 'ref/unknown-channel').map((f) => f.message);
    assert.deepEqual(messages, ["'sms' is not a channel of the naming convention. The channels are: email, social, search, display, events, content, partner, multi."]);
  });
});
