// The policy part of `npm run bench` (issue 14): the cookbook's policies of docs/policies.md laid over a
// generated repo, and a cold check with them against one without them, in rounds (each round times both
// back to back, as run.mjs does for its other ratios).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first `count` policies of the cookbook, as { id, text }. */
export function cookbookPolicies(repo, count) {
  const doc = readFileSync(join(repo, 'docs', 'policies.md'), 'utf8');
  const cookbook = doc.slice(doc.indexOf('<!-- cookbook:start -->'), doc.indexOf('<!-- cookbook:end -->'));
  const policies = [...cookbook.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1])
    .filter((text) => /^kind: Policy$/m.test(text))
    .map((text) => ({ id: /^id: (\S+)$/m.exec(text)[1], text }));
  if (policies.length < count) throw new Error(`docs/policies.md has ${policies.length} cookbook policies, not ${count}`);
  return policies.slice(0, count);
}

/** A copy of the repo in `dir` with `policies` in policies/<id>.yaml, at `out` (made once per run). */
export function withPolicies(dir, out, policies) {
  rmSync(out, { recursive: true, force: true });
  cpSync(dir, out, { recursive: true });
  mkdirSync(join(out, 'policies'), { recursive: true });
  for (const p of policies) writeFileSync(join(out, 'policies', `${p.id}.yaml`), p.text);
  return out;
}

/**
 * Rounds of a cold check without and with the policies (`coldOnce` from run.mjs: wall ms, CPU ms, peak MB);
 * the medians of the times and of the rounds' ratios.
 */
export function policyRounds(plain, policed, runs, coldOnce, median) {
  const rounds = [];
  for (let r = 0; r < runs; r++) {
    const without = coldOnce(plain);
    const withThem = coldOnce(policed);
    rounds.push({ without, withThem });
  }
  const ratio = (pick) => {
    const xs = rounds.map((r) => pick(r.withThem) / pick(r.without)).filter((x) => Number.isFinite(x));
    return xs.length ? median(xs) : undefined;
  };
  return {
    plainMs: median(rounds.map((r) => r.without.ms)),
    policiesMs: median(rounds.map((r) => r.withThem.ms)),
    ratio: ratio((x) => x.ms),
    cpuRatio: ratio((x) => x.cpuMs),
    rssMB: median(rounds.map((r) => r.withThem.rssMB ?? 0)),
  };
}
