// "Create a playbook"'s request (`mops/scaffold`): the files of a new playbook, as `mops init` writes them, and
// the folder's own .gitignore with the lines it lacks; the client checks the folder and writes them.

import { mergeGitignore, scaffoldPlaybook } from '../../core';
import type { Feature } from '../context';
import { SCAFFOLD_REQUEST, type ScaffoldResult } from '../protocol-brief';
import { onRequest, stringParam } from './common';

const EMPTY: ScaffoldResult = { files: [], gitignore: null };

function scaffoldFiles(params: unknown): ScaffoldResult {
  const record: Record<string, unknown> = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  if ((record.name !== undefined && typeof record.name !== 'string') || (record.gitignore !== undefined && typeof record.gitignore !== 'string')) return EMPTY;
  const name = stringParam(record, 'name');
  const existing = stringParam(record, 'gitignore');
  return {
    files: scaffoldPlaybook({ name: name || undefined }).map((f) => ({ path: f.path, text: f.text })),
    gitignore: existing === undefined ? null : (mergeGitignore(existing) ?? null),
  };
}

export const scaffold: Feature = {
  register(context) {
    onRequest(context, SCAFFOLD_REQUEST, EMPTY, (params: unknown) => scaffoldFiles(params));
  },
};
