// `mops report handbook [path] --out-dir DIR`: writes the handbook for new hires as a site of pages (HTML, or
// Markdown with --format md); without --out-dir, prints it as one Markdown document (or its data as JSON).

import { parseArgs } from 'node:util';
import { join, resolve, relative, isAbsolute } from 'node:path';
import { buildHandbookData, CONFIG_FILE, handbookPages, HANDBOOK_FORMATS, HANDBOOK_INFO, loadPlaybook, renderHandbook, type HandbookFormat, type HandbookPageFormat } from '../../core';
import { didYouMean, nearest } from '../../core/text/distance';
import { parseCommandArgs, parseToday } from '../args';
import { UsageError, type CliIo } from '../io';
import { nodeFileSystem } from '../node-fs';
import { refusePlaybookFile, writeOutput } from '../output';
import { parserFor } from '../parallel-parse';
import { configBroken, requireSomethingToCheck } from '../playbook';
import { progressReporter } from '../progress';
import { resolvePlaybook } from '../root';

export const HANDBOOK_HELP = `  handbook  ${HANDBOOK_INFO.description}
            With --out-dir DIR: index.html and a page per SOP and workflow, and
            standards.html (--format md: the same pages in Markdown; html,md: both).
            Without it: one Markdown document on stdout (--format json: the data).`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'out-dir': { type: 'string' },
  today: { type: 'string' },
} as const;

/** Whether `mops report …` names the handbook (its first argument that is not an option or an option's value). */
export function isHandbook(args: string[]): boolean {
  const loose = { ...OPTIONS, out: { type: 'string', short: 'o' }, output: { type: 'string' }, base: { type: 'string' } } as const;
  const { tokens } = parseArgs({ args, options: loose, strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((t) => t.kind === 'positional');
  return first?.kind === 'positional' && first.value === 'handbook';
}

interface HandbookArgs {
  paths: string[];
  formats: HandbookFormat[];
  outDir?: string;
  today?: number;
}

function parseHandbookArgs(args: string[]): HandbookArgs {
  const { values, positionals } = parseCommandArgs('report handbook', { args, allowPositionals: true, strict: true, options: OPTIONS });
  const [, path, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`mops report handbook takes one playbook path; got also ${rest.join(' ')}.`);
  const outDir = values['out-dir'];
  const names = (values.format ?? (outDir === undefined ? 'md' : 'html')).split(',').map((f) => f.trim());
  const bad = names.find((f) => !(HANDBOOK_FORMATS as readonly string[]).includes(f));
  if (bad !== undefined) throw new UsageError(`Unknown handbook format '${bad}'.${didYouMean(nearest(bad, HANDBOOK_FORMATS))} Formats: html and md (pages, with --out-dir), md or json (stdout).`);
  const formats = [...new Set(names as HandbookFormat[])];
  if (outDir !== undefined && formats.includes('json')) throw new UsageError('--out-dir writes the handbook as pages, in html or md; print its data with --format json, without --out-dir.');
  if (outDir === undefined && formats.includes('html')) throw new UsageError('The HTML handbook is a site of several pages: name the folder to write them to with --out-dir DIR (or print Markdown with --format md).');
  if (outDir === undefined && formats.length > 1) throw new UsageError('Without --out-dir the handbook goes to stdout in one format: --format md or --format json.');
  return { paths: path === undefined ? [] : [path], formats, outDir, today: parseToday(values.today) };
}

function shown(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export async function reportHandbook(io: CliIo, args: string[]): Promise<number> {
  const options = parseHandbookArgs(args);
  const { root, targets } = resolvePlaybook(io, 'report handbook', options.paths);
  const workspace = await loadPlaybook(nodeFileSystem(root), { today: options.today, onProgress: progressReporter(io.stderr, 'Reading'), parser: parserFor(io.env, io.stderr) });
  requireSomethingToCheck(workspace, root, options.paths.length > 0 ? options.paths : ['.'], targets, 'report handbook');
  if (configBroken(workspace)) {
    io.stderr.write(`mops: ${CONFIG_FILE} has errors; fix the configuration first (see mops check).\n`);
    return 2;
  }
  const data = buildHandbookData(workspace);
  if (options.outDir === undefined) {
    io.stdout.write(renderHandbook(data, options.formats[0] as 'md' | 'json'));
    return 0;
  }
  const dir = resolve(io.cwd, options.outDir);
  const written: string[] = [];
  for (const format of options.formats as HandbookPageFormat[]) {
    for (const page of handbookPages(data, format)) {
      const file = join(dir, page.file);
      refusePlaybookFile(io.cwd, root, file, (path) => workspace.parsed(path)?.isMops === true);
      writeOutput(io.cwd, file, page.content);
      written.push(page.file);
    }
  }
  io.stdout.write(`Wrote the handbook (${written.length} pages) to ${shown(io.cwd, dir)}; open ${shown(io.cwd, join(dir, `index.${options.formats[0]}`))} to read it.\n`);
  return 0;
}
