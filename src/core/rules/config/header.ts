// config/header: `mops.config.yaml` holds no Config document, so none of its settings are read.

import { CONFIG_FILE } from '../../config/config';
import { API_VERSION } from '../../model/kinds';
import type { ParsedFile } from '../../model/parse';
import type { Fix, Range } from '../../model/types';
import { KIND_SCHEMAS } from '../../schema/schemas';
import type { FileRule } from '../../engine/rule';

const HEADER = `apiVersion: ${API_VERSION}\nkind: Config`;
const CONFIG_KEYS = new Set(Object.keys((KIND_SCHEMAS.Config as { properties?: object }).properties ?? {}));

/** The file's first line that is neither blank nor a comment (where the header belongs), else line 1. */
function firstLine(file: ParsedFile): Range {
  const lines = file.text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (line === -1) return { start: { line: 0, character: 0 }, end: { line: 0, character: Math.max(1, lines[0].length) } };
  const text = lines[line];
  const start = text.length - text.trimStart().length;
  const colon = text.indexOf(':', start);
  return { start: { line, character: start }, end: { line, character: colon > start ? colon : text.trimEnd().length } };
}

/**
 * The header written above the file's settings, when that is all it lacks: the file is empty (or only
 * comments), or one block mapping whose every top-level key is a Config setting. Anything else would still
 * not be a valid Config after the fix, so none is offered. Read line by line (a config is small, and a
 * line scan cannot be made slow), the header going after the leading comments, before the first setting.
 */
function headerFix(file: ParsedFile): Fix | undefined {
  const text = file.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  let first = -1;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (line.startsWith(' ') || line.startsWith('\t') || line.startsWith('-')) {
      if (first === -1) return undefined; // not a mapping at the top
      continue;
    }
    const key = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(line)?.[1];
    if (key === undefined || !CONFIG_KEYS.has(key) || key === 'apiVersion' || key === 'kind') return undefined;
    if (first === -1) first = i;
  }
  const header = `${HEADER.replace('\n', eol)}${eol}`;
  const title = `Add the header '${HEADER.replace('\n', ', ')}'`;
  if (first === -1) {
    const end = file.lines.position(text.length);
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return { title, edits: [{ range: { start: end, end }, newText: `${lead}${header}` }] };
  }
  const at = { line: first, character: 0 };
  return { title, edits: [{ range: { start: at, end: at }, newText: header }] };
}

const rule: FileRule = {
  id: 'config/header',
  severity: 'error',
  description: `${CONFIG_FILE} holds no Config document (apiVersion ${API_VERSION}, kind Config), so none of its settings are read.`,
  scope: 'file',
  check({ path, file, report }) {
    if (path !== CONFIG_FILE || !file) return;
    // A mops document that is not a Config (or a near miss of one) has findings of its own that say so.
    if (file.documents.some((d) => d.kind !== undefined && d.kind.toLowerCase() === 'config')) return;
    const empty = file.text.split(/\r?\n/).every((l) => l.trim() === '' || l.trimStart().startsWith('#'));
    const fix = headerFix(file);
    report({
      message: empty
        ? `${CONFIG_FILE} is empty, so the playbook is checked with the default settings. Write its header ('apiVersion: ${API_VERSION}' and 'kind: Config') and the settings you want, or delete the file.`
        : `${CONFIG_FILE} has no 'apiVersion: ${API_VERSION}' and 'kind: Config' header, so none of its settings (rules, include, today…) are read. Add the header as its first lines.`,
      range: firstLine(file),
      fixes: fix ? [fix] : [],
    });
  },
};

export default rule;
