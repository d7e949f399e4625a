// `npm run bench`: generates seeded playbook repos, measures mops on them, and prints a table with
// medians, the ratios the performance targets are stated in, and PASS/FAIL per target; writes the same
// figures as JSON (out/bench/results.json). Figures only: nothing here is a test, and nothing fails the run.
//
// This machine's speed drifts by a quarter from one minute to the next (it shares its cores). So a ratio
// is measured in rounds: each round times the reference and the measure back to back, and the ratio shown
// is the median of the rounds' ratios, next to the medians of the times themselves.
//
// The cold check is also measured on the largest repo written in each folder layout of bench/generate.mjs
// (LAYOUTS): its speed should not depend on where the files are.
//
// Usage: node bench/run.mjs [--help] [--sizes 1000,5000,10000] [--runs 3] [--layouts LIST] [--only PARTS]
//                           [--no-editor] [--json FILE]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { build } from 'esbuild';
import { generate, LAYOUTS } from './generate.mjs';
import { spectralRuleset } from './spectral/ruleset.mjs';
import { cookbookPolicies, policyRounds, withPolicies } from './policies.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = ['sizes', 'layouts', 'spectral', 'warm', 'keystroke', 'policies', 'navigate', 'lsp', 'import', 'vsix', 'editor'];
/** How many of the cookbook's policies the policies part lays over the largest repo (issue 14: 20). */
const POLICIES = 20;
const HELP = `usage: node bench/run.mjs [options]   (npm run bench -- [options] builds first)

  --sizes N,N,...   briefs in the generated repos (default 1000,5000,10000); the largest is used for the
                    layouts, the warm check, the keystrokes, the policies, navigation and the editor
  --runs N          rounds per ratio (default 3)
  --layouts L,L,... folder layouts to measure a cold check on (default all: ${Object.keys(LAYOUTS).join(', ')})
  --only P,P,...    measure only these parts (default all: ${PARTS.join(', ')})
  --no-editor       skip the real editor (same as leaving editor out of --only)
  --json FILE       where the figures go (default out/bench/results.json)

Layouts:
${Object.entries(LAYOUTS).map(([name, what]) => `  ${name.padEnd(10)} ${what}`).join('\n')}
`;
const { values } = parseArgs({
  options: {
    help: { type: 'boolean' },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    layouts: { type: 'string' },
    only: { type: 'string' },
    'no-editor': { type: 'boolean' },
    json: { type: 'string' },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const sizes = (values.sizes ?? '1000,5000,10000').split(',').map(Number);
const runs = Number(values.runs ?? 3);
const layouts = values.layouts ? values.layouts.split(',') : Object.keys(LAYOUTS);
const parts = new Set(values.only ? values.only.split(',') : PARTS);
if (values['no-editor']) parts.delete('editor');
for (const name of [...layouts.filter((l) => !(l in LAYOUTS)), ...[...parts].filter((p) => !PARTS.includes(p))]) {
  process.stderr.write(`bench: unknown layout or part ${name}\n\n${HELP}`);
  process.exit(2);
}
const work = join(tmpdir(), 'mops-bench');
mkdirSync(work, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x === undefined ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const log = (line) => process.stderr.write(`bench: ${line}\n`);

function yamlFiles(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(path, base, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

const cpuMs = (usage) => (usage.user + usage.system) / 1000;

/** The floor: yaml's parseAllDocuments over every file, on one thread, the texts already in memory (wall and CPU time). */
function parseOnce(texts) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) parseAllDocuments(text);
  return { ms: performance.now() - t, cpuMs: cpuMs(process.cpuUsage(cpu)) };
}

/** A cold `mops check` in a fresh process: wall time, CPU time (all its threads) and peak memory. */
function coldOnce(dir) {
  const t = performance.now();
  const child = spawnSync(process.execPath, ['--require', join(repo, 'bench', 'rss.cjs'), '--require', join(repo, 'bench', 'cpu.cjs'), join(repo, 'bin', 'mops.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - t;
  if (child.status !== 0 && child.status !== 1) throw new Error(`mops check exited with ${child.status}: ${child.stderr}`);
  const peak = /MOPS_BENCH_RSS_KB (\d+)/.exec(child.stderr);
  const cpu = /MOPS_BENCH_CPU_MS (\d+)/.exec(child.stderr);
  return { ms: wall, rssMB: peak ? Number(peak[1]) / 1024 : undefined, cpuMs: cpu ? Number(cpu[1]) : undefined };
}

/**
 * Rounds of the parse floor and a cold check, back to back. Besides the wall-time ratio (the target), the
 * ratio of their CPU times: the work a check does, which a busy machine hardly changes (wall times on it
 * mostly measure the other sessions), so a layout that makes a check do more work shows there.
 */
function coldRounds(dir) {
  const texts = yamlFiles(dir).map((f) => readFileSync(f, 'utf8'));
  const parse = [];
  const cold = [];
  const rss = [];
  const ratios = [];
  const cpuRatios = [];
  for (let r = 0; r < runs; r++) {
    const floor = parseOnce(texts);
    parse.push(floor.ms);
    const run = coldOnce(dir);
    cold.push(run.ms);
    if (run.rssMB !== undefined) rss.push(run.rssMB);
    if (run.cpuMs !== undefined) cpuRatios.push(run.cpuMs / floor.cpuMs);
    ratios.push(run.ms / floor.ms);
  }
  return {
    parseMs: median(parse),
    coldMs: median(cold),
    rssMB: rss.length ? median(rss) : undefined,
    ratio: median(ratios),
    cpuRatio: cpuRatios.length ? median(cpuRatios) : undefined,
  };
}

/** The .vsix as `npm run package` makes it. */
function vsixSize() {
  const out = join(work, 'mops.vsix');
  rmSync(out, { force: true });
  const built = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const packed = spawnSync(process.execPath, [join(repo, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], { cwd: repo, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`vsce package failed: ${packed.stdout}${packed.stderr}`);
  return statSync(out).size;
}

/**
 * Activation, the initial index and typing in the real VS Code (code-server), through the bench probe, which
 * profiles the extension host to tell mops's holds of its event loop from the others' (the profile and the holds
 * stay in the bench folder: `node bench/holds.mjs DIR`); with `views`, the Marketing Ops views are shown meanwhile.
 */
function editor(folder, { views = false } = {}) {
  const probe = join(repo, process.env.MOPS_TEST_OUT ?? 'out', 'test', 'integration', 'bench');
  if (!existsSync(join(probe, 'index.js'))) return { skipped: 'the probe is not built (node scripts/build.mjs --tests)' };
  const tools = process.env.MOPS_TOOLS_DIR ?? join(repo, '.tools');
  if (!existsSync(join(tools, 'code-server'))) return { skipped: 'code-server is not installed (bash scripts/vscode/install-tools.sh)' };
  const profile = join(work, `editor-profile-${folder.replace(/^.*\//, '')}${views ? '-views' : ''}`);
  mkdirSync(profile, { recursive: true });
  const env = { ...process.env, MOPS_BENCH_PROFILE: profile, ...(views ? { MOPS_BENCH_VIEWS: '1' } : {}) };
  const child = spawnSync(process.execPath, [join(repo, 'scripts', 'vscode', 'run-code-server.mjs'), '--tests', probe, '--workspace', folder], { encoding: 'utf8', env, maxBuffer: 1 << 26, timeout: 600_000 });
  const line = /MOPS_BENCH (\{.*\})/.exec(child.stdout + child.stderr);
  return line ? JSON.parse(line[1]) : { skipped: `the probe printed no figures (exit ${child.status})` };
}

const results = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, runs, sizes: [], layouts: [], targets: [] };
const largest = sizes[sizes.length - 1];
const made = new Map();
/** The generated repo of `n` briefs in `layout`, written once per run. */
function repoOf(n, layout = 'folders') {
  const dir = join(work, layout === 'folders' ? `briefs-${n}` : `layout-${layout}-${n}`);
  if (!made.has(dir)) {
    const written = generate(dir, { briefs: n, layout });
    log(`${n} briefs, ${layout}: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB`);
    made.set(dir, written);
  }
  return { dir, ...made.get(dir) };
}

if (parts.has('sizes')) {
  for (const n of sizes) {
    const { dir, files, bytes } = repoOf(n);
    const measured = coldRounds(dir);
    results.sizes.push({ briefs: n, files, mb: bytes / 1e6, parseMs: measured.parseMs, coldMs: measured.coldMs, coldRatio: measured.ratio, coldRssMB: measured.rssMB, coldCpuRatio: measured.cpuRatio, coldPerBriefMs: measured.coldMs / n });
    log(`${n} briefs: parse ${ms(measured.parseMs)}, cold check ${ms(measured.coldMs)} (${measured.ratio.toFixed(2)} × in rounds; CPU ${measured.cpuRatio?.toFixed(2)} × the parse's), ${measured.rssMB?.toFixed(0)} MB`);
  }
}
if (parts.has('layouts')) {
  for (const layout of layouts) {
    // The folders layout of the largest size is the last repo of the sizes: measured once.
    const same = layout === 'folders' ? results.sizes.find((s) => s.briefs === largest) : undefined;
    const { dir, files, bytes } = repoOf(largest, layout);
    const measured = same ? { parseMs: same.parseMs, coldMs: same.coldMs, ratio: same.coldRatio, rssMB: same.coldRssMB, cpuRatio: same.coldCpuRatio } : coldRounds(dir);
    results.layouts.push({ layout, briefs: largest, files, mb: bytes / 1e6, parseMs: measured.parseMs, coldMs: measured.coldMs, coldRatio: measured.ratio, coldRssMB: measured.rssMB, coldCpuRatio: measured.cpuRatio });
    log(`${layout}: parse ${ms(measured.parseMs)}, cold check ${ms(measured.coldMs)} (${measured.ratio.toFixed(2)} × in rounds; CPU ${measured.cpuRatio?.toFixed(2)} × the parse's), ${measured.rssMB?.toFixed(0)} MB`);
  }
}
/**
 * `mops check --cache` on a repo after one brief changed, alternating two texts so every run sees a change;
 * each round also times a cold check, for the round's ratio.
 */
function warmRounds(dir) {
  const cache = join(work, 'warm.mopscache');
  rmSync(cache, { force: true });
  rmSync(`${cache}.delta`, { force: true });
  const run = () => {
    const t = performance.now();
    const child = spawnSync(process.execPath, [join(repo, 'bin', 'mops.js'), 'check', dir, '--format', 'json', '--cache-location', cache], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (child.status !== 0 && child.status !== 1) throw new Error(`mops check --cache exited with ${child.status}: ${child.stderr}`);
    return performance.now() - t;
  };
  run(); // fills the cache
  const briefs = readdirSync(join(dir, 'campaigns')).sort();
  const brief = join(dir, 'campaigns', briefs[Math.floor(briefs.length / 2)]);
  const original = readFileSync(brief, 'utf8');
  const warm = [];
  const ratios = [];
  try {
    for (let r = 0; r < runs; r++) {
      writeFileSync(brief, r % 2 === 0 ? original.replace(/^owner: (\S+)$/m, 'owner: $1x') : original);
      const cold = coldOnce(dir).ms;
      warm.push(run());
      ratios.push(warm[r] / cold);
    }
  } finally {
    writeFileSync(brief, original);
    rmSync(cache, { force: true });
    rmSync(`${cache}.delta`, { force: true });
  }
  return { warmMs: median(warm), ratio: median(ratios) };
}

/** Spectral with the reference kinds' schemas and a few equivalent rules (bench/spectral), on one repo. */
function spectral(dir) {
  const ruleset = join(repo, 'bench', 'spectral', 'ruleset.json');
  writeFileSync(ruleset, `${JSON.stringify(spectralRuleset(), null, 2)}\n`);
  const cli = join(repo, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  if (!existsSync(cli)) return undefined;
  const times = [];
  for (let r = 0; r < Math.min(runs, 2); r++) {
    const t = performance.now();
    const child = spawnSync(process.execPath, [cli, 'lint', `${dir}/**/*.yaml`, '-r', ruleset, '--format', 'json', '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(performance.now() - t);
    if (child.status !== 0 && child.status !== 1) throw new Error(`spectral exited with ${child.status}: ${child.stderr}`);
  }
  return median(times);
}

/** Keystrokes in a warm index of the largest repo, in a process of their own (bench/keystroke.ts). */
async function keystroke(dir) {
  const out = join(work, 'keystroke.cjs');
  await build({ entryPoints: [join(repo, 'bench', 'keystroke.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, alias: { yaml: join(repo, 'node_modules', 'yaml', 'browser', 'index.js') }, logLevel: 'warning' });
  const child = spawnSync(process.execPath, ['--expose-gc', out, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = /MOPS_BENCH (\{.*\})/.exec(child.stdout);
  if (!line) throw new Error(`the keystroke probe printed no figures: ${child.stderr}`);
  return JSON.parse(line[1]);
}

/** Find-all-references and rename of a person named in every brief, in a warm index of the largest repo (bench/navigate.ts). */
async function navigate(dir) {
  const out = join(work, 'navigate.cjs');
  await build({ entryPoints: [join(repo, 'bench', 'navigate.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, alias: { yaml: join(repo, 'node_modules', 'yaml', 'browser', 'index.js') }, logLevel: 'warning' });
  const child = spawnSync(process.execPath, ['--expose-gc', out, dir, String(Math.max(runs, 3))], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = /MOPS_BENCH (\{.*\})/.exec(child.stdout);
  if (!line) throw new Error(`the navigation probe printed no figures: ${child.stderr}`);
  return JSON.parse(line[1]);
}

if (parts.has('spectral')) {
  // Spectral takes about 25 ms a brief here: it runs on the smallest repo only, and not above 2,000 briefs.
  const n = sizes[0];
  const spectralMs = n <= 2000 ? spectral(repoOf(n).dir) : undefined;
  const mops = results.sizes.find((s) => s.briefs === n)?.coldMs ?? (spectralMs !== undefined ? coldOnce(repoOf(n).dir).ms : undefined);
  if (spectralMs !== undefined) results.spectral = { briefs: n, spectralMs, mopsMs: mops };
  log(`spectral on ${n} briefs: ${ms(spectralMs)}`);
}
if (parts.has('warm')) {
  const warm = warmRounds(repoOf(largest).dir);
  results.warm = { briefs: largest, warmMs: warm.warmMs, ratio: warm.ratio };
  log(`warm check (--cache, one brief changed) on ${largest} briefs: ${ms(warm.warmMs)} (${warm.ratio.toFixed(2)} × a cold check in rounds)`);
}
if (parts.has('keystroke')) {
  results.keystroke = { briefs: largest, ...(await keystroke(repoOf(largest).dir)) };
  log(`keystroke: ${JSON.stringify(results.keystroke)}`);
}
if (parts.has('policies')) {
  const plain = repoOf(largest).dir;
  const policed = withPolicies(plain, join(work, `policies-${largest}`), cookbookPolicies(repo, POLICIES));
  const p = policyRounds(plain, policed, runs, coldOnce, median);
  // A second shape of the same size: every brief of a quarter in one multi-document file.
  const plainMulti = repoOf(largest, 'multi-doc').dir;
  const multi = policyRounds(plainMulti, withPolicies(plainMulti, join(work, `policies-multi-doc-${largest}`), cookbookPolicies(repo, POLICIES)), runs, coldOnce, median);
  const k = await keystroke(policed);
  results.policies = { briefs: largest, policies: POLICIES, ...p, multiDoc: multi, keystrokeMs: k.keystrokeMs, heapMB: k.heapMB };
  log(`${POLICIES} policies on ${largest} briefs: cold check ${ms(p.plainMs)} without, ${ms(p.policiesMs)} with (${p.ratio?.toFixed(2)} × in rounds; CPU ${p.cpuRatio?.toFixed(2)} ×); multi-doc layout ${multi.ratio?.toFixed(2)} × (CPU ${multi.cpuRatio?.toFixed(2)} ×); keystroke ${ms(k.keystrokeMs)}, heap ${k.heapMB.toFixed(0)} MB`);
}
if (parts.has('navigate')) {
  results.navigate = { briefs: largest, ...(await navigate(repoOf(largest).dir)) };
  log(`navigate: ${JSON.stringify(results.navigate)}`);
}
if (parts.has('lsp')) {
  // bench/lsp.mjs in its own process: the extension's server bundle over stdio, as a client drives it (issue 17).
  const child = spawnSync(process.execPath, [join(repo, 'bench', 'lsp.mjs'), repoOf(largest).dir, '60'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = /MOPS_BENCH (\{.*\})/.exec(child.stdout);
  if (!line) throw new Error(`bench/lsp.mjs printed no figures (exit ${child.status}): ${child.stderr}`);
  results.lsp = { briefs: largest, ...JSON.parse(line[1]) };
  log(`lsp: ${JSON.stringify(results.lsp)}`);
}
if (parts.has('import')) {
  // bench/import.mjs in its own process: a campaign tracker of 10,000 rows into a fresh playbook (issue 15).
  const out = join(work, 'import.json');
  const child = spawnSync(process.execPath, [join(repo, 'bench', 'import.mjs'), '--rows', '10000', '--runs', String(runs), '--json', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`bench/import.mjs exited with ${child.status}: ${child.stderr}`);
  results.import = JSON.parse(readFileSync(out, 'utf8'));
  log(`import: ${child.stdout.trim().split('\n')[0]}`);
}
if (parts.has('vsix')) {
  results.vsixBytes = vsixSize();
  log(`.vsix ${(results.vsixBytes / 1024).toFixed(0)} KB`);
}
if (parts.has('editor')) {
  const reference = join(work, 'reference');
  rmSync(reference, { recursive: true, force: true });
  generate(reference, { briefs: 0 });
  results.editorReference = editor(reference);
  results.editorLargest = { briefs: largest, ...editor(repoOf(largest).dir) };
  results.editorViews = { briefs: largest, ...editor(repoOf(largest).dir, { views: true }) };
  log(`editor: ${JSON.stringify(results.editorReference)} / ${JSON.stringify(results.editorLargest)} / views shown ${JSON.stringify(results.editorViews)}`);
}

// The targets of the performance issues, as ratios measured in this run.
const target = (name, value, limit, shown) => results.targets.push({ name, value, limit, pass: value !== undefined && value <= limit, shown });
if (results.sizes.length > 0) {
  const big = results.sizes[results.sizes.length - 1];
  const small = results.sizes[0];
  target(`cold check ÷ single-thread parse (${big.briefs} briefs, median of ${runs} rounds)`, big.coldRatio, 1.0, `${big.coldRatio.toFixed(2)} × (≤ 1.0)`);
  if (results.sizes.length > 1) {
    target(`time per brief, ${big.briefs} vs ${small.briefs} (linear growth)`, big.coldPerBriefMs / small.coldPerBriefMs, 1.5, `${(big.coldPerBriefMs / small.coldPerBriefMs).toFixed(2)} × (≤ 1.5)`);
    target(`memory per brief, ${big.briefs} vs ${small.briefs} (linear growth)`, big.coldRssMB / big.briefs / (small.coldRssMB / small.briefs), 1.5, `${(big.coldRssMB / big.briefs / (small.coldRssMB / small.briefs)).toFixed(2)} × (≤ 1.5)`);
  }
}
for (const l of results.layouts) target(`cold check ÷ single-thread parse, ${l.layout} layout (${l.briefs} briefs, median of ${runs} rounds)`, l.coldRatio, 1.0, `${l.coldRatio.toFixed(2)} × (≤ 1.0)`);
if (results.layouts.length > 1) {
  const ratios = results.layouts.map((l) => l.coldRatio);
  const spread = Math.max(...ratios) / Math.min(...ratios);
  const worst = results.layouts[ratios.indexOf(Math.max(...ratios))].layout;
  const best = results.layouts[ratios.indexOf(Math.min(...ratios))].layout;
  target(`worst layout ÷ best layout, in cold check ÷ parse (${worst} ÷ ${best})`, spread, 1.1, `${spread.toFixed(2)} × (≤ 1.10)`);
}
if (results.warm) target(`warm check, --cache, one brief changed ÷ cold (${results.warm.briefs} briefs, median of ${runs} rounds)`, results.warm.ratio, 0.1, `${ms(results.warm.warmMs)}, ${results.warm.ratio.toFixed(2)} × (≤ 0.1)`);
if (results.spectral?.mopsMs !== undefined) target(`Spectral ÷ mops on ${results.spectral.briefs} briefs (mops faster)`, -(results.spectral.spectralMs / results.spectral.mopsMs), -5, `${(results.spectral.spectralMs / results.spectral.mopsMs).toFixed(1)} × (≥ 5)`);
const k = results.keystroke;
if (k) {
  target(`keystroke, typical brief in a warm ${k.briefs}-brief index (median)`, k.keystrokeMs, 5, `${ms(k.keystrokeMs)} (≤ 5 ms)`);
  target(`keystroke, ${k.bigBriefLines}-line brief (median)`, k.bigKeystrokeMs, 50, `${ms(k.bigKeystrokeMs)} (≤ 50 ms)`);
  target(`index heap for ${k.briefs} briefs (CLI process)`, k.heapMB, 400, `${k.heapMB.toFixed(0)} MB (≤ 400 MB)`);
}
const pol = results.policies;
if (pol) {
  target(`cold check with ${pol.policies} policies ÷ without (${pol.briefs} briefs, folders layout, median of ${runs} rounds)`, pol.ratio, 1.15, `${pol.ratio?.toFixed(2)} × (≤ 1.15; CPU time ${pol.cpuRatio?.toFixed(2)} ×)`);
  target(`cold check with ${pol.policies} policies ÷ without (${pol.briefs} briefs, multi-doc layout, median of ${runs} rounds)`, pol.multiDoc.ratio, 1.15, `${pol.multiDoc.ratio?.toFixed(2)} × (≤ 1.15; CPU time ${pol.multiDoc.cpuRatio?.toFixed(2)} ×)`);
  target(`keystroke with ${pol.policies} policies, typical brief in a warm ${pol.briefs}-brief index (median)`, pol.keystrokeMs, 5, `${ms(pol.keystrokeMs)} (≤ 5 ms)`);
  target(`index heap with ${pol.policies} policies for ${pol.briefs} briefs (CLI process)`, pol.heapMB, 400, `${pol.heapMB.toFixed(0)} MB (≤ 400 MB)`);
}
const nav = results.navigate;
if (nav) {
  target(`find all references of a person named ${nav.locations} times in ${nav.briefs} briefs (median of ${nav.runs})`, nav.referencesMs, 200, `${ms(nav.referencesMs)} (≤ 200 ms; first call ${ms(nav.firstReferencesMs)})`);
  target(`rename of that person, ${nav.renameEdits} edits (median of ${nav.runs})`, nav.renameMs, 200, `${ms(nav.renameMs)} (≤ 200 ms)`);
}
const lsp = results.lsp;
if (lsp) {
  target(`keystroke to its diagnostics through the protocol, ${lsp.briefs}-brief index (p95 of ${lsp.keystrokes}; debounce 0)`, lsp.p95Ms, 50, `${ms(lsp.p95Ms)} (≤ 50 ms; median ${ms(lsp.medianMs)})`);
  if (lsp.heapUsedMB !== undefined) target(`language server's heap, ${lsp.briefs} briefs loaded (after a full collection)`, lsp.heapUsedMB, 400, `${lsp.heapUsedMB.toFixed(0)} MB (≤ 400 MB)`);
  target(`language server's resident memory, ${lsp.briefs} briefs loaded (peak while typing)`, lsp.peakRssMB, 400, `${lsp.peakRssMB.toFixed(0)} MB RSS (≤ 400 MB; loaded ${lsp.loadedRssMB.toFixed(0)} MB)`);
}
if (results.import) target(`mops import briefs, ${results.import.rows} tracker rows (median of ${results.import.runs})`, results.import.importMs / 1000, 10, `${(results.import.importMs / 1000).toFixed(2)} s (≤ 10 s)`);
if (results.editorReference?.activationMs !== undefined) target('activation (reference playbook)', results.editorReference.activationMs, 50, `${ms(results.editorReference.activationMs)} (≤ 50 ms)`);
if (results.editorLargest?.activationMs !== undefined) {
  target(`activation (${results.editorLargest.briefs} briefs)`, results.editorLargest.activationMs, 50, `${ms(results.editorLargest.activationMs)} (≤ 50 ms)`);
  target(`extension host heap after indexing ${results.editorLargest.briefs} briefs`, results.editorLargest.heapUsedMB, 400, `${results.editorLargest.heapUsedMB.toFixed(0)} MB (≤ 400 MB)`);
  // The target is mops's holds, the time its code ran (the probe's profile); the timer's lateness also counts VS
  // Code's work, its extensions', collections, and the time the extension host waited for a core.
  const held = (mops, any) => (mops === undefined ? any : mops);
  const shown = (mops, wall, any) => (mops === undefined ? `${ms(any)} (≤ 20 ms)` : `${ms(mops)} by mops (≤ 20 ms; ${ms(wall)} with its waits for a core); ${ms(any)} by anything`);
  for (const [e, views] of [[results.editorLargest, ''], [results.editorViews, ', views shown']]) {
    if (e?.blockedMs === undefined) continue;
    target(`extension host event loop held at most, while the server indexes ${e.briefs} briefs${views}`, held(e.mopsBlockedMs, e.blockedMs), 20, shown(e.mopsBlockedMs, e.mopsBlockedWallMs, e.blockedMs));
    target(`extension host event loop held at most, while typing in a brief of ${e.briefs} (${e.keystrokes} keystrokes${views}${e.opened ? `, its stage ${e.opened}` : ''})`, held(e.mopsTypingBlockedMs, e.typingBlockedMs), 20, shown(e.mopsTypingBlockedMs, e.mopsTypingBlockedWallMs, e.typingBlockedMs));
  }
}

if (results.sizes.length > 0) {
  console.log('\n| briefs | files | MB | parse (1 thread) | cold check | check ÷ parse (rounds) | CPU time, check ÷ parse | peak memory |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of results.sizes) console.log(`| ${s.briefs} | ${s.files} | ${s.mb.toFixed(1)} | ${ms(s.parseMs)} | ${ms(s.coldMs)} | ${s.coldRatio.toFixed(2)} | ${s.coldCpuRatio?.toFixed(2)} | ${s.coldRssMB?.toFixed(0)} MB |`);
}
if (results.layouts.length > 0) {
  console.log(`\n| layout (${largest} briefs) | files | MB | parse (1 thread) | cold check | check ÷ parse (rounds) | CPU time, check ÷ parse | peak memory |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const l of results.layouts) console.log(`| ${l.layout} | ${l.files} | ${l.mb.toFixed(1)} | ${ms(l.parseMs)} | ${ms(l.coldMs)} | ${l.coldRatio.toFixed(2)} | ${l.coldCpuRatio?.toFixed(2)} | ${l.coldRssMB?.toFixed(0)} MB |`);
  for (const l of results.layouts) console.log(`- ${l.layout}: ${LAYOUTS[l.layout]}`);
  const cpu = results.layouts.map((l) => l.coldCpuRatio).filter((r) => r !== undefined);
  // Not a target (those are wall times), but what a busy machine hardly changes: the work done per layout.
  if (cpu.length > 1) console.log(`\nCPU time of a cold check ÷ the parse's, worst layout ÷ best: ${(Math.max(...cpu) / Math.min(...cpu)).toFixed(2)} ×`);
}
if (results.vsixBytes !== undefined) console.log(`\n.vsix: ${(results.vsixBytes / 1024).toFixed(0)} KB`);
const byMops = (v) => (v === undefined ? '' : `, ${ms(v)} by mops`);
for (const [label, e] of [['reference playbook', results.editorReference], [`${results.editorLargest?.briefs} briefs`, results.editorLargest], [`${results.editorViews?.briefs} briefs, views shown`, results.editorViews]]) {
  if (!e) continue;
  const opened = e.opened ? `, typed with the Pipeline's stage ${e.opened} (opening it held the loop at most ${ms(e.openBlockedMs)}${byMops(e.mopsOpenBlockedMs)})` : '';
  console.log(e.skipped ? `editor (${label}): skipped — ${e.skipped}` : `editor (${label}): activation ${ms(e.activationMs)}, index and publish ${ms(e.indexMs)} for ${e.files} files (event loop held at most ${ms(e.blockedMs)}${byMops(e.mopsBlockedMs)}; typing ${ms(e.typingMs)} a keystroke, held at most ${ms(e.typingBlockedMs)}${byMops(e.mopsTypingBlockedMs)}${opened}), extension host heap ${e.heapUsedMB.toFixed(0)} MB, rss ${e.rssMB.toFixed(0)} MB`);
}
console.log('\n| target | measured | |\n| --- | --- | --- |');
for (const t of results.targets) console.log(`| ${t.name} | ${t.shown} | ${t.pass ? 'PASS' : 'FAIL'} |`);
const json = resolve(values.json ?? join(repo, 'out', 'bench', 'results.json'));
mkdirSync(dirname(json), { recursive: true });
writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nfigures: ${json}`);
