// A playbook read through the client (`mops/fs`, src/lsp/protocol.ts): for a server in a browser worker, which
// can read nothing itself, and for schemes its own file system does not know (a virtual workspace). Every
// answer is checked before the core sees it: a client's mistake is a missing file, never a crash.

import type { Connection } from 'vscode-languageserver';
import { fromBase64, type DirEntry, type PlaybookFileSystem } from '../core';
import { FS_REQUEST, type FsParams } from './protocol';
import { childUri, parseUri } from './uris';

const TYPES = new Set(['file', 'directory', 'symlink', 'other']);

function entries(answer: unknown): DirEntry[] {
  if (!Array.isArray(answer)) throw new Error('the client did not list the folder');
  return answer.flatMap((e): DirEntry[] => {
    if (typeof e !== 'object' || e === null) return [];
    const { name, type, size } = e as { name?: unknown; type?: unknown; size?: unknown };
    if (typeof name !== 'string' || name === '' || name.includes('/') || typeof type !== 'string' || !TYPES.has(type)) return [];
    return [{ name, type: type as DirEntry['type'], ...(typeof size === 'number' && size >= 0 ? { size } : {}) }];
  });
}

/** The core's file system for a root URI, answered by the client. */
export function clientFileSystem(connection: Connection, rootUri: string): PlaybookFileSystem | undefined {
  const root = parseUri(rootUri);
  if (!root) return undefined;
  const ask = (op: FsParams['op'], path: string): Promise<unknown> => connection.sendRequest(FS_REQUEST, { op, uri: childUri(root, path) } satisfies FsParams);
  return {
    async readDirectory(path) {
      return entries(await ask('readDirectory', path));
    },
    async readFile(path) {
      const answer = await ask('readFile', path);
      const base64 = typeof answer === 'object' && answer !== null ? (answer as { base64?: unknown }).base64 : undefined;
      if (typeof base64 !== 'string') throw new Error(`the client did not read ${path}`);
      return fromBase64(base64);
    },
    async exists(path) {
      return (await ask('exists', path)) === true;
    },
  };
}
