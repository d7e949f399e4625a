// The handbook's content as plain data: the SOPs with their steps, the workflows with their gates, who holds
// each role, and the naming and UTM standards, read once from the playbook (the pages lay it out).

import { peopleOf } from '../../domain/people';
import { reviewOverdue } from '../../domain/review';
import { sopSteps } from '../../domain/sop';
import { namingOf } from '../../domain/naming';
import { utmOf } from '../../domain/utm';
import type { Sop, Workflow } from '../../generated';
import { fields, num, str, strings } from '../../model/readers';
import type { Part } from '../../naming/template';
import { formatDay, parseDay } from '../../text/dates';
import { readable, workflowsOf, type ReportInput } from '../facts';

/** A person as the handbook names them: id and, when the Team gives one, name. */
export interface HandbookPerson {
  id: string;
  name?: string;
}

export interface HandbookStep {
  text: string;
  role?: string;
  /** The people who hold the step's role, in Team order (empty: nobody, which ref/unknown-role reports). */
  holders: HandbookPerson[];
  link?: string;
  doneWhen?: string;
}

export interface HandbookSop {
  id: string;
  title: string;
  area?: string;
  summary?: string;
  owner?: HandbookPerson;
  tools: string[];
  lastReview?: string;
  reviewEveryDays?: number;
  /** The day the next review is due, when the SOP has a cadence. */
  reviewDue?: string;
  /** Whether that day has passed (the verdict of sop/review-overdue). */
  reviewOverdue: boolean;
  steps: HandbookStep[];
  /** The page's file name without its extension (`sop-campaign-intake`). */
  page: string;
}

export interface HandbookStage {
  id: string;
  slaDays?: number;
  gate?: { approverRoles: string[]; approvers: HandbookPerson[]; requires: string[]; checklist: string[] };
}

export interface HandbookWorkflow {
  id: string;
  title: string;
  stages: HandbookStage[];
  tiers: Array<{ tier: number; minLeadDays?: number; maxChannels?: number }>;
  launchStage?: string;
  /** The page's file name without its extension (`workflow-campaign`). */
  page: string;
}

export interface HandbookStandards {
  naming?: {
    targets: Array<{ target: string; pattern: string; maxLength?: number }>;
    /** Token → its dictionary, or the shape its values take (a year, a slug). */
    tokens: Array<{ token: string; values?: string[]; format?: string }>;
  };
  utm?: {
    required: string[];
    params: Array<{ param: string; values?: string[]; naming?: string }>;
    sourceMedium: Array<{ source: string; mediums: string[] }>;
    domains?: string[];
    requireHttps: boolean;
    forbidPii: boolean;
    lowercase: boolean;
    maxUrlLength?: number;
  };
}

export interface HandbookData {
  today: string;
  sops: HandbookSop[];
  workflows: HandbookWorkflow[];
  roles: Array<{ role: string; people: HandbookPerson[] }>;
  standards: HandbookStandards;
}

/**
 * A page's file name (without extension) made from an id: lower-case letters, digits and dashes only, so
 * that no playbook id can name a path, a hidden file or a scheme; unique within the handbook.
 */
export function pageName(prefix: string, id: string, taken: Set<string>): string {
  const slug = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  const base = `${prefix}-${slug || 'page'}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

function tokensOf(parts: readonly Part[], seen: Map<string, { token: string; values?: string[]; format?: string }>): void {
  for (const part of parts) {
    if (part.kind === 'literal' || seen.has(part.token)) continue;
    if (part.kind === 'values') seen.set(part.token, { token: part.token, values: part.values });
    else seen.set(part.token, { token: part.token, format: part.kind === 'date' ? 'date' : part.format });
  }
}

function standardsOf(input: ReportInput): HandbookStandards {
  const naming = namingOf(input.index);
  const utm = utmOf(input.index);
  const tokens = new Map<string, { token: string; values?: string[]; format?: string }>();
  for (const t of naming?.targets.values() ?? []) tokensOf(t.parts, tokens);
  return {
    naming: naming && {
      targets: [...naming.targets.values()].map((t) => ({ target: t.target, pattern: t.pattern, maxLength: t.maxLength })),
      tokens: [...tokens.values()],
    },
    utm: utm && {
      required: utm.required,
      params: [...utm.params].map(([param, rule]) => ({ param, values: rule.values, naming: rule.naming })),
      sourceMedium: [...(utm.sourceMedium ?? [])].map(([source, mediums]) => ({ source, mediums })),
      domains: utm.domains,
      requireHttps: utm.requireHttps,
      forbidPii: utm.forbidPii,
      lowercase: utm.lowercase,
      maxUrlLength: utm.maxUrlLength,
    },
  };
}

/** Builds the handbook's content from a loaded playbook. */
export function buildHandbook(input: ReportInput): HandbookData {
  const people = peopleOf(input.index);
  const person = (id: string): HandbookPerson => ({ id, name: people.byId.get(id)?.name });
  const holders = (role: string) => (people.roles.get(role) ?? []).map(person);
  const taken = new Set<string>(['index', 'standards']);

  const sops = readable(input.workspace, 'Sop')
    .map((doc): HandbookSop => {
      const data = fields<Sop>(doc.value);
      const id = str(data.id) ?? doc.path;
      const last = parseDay(data.last_review);
      const every = num(data.review_every_days);
      const owner = str(data.owner);
      return {
        id,
        title: str(data.title) ?? id,
        area: str(data.area),
        summary: str(data.summary),
        owner: owner === undefined ? undefined : person(owner),
        tools: strings(data.tools).map(([t]) => t),
        lastReview: last === undefined ? undefined : formatDay(last),
        reviewEveryDays: every,
        reviewDue: last !== undefined && every !== undefined ? formatDay(last + every) : undefined,
        reviewOverdue: reviewOverdue(last, every, input.today) !== undefined,
        steps: sopSteps(doc.value).map((s) => ({ text: s.text, role: s.role, holders: s.role ? holders(s.role) : [], link: s.link, doneWhen: s.doneWhen })),
        page: '',
      };
    })
    .sort((a, b) => (a.area ?? '\uffff').localeCompare(b.area ?? '\uffff') || a.title.localeCompare(b.title));
  for (const sop of sops) sop.page = pageName('sop', sop.id, taken);

  const workflows = workflowsOf(input).map((w): HandbookWorkflow => ({
    id: w.id,
    title: str(fields<Workflow>(w.doc.value).title) ?? w.id,
    stages: w.stages.map((s) => ({
      id: s.id,
      slaDays: s.slaDays,
      gate: s.gate && {
        approverRoles: s.gate.approverRoles,
        approvers: [...new Set(s.gate.approverRoles.flatMap((r) => people.roles.get(r) ?? []))].map(person),
        requires: s.gate.requires,
        checklist: s.gate.checklist,
      },
    })),
    tiers: [...w.tiers.values()].sort((a, b) => a.tier - b.tier),
    launchStage: w.launchStage?.id,
    page: pageName('workflow', w.id || 'workflow', taken),
  }));

  const roles = [...people.roles].map(([role, ids]) => ({ role, people: ids.map(person) })).sort((a, b) => a.role.localeCompare(b.role));
  return { today: formatDay(input.today), sops, workflows, roles, standards: standardsOf(input) };
}
