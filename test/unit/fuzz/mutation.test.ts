// The reference playbook mutated (lines deleted, duplicated, swapped; types swapped; awkward unicode; tabs, BOMs,
// CRLF; very long lines; values borrowed from other files; files deleted and copied), read as the loader reads
// it: it never throws, no rule crashes, ranges stay inside their files, it is fast, and it says the same twice.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { changedPlaybook, fuzzParameters, playbookChange } from './arbitraries';
import { assertFast, contentsOf, encodeAll, loadBytes, nextTurn, shuffled, sizeOf, soundFindings, threadedParse, timed, workspaceOf, type Encoding, type ParseMode } from './oracle';

/** Mostly UTF-8, as playbooks are; sometimes behind a BOM or in UTF-16. */
const encoding = fc.oneof({ weight: 4, arbitrary: fc.constant<Encoding>('utf-8') }, fc.constantFrom<Encoding>('utf-8-bom', 'utf-16le', 'utf-16be'));

describe('fuzzing: the reference playbook, mutated', () => {
  before(async () => {
    soundFindings(await loadBytes(encodeAll(changedPlaybook({ edits: [], deleted: [], copied: [] }))));
  });

  it('checks soundly, within the time bound, and the same in a fresh workspace', async function () {
    this.timeout(0);
    await fc.assert(
      fc.asyncProperty(playbookChange, fc.integer(), fc.constantFrom<ParseMode>('here', 'threaded'), encoding, async (change, salt, parse, saved) => {
        await nextTurn();
        const bytes = encodeAll(changedPlaybook(change), saved);
        const [ws, ms] = await timed(async () => {
          const loaded = await loadBytes(bytes, parse === 'threaded' ? { parseAll: threadedParse } : {});
          soundFindings(loaded);
          return loaded;
        });
        assertFast(ms, sizeOf(bytes), 'the mutated playbook');
        // The same files again: loaded afresh, and set by an editor in another order.
        const findings = ws.allFindings();
        assert.deepEqual((await loadBytes(bytes)).allFindings(), findings);
        const contents = contentsOf(ws);
        assert.deepEqual(workspaceOf(contents, shuffled(Object.keys(contents), salt), parse).allFindings(), findings);
      }),
      fuzzParameters(1.5),
    );
  });
});
