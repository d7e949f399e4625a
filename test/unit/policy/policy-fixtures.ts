// Shared by the tests of the policies mops ships (the cookbook of docs/policies.md and examples/acme/policies):
// fixtures laid over a whole playbook, their `# expect: RULE` markers, and findings as the cookbook shows them.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { Workspace, type Finding } from '../../../src/core';
import { readTree } from '../../helpers';

const MARKER = /#\s*expect:\s*([\w/*-]+(?:\s*,\s*[\w/*-]+)*)\s*$/;

/** A fixture's files: `base.yaml` alone (as `fixture.yaml`), or a folder whose files overlay the playbook. */
export function fixtureFiles(base: string): Record<string, string> | undefined {
  if (existsSync(`${base}.yaml`)) return { 'fixture.yaml': readFileSync(`${base}.yaml`, 'utf8') };
  if (existsSync(base) && statSync(base).isDirectory()) return readTree(base);
  return undefined;
}

/** `file:line:rule` of every `# expect:` marker (a marker alone on its line is about the next line). */
export function expectations(files: Record<string, string>): string[] {
  const expected: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    text.split('\n').forEach((line, i) => {
      const match = MARKER.exec(line);
      if (!match) return;
      const target = line.trimStart().startsWith('#') ? i + 1 : i;
      for (const rule of match[1].split(',')) expected.push(`${path}:${target + 1}:${rule.trim()}`);
    });
  }
  return expected.sort();
}

/** The playbook in `dir` with `files` laid over it, checked as of its own config's day. */
export function workspaceOver(dir: string, files: Record<string, string>): Workspace {
  const all = { ...readTree(dir), ...files };
  const ws = new Workspace({ clock: () => new Date('2026-11-20T12:00:00Z') });
  ws.set('mops.config.yaml', { type: 'text', text: all['mops.config.yaml'] });
  for (const [path, text] of Object.entries(all)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

export function checked(ws: Workspace): Finding[] {
  return ws.allFindings();
}

/** `file:line:rule`, sorted: what fixture markers say. */
export function marked(findings: Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`).sort();
}

/** A finding as the cookbook shows it: `file:line:column  severity  rule  message`. */
export function shown(f: Finding): string {
  return `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.rule}  ${f.message}`;
}
