// Runs the headless Neovim harness (test/editors/neovim/client.lua) as a real `nvim` process: writes its input,
// points Neovim's state folders at a temporary folder (its LSP log lands there, not in the user's home), and reads
// back what Neovim saw. Also turns the protocol's several answer shapes into one each for the assertions.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../../helpers';

export const HARNESS = join(ROOT, 'test', 'editors', 'neovim', 'client.lua');

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** One request the harness makes, at a 0-based LSP position in a file of the playbook. */
export interface SessionRequest {
  name: string;
  method: string;
  file: string;
  line: number;
  character: number;
  new_name?: string;
  /** Apply the WorkspaceEdit that answers it (a rename) to Neovim's buffers. */
  apply?: boolean;
}

export interface SessionInput {
  root: string;
  open: string[];
  /** Wait until a file holds at least this many diagnostics (else the first publication is enough). */
  min_diagnostics?: Record<string, number>;
  settings?: Record<string, unknown>;
  timeout_ms?: number;
  requests: SessionRequest[];
  /** `:wall` at the end, so the test reads the edited files from disk. */
  write?: boolean;
}

/** A diagnostic as `vim.diagnostic.get()` holds it: 0-based lines, byte columns. */
export interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source?: string;
  code?: string | number;
}

export interface SessionOutput {
  ok: boolean;
  error?: string;
  steps: string[];
  server: string[];
  messages: { kind: string; type: number; message: string }[];
  diagnostics: Record<string, NeovimDiagnostic[]>;
  responses: Record<string, { result: unknown; error?: { code: number; message: string } }>;
  /** Per applied request, the text of each buffer its edit touched. */
  edits: Record<string, Record<string, string>>;
  written?: string[];
  log?: string[];
}

export interface SessionRun {
  output: SessionOutput;
  status: number | null;
  stderr: string;
}

/** Whether `nvim` runs here, and its first `--version` line; a test fails with the message when it does not. */
export function neovimVersion(): string {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (run.error || run.status !== 0) {
    throw new Error(
      'Neovim (`nvim`) is not installed or does not run, and the Neovim LSP tests need it: run ' +
        '`sudo bash scripts/vscode/install-system.sh` (npm test does this first) or `apt-get install neovim`' +
        (run.error ? ` (${run.error.message})` : ` (exit ${run.status}: ${run.stderr})`),
    );
  }
  return run.stdout.split('\n')[0];
}

/**
 * Runs one Neovim session against a server (`server`: the command's words; by default MOPS_NVIM_SERVER from the
 * environment, else the harness's own default, this checkout's `bin/mops.js lsp --stdio`).
 */
export function runSession(input: SessionInput, server?: string[]): SessionRun {
  const dir = mkdtempSync(join(tmpdir(), 'mops-nvim-'));
  try {
    const inputFile = join(dir, 'input.json');
    const outputFile = join(dir, 'output.json');
    writeFileSync(inputFile, JSON.stringify(input));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      MOPS_NVIM_INPUT: inputFile,
      MOPS_NVIM_OUTPUT: outputFile,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      XDG_STATE_HOME: join(dir, 'state'),
      XDG_DATA_HOME: join(dir, 'data'),
    };
    if (server) env.MOPS_NVIM_SERVER = JSON.stringify(server);
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${HARNESS}`], {
      cwd: input.root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // The harness times out each wait itself; this only stops a Neovim that hangs outside them.
      timeout: (input.timeout_ms ?? 20_000) * (input.requests.length + 3),
    });
    let output: SessionOutput;
    try {
      output = JSON.parse(readFileSync(outputFile, 'utf8')) as SessionOutput;
    } catch {
      throw new Error(
        `Neovim wrote no result (exit ${run.status}, signal ${run.signal}${run.error ? `, ${run.error.message}` : ''}): ${run.stderr}${run.stdout}`,
      );
    }
    return { output, status: run.status, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The labels of a completion answer, a CompletionList or a bare array. */
export function completionLabels(result: unknown): string[] {
  const items = Array.isArray(result) ? result : ((result as { items?: unknown[] } | null)?.items ?? []);
  return (items as { label: string }[]).map((i) => i.label);
}

type MarkedString = string | { language: string; value: string };

/** A hover's text, whichever of MarkupContent, MarkedString or MarkedString[] it came as. */
export function hoverText(result: unknown): string {
  const contents = (result as { contents?: MarkedString | MarkedString[] | { kind: string; value: string } } | null)
    ?.contents;
  if (contents === undefined) return '';
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n');
}

/** A definition answer (Location, Location[] or LocationLink[]) as file paths and the ranges to show. */
export function definitionTargets(result: unknown): { path: string; range: Range }[] {
  if (result === null || result === undefined) return [];
  const list = (Array.isArray(result) ? result : [result]) as (
    | { uri: string; range: Range }
    | { targetUri: string; targetSelectionRange: Range }
  )[];
  return list.map((l) =>
    'targetUri' in l
      ? { path: fileURLToPath(l.targetUri), range: l.targetSelectionRange }
      : { path: fileURLToPath(l.uri), range: l.range },
  );
}
