// The package's own version and folder (where docs/ lives), wherever the bundle runs from.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pkg from '../../package.json';

export const VERSION: string = pkg.version;

/** The installed package's root: the nearest folder above this bundle with mops's package.json. */
export function packageRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg.name) return dir;
      } catch {
        // not ours; keep looking up
      }
    }
    if (dirname(dir) === dir) return start;
  }
}
