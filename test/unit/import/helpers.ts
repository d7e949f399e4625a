// A fresh playbook as `mops init` writes it, its day pinned, for the import tests to import into.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDay, scaffoldPlaybook } from '../../../src/core';
import { ROOT, tempPlaybook } from '../../helpers';

export const SPREADSHEETS = join(ROOT, 'examples', 'spreadsheets');
export const TODAY = '2026-12-01';

/** A scaffolded playbook (plus `files`) in a temporary folder, with `today` pinned in its config. */
export function initPlaybook(files: Record<string, string | Uint8Array> = {}): string {
  const scaffold = Object.fromEntries(scaffoldPlaybook({ today: parseDay(TODAY)!, name: 'Acme' }).map((f) => [f.path, f.path === 'mops.config.yaml' ? f.text.replace(/^# today: .*$/m, `today: ${TODAY}`) : f.text]));
  return tempPlaybook({ ...scaffold, ...files });
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** The row entries of the text report: `Row N: …` with the lines under it. */
export function rowsOf(stdout: string): Map<number, string> {
  const rows = new Map<number, string>();
  for (const block of stdout.split(/\n(?=Row \d+: )/)) {
    const m = /^Row (\d+): ([\s\S]*)$/.exec(block.trim());
    if (m) rows.set(Number(m[1]), m[2].split('\n\n')[0]);
  }
  return rows;
}
