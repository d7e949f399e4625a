// The package's own version and folder (where docs/ lives), wherever the bundle runs from.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pkg from '../../package.json';

export const VERSION: string = pkg.version;

declare const __MOPS_BUILD__: string | undefined;

/** The package version and the build's hash of its sources (set by scripts/build.mjs): what a cache is valid for. */
export const BUILD: string = `${pkg.version}+${typeof __MOPS_BUILD__ === 'string' ? __MOPS_BUILD__ : 'dev'}`;

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
