// Arbitrary text and bytes as any playbook file, in place of a reference file or as a new one, through the whole
// check: it never throws, no rule crashes, ranges stay inside their files, it is fast, and it says the same twice.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyBytes, anyPath, anyText, fuzzParameters, REFERENCE_FILES } from './arbitraries';
import { assertFast, encodeAll, loadBytes, nextTurn, sizeOf, soundFindings, shuffled, threadedParse, timed, workspaceOf } from './oracle';

const REFERENCE_BYTES = encodeAll(REFERENCE_FILES);

describe('fuzzing: arbitrary text and bytes as a playbook file', () => {
  before(async () => {
    // Schema compilation and the first parse happen once; they are not what the time bound is about.
    soundFindings(await loadBytes(REFERENCE_BYTES));
  });

  it('text, as an editor sets it', async function () {
    this.timeout(0);
    await fc.assert(
      fc.asyncProperty(anyPath, anyText, fc.integer(), async (path, text, salt) => {
        await nextTurn();
        const files = { ...REFERENCE_FILES, [path]: text };
        const [findings, ms] = await timed(() => soundFindings(workspaceOf(files)));
        assertFast(ms, sizeOf(files), path);
        // Another editor session: the files opened in another order, parsed by a CLI worker thread.
        assert.deepEqual(workspaceOf(files, shuffled(Object.keys(files), salt), 'threaded').allFindings(), findings);
      }),
      fuzzParameters(1),
    );
  });

  it('bytes, as the loader reads them', async function () {
    this.timeout(0);
    await fc.assert(
      fc.asyncProperty(anyPath, anyBytes, async (path, bytes) => {
        await nextTurn();
        const files = { ...REFERENCE_BYTES, [path]: bytes };
        const [findings, ms] = await timed(async () => soundFindings(await loadBytes(files)));
        assertFast(ms, sizeOf(files), path);
        assert.deepEqual((await loadBytes(files, { parseAll: threadedParse })).allFindings(), findings);
      }),
      fuzzParameters(1),
    );
  });
});
