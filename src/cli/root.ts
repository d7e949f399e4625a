// Finds the playbook root of a path: the nearest folder at or above it holding mops.config.yaml.

import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE } from '../core';

export function playbookRoot(path: string): string {
  const start = statSync(path).isDirectory() ? path : dirname(path);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
