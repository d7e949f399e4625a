// Real git repositories in temporary folders, holding a copy of the reference playbook, for the pull-request tests.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTree, REFERENCE, tempPlaybook } from '../../helpers';

export const FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';
export const SCHOOL = 'campaigns/2026q3-na-search-back-to-school.yaml';
export const TOOL_SOP = 'sops/new-tool-request.yaml';

/** An identity and settings of our own, so that no user or system git configuration changes the outcome. */
const GIT_OPTIONS = ['-c', 'user.name=mops test', '-c', 'user.email=mops@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false'];

export interface Repo {
  /** The repository's top folder. */
  top: string;
  /** The playbook root: the top, or a folder inside it. */
  root: string;
  git(...args: string[]): string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replaces `from` (which must occur) by `to` in a playbook file. */
  edit(path: string, from: string, to: string): void;
  remove(path: string): void;
  move(from: string, to: string): void;
  /** Commits everything in the working tree. */
  commit(message: string): void;
  /** 1-based line of the first line of a playbook file that contains `needle`. */
  lineOf(path: string, needle: string): number;
}

/**
 * A repository whose first commit (tagged `base`) holds the reference playbook, changed by `atBase` first, and
 * whose working tree is on the branch `change`. With `sub`, the playbook sits in that folder of the repository.
 */
export function playbookRepo(atBase: (repo: Repo) => void = () => undefined, sub = ''): Repo {
  const top = tempPlaybook({});
  const root = sub ? join(top, sub) : top;
  for (const [path, text] of Object.entries(readTree(REFERENCE))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const abs = (path: string) => join(root, ...path.split('/'));
  const repo: Repo = {
    top,
    root,
    git: (...args) => execFileSync('git', [...GIT_OPTIONS, ...args], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'] }).toString(),
    read: (path) => readFileSync(abs(path), 'utf8'),
    write(path, text) {
      mkdirSync(dirname(abs(path)), { recursive: true });
      writeFileSync(abs(path), text);
    },
    edit(path, from, to) {
      const text = repo.read(path);
      if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
      repo.write(path, text.replace(from, to));
    },
    remove: (path) => rmSync(abs(path)),
    move(from, to) {
      mkdirSync(dirname(abs(to)), { recursive: true });
      renameSync(abs(from), abs(to));
    },
    commit(message) {
      repo.git('add', '-A');
      repo.git('commit', '-q', '--allow-empty', '-m', message);
    },
    lineOf: (path, needle) => repo.read(path).split('\n').findIndex((l) => l.includes(needle)) + 1,
  };
  repo.git('init', '-q');
  atBase(repo);
  repo.commit('base');
  repo.git('tag', 'base');
  repo.git('checkout', '-q', '-b', 'change');
  return repo;
}

export interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  message: string;
  range: { start: { line: number; character: number } };
}

export interface JsonReport {
  findings: JsonFinding[];
  summary: { files: number; errors: number; warnings: number; infos: number; changedFiles?: number; new?: number; unchanged?: number };
}

export const report = (stdout: string) => JSON.parse(stdout) as JsonReport;

/** `file:line:rule` (1-based), the compact form the tests compare. */
export const places = (stdout: string) => report(stdout).findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`);
