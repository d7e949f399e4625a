// Shared test helpers: project paths, temporary playbooks on disk, and running the CLI in-process.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { main } from '../src/cli/main';
import { nodeFileSystem } from '../src/cli/node-fs';
import { loadPlaybook, RULES, Workspace, type Finding, type WorkspaceOptions } from '../src/core';

function findRoot(start: string): string {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas'))) return dir;
  }
  throw new Error(`project root not found above ${start}`);
}

export const ROOT = findRoot(__dirname);
export const REFERENCE = join(ROOT, '..', 'shared', 'reference-playbook');
export const EXAMPLE = join(ROOT, 'examples', 'acme');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** Every file under a folder, relative, forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Reads a folder's files into a map of relative path → text. */
export function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Writes files into a new temporary folder and returns its path; `cleanup()` removes them all. */
const made: string[] = [];
export function tempPlaybook(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mops-test-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, ...path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The structural rules (YAML, schema, kinds, files, config): tests of the parser, schemas, config and
 * suppressions build lone files without the Team, workflows and standards that the other rules look up.
 */
export const STRUCTURAL_RULES = RULES.filter((r) => /^(yaml|schema|mops|file|config)\//.test(r.id));

/** A workspace over in-memory texts (the core never touches a disk itself), with the structural rules unless told. */
export function workspaceOf(files: Record<string, string>, options: WorkspaceOptions = {}): Workspace {
  const ws = new Workspace({ rules: STRUCTURAL_RULES, ...options });
  if (files['mops.config.yaml'] !== undefined) ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

export async function loadDir(dir: string, options: WorkspaceOptions = {}): Promise<Workspace> {
  return loadPlaybook(nodeFileSystem(dir), options);
}

/** `line:rule` pairs (1-based lines), the compact form assertions compare. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.rule}`);
}

/** CPU milliseconds of this process (not wall time: other processes on a busy machine do not count). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per run: the best of `rounds`, each repeated until it has taken 15 ms (a shorter time is noise). */
export function cpuMsPerRun(run: () => void, rounds: number): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    let reps = 0;
    const start = cpuMs();
    let elapsed: number;
    do {
      run();
      reps++;
      elapsed = cpuMs() - start;
    } while (elapsed < 15);
    best = Math.min(best, elapsed / reps);
  }
  return best;
}

/**
 * Linear time: 4n costs less than `maxRatio` times n (linear is 4, quadratic 16), unless 4n is under
 * `floorMs` (below which the ratio is noise), and 4n stays under `capMs`.
 */
export function assertLinear(
  label: string,
  make: (n: number) => () => void,
  n: number,
  capMs: number,
  { maxRatio, floorMs, rounds }: { maxRatio: number; floorMs: number; rounds: number },
): void {
  make(Math.max(1, Math.floor(n / 10)))(); // warm up the code paths
  const small = cpuMsPerRun(make(n), rounds);
  const large = cpuMsPerRun(make(4 * n), rounds);
  if (large >= capMs) throw new Error(`${label}: ${large.toFixed(2)} ms at 4n, over the cap of ${capMs} ms`);
  if (large >= floorMs && large / small >= maxRatio) {
    throw new Error(`${label}: ${small.toFixed(3)} ms at n=${n}, ${large.toFixed(3)} ms at 4n (ratio ${(large / small).toFixed(1)})`);
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd = ROOT, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    env,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}
