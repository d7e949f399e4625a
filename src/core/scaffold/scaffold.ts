// Scaffolds a new playbook repo: a small, complete set of files that checks clean on the day it is made.

import { dayOf, formatDay, parseDay } from '../text/dates';
import { BRIEF, BUDGET, CI, GITIGNORE, README, SOP, TOOL } from './templates-records';
import { POLICIES } from './templates-policies';
import { CONFIG, NAMING, TEAM, UTM, WORKFLOW } from './templates-standards';

export interface ScaffoldOptions {
  /** The team or company the playbook belongs to (`Acme Outdoor`), for the README, the Team and the ids; default none. */
  name?: string;
  /** The day the playbook is made (a day number, see text/dates); dates in the files count from it. Default: the clock's today. */
  today?: number;
}

export interface ScaffoldFile {
  /** Relative to the playbook root, forward slashes. */
  path: string;
  text: string;
}

/** The brief's id slug; the rest of its id comes from its launch date and the convention's tokens. */
const BRIEF_SLUG = 'na-email-welcome-series';
/** Days from the scaffold to the brief gate's planned approval (the brief stage's SLA), launch and end. */
const APPROVED_IN = 5;
const LAUNCH_IN = 19;
const END_IN = 47;

export function scaffoldPlaybook(options: ScaffoldOptions = {}): ScaffoldFile[] {
  const today = options.today ?? dayOf(new Date());
  const name = options.name?.trim().replace(/\s+/g, ' ') ?? '';
  const launch = formatDay(today + LAUNCH_IN);
  const briefId = `${launch.slice(0, 4)}q${Math.floor((Number(launch.slice(5, 7)) - 1) / 3) + 1}-${BRIEF_SLUG}`;
  const budget = budgetPeriod(today);
  const values: Record<string, string> = {
    title: name ? `${name} — marketing-ops playbook` : 'Marketing-ops playbook',
    teamId: slug(name),
    teamDescription: JSON.stringify(name ? `The ${name} marketing team` : 'The marketing team'),
    today: formatDay(today),
    approved: formatDay(today + APPROVED_IN),
    launch,
    end: formatDay(today + END_IN),
    briefId,
    renewal: formatDay(today + 365),
    budgetId: `fy${budget.end.slice(0, 4)}`,
    budgetStart: budget.start,
    budgetEnd: budget.end,
  };
  return [
    { path: 'mops.config.yaml', text: fill(CONFIG, values) },
    { path: 'team.yaml', text: fill(TEAM, values) },
    { path: 'workflows/campaign.yaml', text: fill(WORKFLOW, values) },
    { path: 'conventions/naming.yaml', text: fill(NAMING, values) },
    { path: 'conventions/utm.yaml', text: fill(UTM, values) },
    { path: `budget/${values.budgetId}.yaml`, text: fill(BUDGET, values) },
    { path: 'martech/hubspot.yaml', text: fill(TOOL, values) },
    { path: 'sops/campaign-launch-checklist.yaml', text: fill(SOP, values) },
    { path: `campaigns/${briefId}.yaml`, text: fill(BRIEF, values) },
    ...POLICIES.map((p) => ({ path: `policies/${p.id}.yaml`, text: p.text })),
    { path: 'README.md', text: fill(README, values) },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.github/workflows/mops.yml', text: CI },
  ];
}

/**
 * The scaffold's `.gitignore` merged into one that exists: its lines that the file lacks, appended under
 * a comment; undefined when it has them all. A repository's own ignore file is added to, never replaced.
 */
export function mergeGitignore(existing: string): string | undefined {
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = GITIGNORE.split('\n').filter((l) => l !== '' && !l.startsWith('#') && !have.has(l));
  if (missing.length === 0) return undefined;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const gap = existing === '' ? '' : existing.endsWith('\n') ? eol : `${eol}${eol}`;
  return `${existing}${gap}${IGNORE_COMMENT}${eol}${missing.join(eol)}${eol}`;
}

const IGNORE_COMMENT = GITIGNORE.split('\n')[0];

/** Twelve months from the first of the scaffold's month: a budget year that holds the brief's launch. */
function budgetPeriod(today: number): { start: string; end: string } {
  const start = `${formatDay(today).slice(0, 7)}-01`;
  const nextYear = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
  return { start, end: formatDay(parseDay(nextYear)! - 1) };
}

/** A lowercase id made of the name's letters and digits, for the Team, convention and standard ids. */
function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'marketing';
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`scaffold template names an unknown value {{${key}}}`);
    return values[key];
  });
}
