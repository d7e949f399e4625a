// The official SARIF validator (the SARIF Multitool, from npm), as the tests run it.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, tempPlaybook } from '../../helpers';

export const MULTITOOL = join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
export const SARIF_SCHEMA = join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json');

/**
 * The Multitool tries to reach github.com while it validates (strace shows its DNS queries); with no network it
 * waits out the resolver, about 15 s a run here. A proxy on a closed local port makes that attempt fail at
 * once: its errors and warnings are the same (compared on a valid and a broken log), in about 1.5 s.
 */
const OFFLINE = { ...process.env, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '' };

/** The errors and warnings the official SARIF validator reports for a log. */
export function sarifValidator(log: string): { errors: string[]; warnings: string[] } {
  const dir = tempPlaybook({ 'log.sarif': log });
  const printed = execFileSync(MULTITOOL, ['validate', join(dir, 'log.sarif'), '-o', join(dir, 'validation.sarif')], { encoding: 'utf8', env: OFFLINE });
  assert.match(printed, /1 files scanned/);
  const lines = printed.split('\n');
  return { errors: lines.filter((l) => /: error /.test(l)), warnings: lines.filter((l) => /: warning /.test(l)) };
}
