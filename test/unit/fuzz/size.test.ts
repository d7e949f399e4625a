// Big playbooks (blocks and whole documents repeated to near the file size limit, very long lines, grown files
// copied) check in time proportional to their size, and a playbook grown four times over says about four times
// as much, four times as slowly: a rule or parse step that is quadratic in its input fails.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzParameters, mutate, REFERENCE_FILES, REFERENCE_PATHS, type Mutation } from './arbitraries';
import { assertFast, encodeAll, loadBytes, nextTurn, sizeOf, soundFindings, timed } from './oracle';

const long = fc.record({ op: fc.constant('long' as const), line: fc.nat(), filler: fc.nat(), where: fc.nat() });
const grow = (min: number, max: number) => fc.record({ op: fc.constant('repeat' as const), line: fc.nat(), size: fc.nat(), times: fc.integer({ min, max }), number: fc.nat() });

/** Files grown by repeating some of their lines, or by very long lines; each grown file copied under new names. */
interface Growth {
  edits: Array<{ file: number; mutation: Mutation }>;
  copies: number;
}

const growth = (mutation: fc.Arbitrary<Mutation>, copies: number): fc.Arbitrary<Growth> =>
  fc.record({
    // One growth per file, so that growing each four times over grows the playbook four times over.
    edits: fc.uniqueArray(fc.record({ file: fc.nat({ max: REFERENCE_PATHS.length - 1 }), mutation }), { selector: (e) => e.file, minLength: 1, maxLength: 3 }),
    copies: fc.nat({ max: copies }),
  });

function grown({ edits, copies }: Growth, scale = 1): Record<string, Uint8Array> {
  const files: Record<string, string> = { ...REFERENCE_FILES };
  for (const { file, mutation } of edits) {
    const path = REFERENCE_PATHS[file];
    files[path] = mutate(files[path], mutation.op === 'repeat' ? { ...mutation, times: mutation.times * scale } : mutation);
    // Copies of a grown file multiply what cross-file rules see, as a playbook split over many files does.
    for (let k = 0; k < copies; k++) files[`copies/${k}/${path}`] = files[path];
  }
  return encodeAll(files);
}

async function check(files: Record<string, Uint8Array>): Promise<{ output: number; ms: number }> {
  await nextTurn();
  const [findings, ms] = await timed(async () => soundFindings(await loadBytes(files)));
  return { output: JSON.stringify(findings).length, ms };
}

describe('fuzzing: time proportional to size', () => {
  before(async () => {
    soundFindings(await loadBytes(encodeAll(REFERENCE_FILES)));
  });

  it('checks big playbooks within the time bound', async function () {
    this.timeout(0);
    await fc.assert(
      fc.asyncProperty(growth(fc.oneof(grow(50, 5000), long) as fc.Arbitrary<Mutation>, 2), async (g) => {
        const files = grown(g);
        const { ms } = await check(files);
        assertFast(ms, sizeOf(files), `${g.edits.length} grown files, ${g.copies} copies each`);
      }),
      fuzzParameters(10),
    );
  });

  it('says four times as much, about four times as slowly, when blocks repeat four times as often', async function () {
    this.timeout(0);
    await fc.assert(
      fc.asyncProperty(growth(grow(10, 200), 1), async (g) => {
        const small = await check(grown(g));
        const big = await check(grown(g, 4));
        // Findings of repeated blocks repeat; a constant covers what does not (the unchanged files, per-file caps).
        assert.ok(big.output <= 4.5 * small.output + 20_000, `the findings grew from ${small.output} to ${big.output} characters of JSON`);
        // Twice the linear factor and a fixed allowance for noise; a quadratic step grows sixteen times.
        assert.ok(big.ms <= 8 * small.ms + 1000, `the check slowed from ${Math.round(small.ms)} to ${Math.round(big.ms)} ms`);
      }),
      fuzzParameters(8),
    );
  });
});
