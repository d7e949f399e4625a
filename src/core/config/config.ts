// The playbook's settings from `mops.config.yaml`, with defaults, as every surface reads them.

import { compileGlob, GlobError, matchGlob, type Glob } from './glob';
import { parseDay } from '../text/dates';
import type { Severity, SeveritySetting } from '../model/types';
import { resolveCalendar, type CalendarSettings } from './calendar';

export const CONFIG_FILE = 'mops.config.yaml';

export interface ResolvedConfig {
  /** `today` from the file, as a day number; `--today` and the clock come in at check time. */
  today?: number;
  include: Glob[];
  exclude: Glob[];
  /** Rule id or `prefix/*` → setting; the most specific entry wins. */
  rules: Map<string, SeveritySetting>;
  martech: { lowUtilizationBelow: number; renewalWarningDays: number };
  limits: { maxFileBytes: number };
  reports: { outDir: string; launchWindowDays: number; renewalWindowDays: number };
  /** Blackouts and clash limits; undefined without a `calendar` section (no calendar rule fires). */
  calendar?: CalendarSettings;
}

export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];
export const DEFAULT_EXCLUDE = ['node_modules/**', '.git/**'];

const SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The most a playbook may raise its size limit to: a repo is untrusted, and parsing costs memory (about 200 times a file's size at worst). */
export const MAX_FILE_BYTES_CEILING = 8 * 1024 * 1024;

function numberOr(value: unknown, fallback: number, min = 0, max = Infinity): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/** Globs that compile; a bad one is skipped here and reported by the `config/bad-glob` rule. */
function globs(value: unknown, fallback: string[]): Glob[] {
  const sources = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
  const out: Glob[] = [];
  for (const source of sources) {
    try {
      out.push(compileGlob(source));
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
    }
  }
  return out;
}

/**
 * Reads a Config document's data leniently: well-formed settings are used, malformed ones fall back
 * to defaults (the schema rules report them), so one typo never stops the whole check.
 */
export function resolveConfig(data: unknown): ResolvedConfig {
  const raw = isRecord(data) ? data : {};
  const martech = isRecord(raw.martech) ? raw.martech : {};
  const limits = isRecord(raw.limits) ? raw.limits : {};
  const reports = isRecord(raw.reports) ? raw.reports : {};
  const rules = new Map<string, SeveritySetting>();
  if (isRecord(raw.rules)) {
    for (const [id, setting] of Object.entries(raw.rules)) {
      if (SETTINGS.includes(setting as SeveritySetting)) rules.set(id, setting as SeveritySetting);
    }
  }
  return {
    today: parseDay(raw.today),
    include: globs(raw.include, DEFAULT_INCLUDE),
    exclude: globs(raw.exclude, DEFAULT_EXCLUDE),
    rules,
    martech: {
      lowUtilizationBelow: numberOr(martech.low_utilization_below, 0.6, 0, 1),
      renewalWarningDays: numberOr(martech.renewal_warning_days, 30),
    },
    limits: { maxFileBytes: Math.min(numberOr(limits.max_file_bytes, 1024 * 1024, 1), MAX_FILE_BYTES_CEILING) },
    reports: {
      outDir: typeof reports.out_dir === 'string' && insidePlaybook(reports.out_dir) ? reports.out_dir : 'reports',
      launchWindowDays: numberOr(reports.launch_window_days, 14),
      renewalWindowDays: numberOr(reports.renewal_window_days, 90),
    },
    calendar: resolveCalendar(raw.calendar),
  };
}

/**
 * A relative folder with no `..`: the only report folders a playbook may name, since a playbook repo is
 * untrusted and must not make mops write elsewhere (the schema's pattern on `out_dir` reports the others).
 */
export function insidePlaybook(folder: string): boolean {
  if (folder === '' || /^([a-z]:|[\\/~])/i.test(folder)) return false;
  return !folder.split(/[\\/]/).includes('..');
}

/** The severity a rule runs at: its exact id, else the longest matching `prefix/*`, else its default. */
export function severityFor(config: ResolvedConfig, ruleId: string, fallback: Severity): SeveritySetting {
  const exact = config.rules.get(ruleId);
  if (exact) return exact;
  let best: SeveritySetting | undefined;
  let bestLength = -1;
  for (const [pattern, setting] of config.rules) {
    if (!pattern.endsWith('/*')) continue;
    const prefix = pattern.slice(0, -1);
    if (ruleId.startsWith(prefix) && prefix.length > bestLength) {
      best = setting;
      bestLength = prefix.length;
    }
  }
  return best ?? fallback;
}

/**
 * Whether the config's include and exclude globs select a path of the playbook (the config itself always; never
 * anything under `.git`): what the loader reads, and what an editor takes in when a file appears.
 */
export function selectsPath(config: ResolvedConfig, path: string): boolean {
  if (path === CONFIG_FILE) return true;
  if (path.split('/').includes('.git')) return false;
  return config.include.some((g) => matchGlob(g, path)) && !config.exclude.some((g) => matchGlob(g, path));
}
