// The checked playbook: files, their parses, the document index, and findings kept current per file.

import { CONFIG_FILE, resolveConfig, type ResolvedConfig } from '../config/config';
import { API_VERSION } from '../model/kinds';
import { parseFile, type ParsedDocument, type ParsedFile } from '../model/parse';
import type { Finding, Severity } from '../model/types';
import type { DocumentRule, FileRule, Rule } from './rule';
import { dayOf } from '../text/dates';
import { withSuggestionBudget } from '../text/distance';
import { allKey, DocumentIndex, idKey, type IndexView } from './index-view';
import { toFindings } from './findings';
import { LazyText, type FileContent } from './content';
import { builtinRules } from './registry';
import { runRules } from './run-rules';

interface FileState {
  content: FileContent;
  parsed?: ParsedFile;
  /** Dependency keys the last check of this file read (as a cache gave them, for a seeded file). */
  deps: ReadonlySet<string> | readonly string[];
  findings?: Finding[];
}

export interface WorkspaceOptions {
  /** Overrides `Config.today` and the clock (the CLI's `--today`). */
  today?: number;
  clock?: () => Date;
  rules?: readonly Rule[];
}

/**
 * Candidate comparisons for "did you mean" per file check: thousands of unknown references against a
 * register of hundreds are all answered; a hostile file pairing 100,000 of each stops suggesting.
 */
const SUGGESTION_BUDGET = 2_000_000;

function docKeys(parsed: ParsedFile | undefined): string[] {
  const keys: string[] = [];
  for (const doc of parsed?.documents ?? []) {
    if (!doc.kind) continue;
    keys.push(allKey(doc.kind));
    if (doc.id !== undefined) keys.push(idKey(doc.kind, doc.id));
  }
  return keys;
}

export class Workspace {
  private readonly files = new Map<string, FileState>();
  private readonly index = new DocumentIndex();
  /** Dependency key → the files whose last check read it. */
  private readonly dependents = new Map<string, Set<string>>();
  /**
   * Files seeded since `dependents` was last brought up to date: a cached check seeds ten thousand files and
   * may change none after, so their keys are entered only when a change first needs them.
   */
  private unregistered: string[] = [];
  private readonly rules: readonly Rule[];
  private readonly defaults: Map<string, Severity>;
  private readonly fileRules: FileRule[];
  private readonly documentRules: DocumentRule[];
  private resolved: ResolvedConfig = resolveConfig(undefined);

  constructor(private readonly options: WorkspaceOptions = {}) {
    const rules = options.rules ?? builtinRules();
    this.rules = rules;
    this.defaults = new Map(rules.map((r) => [r.id, r.severity]));
    this.fileRules = rules.filter((r): r is FileRule => r.scope === 'file');
    this.documentRules = rules.filter((r): r is DocumentRule => r.scope === 'document');
  }

  get config(): ResolvedConfig {
    return this.resolved;
  }

