// What held the extension host's event loop: reads the CPU profile and the holds the bench probe wrote
// (MOPS_BENCH_PROFILE=DIR, test/integration/bench/profile.ts) and prints, for each hold over a limit, where its
// CPU samples were: by module (mops's own source, a package bundled into dist/extension.js, VS Code) and by function.
//
// Usage: node bench/holds.mjs DIR [--over MS] [--top N]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { over: { type: 'string', default: '20' }, top: { type: 'string', default: '8' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: node bench/holds.mjs DIR [--over MS] [--top N]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(join(dir, 'extension-host.cpuprofile'), 'utf8'));
const { marks, holds } = JSON.parse(readFileSync(join(dir, 'holds.json'), 'utf8'));
const over = Number(values.over);
const top = Number(values.top);

/** A bundle's modules by line: esbuild starts each with a `// path` comment. */
const bundles = new Map();
function moduleOf(url, line) {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  if (!bundles.has(path)) bundles.set(path, /\.js$/.test(path) && existsSync(path) ? modulesOf(path) : undefined);
  const starts = bundles.get(path);
  if (!starts) {
    // VS Code's own code, another extension (by its folder), Node's internals.
    const extension = /\/extensions\/([^/]+)\//.exec(path);
    if (extension) return `extension ${extension[1]}`;
    const where = /\/(vs\/[^?]*?|node_modules\/[^/]+|node:[^/]+)(\/|\.js|$)/.exec(path);
    return where ? where[1] : path.replace(/^.*\//, '');
  }
  let name = 'mops';
  for (const [at, module] of starts) if (at <= line) name = module;
  const pkg = /^node_modules\/((@[^/]+\/)?[^/]+)/.exec(name);
  return pkg ? pkg[1] : name;
}

/** mops's bundle's modules by line (esbuild starts each with a `// path` comment); undefined for any other file. */
function modulesOf(path) {
  const text = readFileSync(path, 'utf8');
  if (!text.includes('\n// src/extension/extension.ts\n')) return undefined;
  const starts = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\/\/ (?:\.\.\/[^ ]*?)?((src|node_modules)\/\S+)$/.exec(line);
    if (m) starts.push([i, m[1]]);
  });
  return starts;
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
/** What VS Code and Node do for mops's views and messages, counted as mops's (as test/integration/bench/profile.ts does). */
const MOPS_WORK = /^(_fetchChildrenNodes|_createAndRegisterTreeNode|_createTreeNode|_getTooltip|_resolveTreeNode|serializeReplyOK|parseChannelMessages)$/;
const isMops = (n) => (moduleOf(n.callFrame.url, 0), bundles.get(n.callFrame.url.replace(/^file:\/\//, '')) !== undefined) || MOPS_WORK.test(n.callFrame.functionName);
const frameOf = (n) => ({ module: moduleOf(n.callFrame.url, n.callFrame.lineNumber), fn: n.callFrame.functionName || '(anonymous)' });

const times = [];
let t = profile.startTime;
for (const delta of profile.timeDeltas) times.push((t += delta));

function stackOf(id) {
  const stack = [];
  for (let at = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at));
  return stack.filter((n) => n.callFrame.functionName !== '(root)');
}

const pct = (n, all) => `${((100 * n) / all).toFixed(0)}%`;

/** Where the samples between two times were; prints the figures under a heading. */
function report(heading, from, to) {
  const bySelf = new Map();
  const byModule = new Map();
  const byEntry = new Map();
  let count = 0;
  let ours = 0;
  let idle = 0;
  let gapMs = 0;
  let previous = from;
  profile.samples.forEach((id, i) => {
    if (times[i] < from || times[i] > to) return;
    gapMs = Math.max(gapMs, (times[i] - previous) / 1000);
    previous = times[i];
    const stack = stackOf(id);
    const leaf = stack[0] ? frameOf(stack[0]) : { module: '(idle)', fn: '' };
    if (leaf.fn === '(idle)') return void idle++;
    count++;
    if (stack.some(isMops)) ours++;
    const self = `${leaf.fn} [${leaf.module}]`;
    bySelf.set(self, (bySelf.get(self) ?? 0) + 1);
    for (const module of new Set(stack.map((n) => frameOf(n).module))) byModule.set(module, (byModule.get(module) ?? 0) + 1);
    // The outermost frame that is not VS Code's or Node's machinery: who started this work.
    const entry = [...stack].reverse().find((n) => !/^(vs\/|node:|\(native\)|node_modules\/code-server|extension )/.test(frameOf(n).module) && !/^[a-z_]+$/.test(frameOf(n).module));
    const e = entry ? `${frameOf(entry).fn} [${frameOf(entry).module}]` : `(VS Code, its extensions or Node only) ${stack.length ? `${frameOf(stack[0]).fn} [${frameOf(stack[0]).module}]` : ''}`;
    byEntry.set(e, (byEntry.get(e) ?? 0) + 1);
  });
  gapMs = Math.max(gapMs, (to - previous) / 1000);
  // No sample for a while: the sampling thread did not run either, the process was not scheduled (a busy machine).
  const ms = (n) => `${((n * interval) / 1000).toFixed(1)} ms`;
  console.log(`\n${heading}: ${ms(count)} busy (${count} samples), mops's work on the stack ${ms(ours)}, ${idle} idle samples, longest gap without a sample ${gapMs.toFixed(1)} ms`);
  const list = (title, map) => {
    console.log(`  ${title}:`);
    for (const [k, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${pct(n, count).padStart(4)}  ${k}`);
  };
  list('modules on the stack', byModule);
  list('outermost frame not of VS Code or Node', byEntry);
  list('self', bySelf);
}

const interval = (times[times.length - 1] - times[0]) / times.length;
for (let i = 0; i + 1 < marks.length; i++) report(`the whole ${marks[i].phase} phase (${((marks[i + 1].startUs - marks[i].startUs) / 1000).toFixed(0)} ms)`, marks[i].startUs, marks[i + 1].startUs);
for (const hold of holds.filter((h) => h.ms > over)) {
  report(`${hold.phase}: held ${hold.ms.toFixed(1)} ms, the process's CPU meanwhile ${hold.cpuMs?.toFixed(1)} ms`, hold.endUs - (hold.ms + 10) * 1000, hold.endUs);
}

// The longest stretches of consecutive samples with mops's code on the stack (what the probe counts as mops's holds).
const stretches = [];
let open;
profile.samples.forEach((id, i) => {
  const ours = stackOf(id).some(isMops);
  if (ours) {
    open ??= { from: times[i], samples: [] };
    open.samples.push(id);
  } else if (open) {
    stretches.push({ ...open, ms: (times[i] - open.from) / 1000 });
    open = undefined;
  }
});
for (const s of stretches.sort((a, b) => b.ms - a.ms).slice(0, top)) {
  const phase = [...marks].reverse().find((m) => m.startUs <= s.from)?.phase;
  report(`mops's work held it ${s.ms.toFixed(1)} ms (${phase})`, s.from, s.from + s.ms * 1000);
}
