// Where the playbooks of the client's folders are: each folder with a mops.config.yaml below it (nested ones
// too), or the folder itself when it has none.

import { CONFIG_FILE, compileGlob, discover } from '../core';
import type { FileSystemFactory } from './context';
import { childUri, parseUri } from './uris';

/** Where playbook roots are looked for below a workspace folder, and what is never walked. */
const CONFIG_GLOB = compileGlob(`**/${CONFIG_FILE}`);
const NEVER_WALKED = compileGlob('**/node_modules/**');

export interface Root {
  uri: string;
  /** Whether it has a mops.config.yaml. */
  configured: boolean;
}

export async function findRoots(folders: readonly string[], fileSystem: FileSystemFactory, log: (message: string) => void): Promise<Root[]> {
  const roots: Root[] = [];
  for (const folder of folders) {
    const fs = fileSystem(folder);
    const parsed = parseUri(folder);
    if (!fs || !parsed) {
      log(`mops: cannot read ${folder}: its scheme is not one this server reads, and the client does not offer its file system`);
      continue;
    }
    const configs = await discover(fs, [CONFIG_GLOB], [NEVER_WALKED]).catch(() => []);
    if (configs.length === 0) roots.push({ uri: childUri(parsed, ''), configured: false });
    for (const config of configs) {
      const dir = config.path.includes('/') ? config.path.slice(0, config.path.lastIndexOf('/')) : '';
      if (config.entry.type === 'file') roots.push({ uri: childUri(parsed, dir), configured: true });
    }
  }
  return roots;
}