  get today(): number {
    return this.options.today ?? this.resolved.today ?? dayOf((this.options.clock ?? (() => new Date()))());
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  parsed(path: string): ParsedFile | undefined {
    return this.files.get(path)?.parsed;
  }

  /** Every mops document of a kind, in file order. */
  documents(kind: string): readonly ParsedDocument[] {
    return this.index.all(kind);
  }

  /** The document index for readers outside a check (completion, hover, commands): reads are not tracked. */
  view(): IndexView {
    return this.index.view(new Set());
  }

  /** Adds or replaces a file; returns the files whose findings may have changed, itself included. */
  set(path: string, content: FileContent): string[] {
    this.registerSeeded();
    const old = this.files.get(path);
    const parsed = content.type === 'text' ? (content.parsed ?? parseFile(path, content.text)) : undefined;
    // The parse is held once, by the state; a lazy text stays unread.
    if (content.type === 'text' && content.parsed) {
      if (content instanceof LazyText) content.parsed = undefined;
      else content = { type: 'text', text: content.text };
    }
    if (old?.parsed) this.index.remove(old.parsed.documents);
    if (parsed) this.index.add(parsed.documents);
    this.forgetDeps(path, old);
    this.files.set(path, { content, parsed, deps: [] });
    if (path === CONFIG_FILE) return this.reconfigure();
    // No check has read anything yet (a playbook being loaded): the file alone is affected.
    if (this.dependents.size === 0) return [path];
    return this.invalidate(path, [...docKeys(old?.parsed), ...docKeys(parsed)]);
  }

  /** Removes a file; returns the files whose findings may have changed (not the removed one). */
  delete(path: string): string[] {
    this.registerSeeded();
    const old = this.files.get(path);
    if (!old) return [];
    if (old.parsed) this.index.remove(old.parsed.documents);
    this.forgetDeps(path, old);
    this.files.delete(path);
    if (path === CONFIG_FILE) return this.reconfigure();
    return this.invalidate(path, docKeys(old.parsed)).filter((p) => p !== path);
  }

  /**
   * The findings `path` would have if it held `text`, with the rest of the workspace as it is; the
   * workspace is left as it was (a command checks an edit before making it).
   */
  findingsIf(path: string, text: string): Finding[] {
    this.registerSeeded();
    const old = this.files.get(path);
    if (path === CONFIG_FILE) {
      this.set(path, { type: 'text', text });
      const findings = this.findings(path);
      if (old) this.set(path, old.content);
      else this.delete(path);
      return findings;
    }
    this.set(path, { type: 'text', text });
    const findings = this.findings(path);
    const trial = this.files.get(path) as FileState;
    if (trial.parsed) this.index.remove(trial.parsed.documents);
    this.forgetDeps(path, trial);
    if (old) {
      if (old.parsed) this.index.add(old.parsed.documents);
      this.files.set(path, { content: old.content, parsed: old.parsed, deps: [] });
    } else {
      this.files.delete(path);
    }
    this.invalidate(path, [...docKeys(trial.parsed), ...docKeys(old?.parsed)]);
    return findings;
  }

  /**
   * Adds or replaces a file and returns the new findings of every file that may have changed: the one
   * the editor needs after a keystroke or a save.
   */
  update(path: string, content: FileContent): Map<string, Finding[]> {
    return new Map(this.set(path, content).map((p) => [p, this.findings(p)]));
  }

  /** Removes a file and returns the new findings of the files that depended on it. */
  remove(path: string): Map<string, Finding[]> {
    return new Map(this.delete(path).map((p) => [p, this.findings(p)]));
  }

  findings(path: string): Finding[] {
    const state = this.files.get(path);
    if (!state) return [];
    if (!state.findings) {
      state.findings = this.check(path, state);
      // Positions are needed again only for a completion, a hover or an edit: the AST may go until then.
      state.parsed?.release();
    }
    return state.findings;
  }

  /** What the workspace holds for a file: its text (or why it is not read). */
  content(path: string): FileContent | undefined {
    return this.files.get(path)?.content;
  }

  /** The dependency keys the file's last check read (what makes it be checked again). */
  dependencies(path: string): string[] {
    return [...(this.files.get(path)?.deps ?? [])];
  }

  /**
   * Findings of a file computed before from the same contents (a cache), with the keys that check read, so
   * that later changes invalidate them as if they had been computed here.
   */
  seed(path: string, findings: Finding[], deps: readonly string[]): void {
    const state = this.files.get(path);
    if (!state) return;
    this.registerSeeded();
    this.forgetDeps(path, state);
    state.deps = deps;
    state.findings = findings;
    this.unregistered.push(path);
  }

  /** Enters the keys of the files seeded since the last time into `dependents`. */
  private registerSeeded(): void {
    if (this.unregistered.length === 0) return;
    for (const path of this.unregistered) {
      const state = this.files.get(path);
      if (state) this.register(path, state.deps);
    }
    this.unregistered = [];
  }

  private register(path: string, deps: Iterable<string>): void {
    for (const key of deps) {
      let set = this.dependents.get(key);
      if (!set) this.dependents.set(key, (set = new Set()));
      set.add(path);
    }
  }

  allFindings(): Finding[] {
    return this.paths().flatMap((path) => this.findings(path));
  }

  private reconfigure(): string[] {
    // A Config of another apiVersion is not read: its rules would apply settings mops cannot check.
    const config = this.files.get(CONFIG_FILE)?.parsed?.documents.find((d) => d.kind === 'Config' && d.apiVersion === API_VERSION);
    this.resolved = resolveConfig(config?.value);
    for (const state of this.files.values()) state.findings = undefined;
    return this.paths();
  }

  private invalidate(path: string, keys: string[]): string[] {
    const affected = new Set<string>([path]);
    for (const key of keys) for (const dependent of this.dependents.get(key) ?? []) affected.add(dependent);
    for (const p of affected) {
      const state = this.files.get(p);
      if (state) state.findings = undefined;
    }
    return [...affected].sort();
  }

  private forgetDeps(path: string, state: FileState | undefined): void {
    for (const key of state?.deps ?? []) this.dependents.get(key)?.delete(path);
  }

  private check(path: string, state: FileState): Finding[] {
    return withSuggestionBudget(SUGGESTION_BUDGET, () => this.checkFile(path, state));
  }

  private checkFile(path: string, state: FileState): Finding[] {
    // Seeded files waiting to be entered need not be: a seeded file is checked only after a change cleared
    // its findings, and every change enters them first; entering reads each file's keys as they are then.
    this.forgetDeps(path, state);
    const deps = new Set<string>();
    const { parsed, content } = state;
    const problems = runRules(
      { path, content, parsed },
      { fileRules: this.fileRules, documentRules: this.documentRules, rules: this.rules, config: this.resolved, today: this.today, index: () => this.index.view(deps) },
    );
    state.deps = deps;
    this.register(path, deps);
    return toFindings(path, parsed, problems, this.resolved, this.defaults);
  }
}
