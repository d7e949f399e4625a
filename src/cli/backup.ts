// What stands at a path, and a free name to keep a file under before it is replaced: shared by mops init's
// scaffold and its pre-commit hook, which never write over a file without keeping it first.

import { lstatSync, type Stats } from 'node:fs';

/** What is at a path, without following a link; undefined when nothing is (or a file stands where a folder would). */
export function stat(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** `team.yaml.bak`, or `team.yaml.bak.1`, `.2`, … when taken: a name no file has yet (and no check reads). */
export function backupName(target: string, path: string): string {
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '.bak' : `.bak.${n}`;
    if (!stat(`${target}${suffix}`)) return `${path}${suffix}`;
  }
}
