// The team policies that `mops rules` and `mops explain` show beside the built-in rules: those of the playbook
// a path names, or of the playbook the working folder is in (a mops.config.yaml at or above it).

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, loadPlaybook, policyRules, type PlaybookRule } from '../core';
import { UsageError, type CliIo } from './io';
import { nodeFileSystem } from './node-fs';
import { playbookRoot } from './root';

export async function policiesAt(io: CliIo, path: string | undefined): Promise<{ root?: string; policies: PlaybookRule[] }> {
  const target = resolve(io.cwd, path ?? '.');
  if (path !== undefined && !existsSync(target)) throw new UsageError(`No such file or folder: ${path}`);
  const root = playbookRoot(target);
  if (path === undefined && !existsSync(join(root, CONFIG_FILE))) return { policies: [] };
  const workspace = await loadPlaybook(nodeFileSystem(root));
  return { root, policies: policyRules(workspace) };
}
