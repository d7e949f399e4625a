// Fills a snippet's playbook lookups from the open playbook: `${4:@person}` becomes a choice of the Team's
// people, `${2:@today}` the playbook's today, `${1:@gate}` the gate the brief must pass next. A snippet
// carries no company's values of its own, so it fits any playbook it is used in.

import { readBrief } from '../domain/brief';
import { allocationsOf } from '../domain/budget';
import { gateActors } from '../domain/gates';
import { namingOf } from '../domain/naming';
import { peopleOf } from '../domain/people';
import { utmOf } from '../domain/utm';
import type { IndexView } from '../engine/index-view';
import type { Part } from '../naming/template';
import { rec, str, type Data } from '../model/readers';
import { formatDay, parseDay } from '../text/dates';

export interface FillContext {
  index: IndexView;
  /** The playbook's today (a day number). */
  today: number;
  /** The data of the document the snippet goes into (a brief's id, stage and workflow), as far as it reads. */
  data: Data;
}

/** What each lookup offers (first: the default), and the word written when the playbook has nothing to offer. */
type Lookup = (ctx: FillContext, days: number) => string[];

const unique = (values: Iterable<string>) => [...new Set(values)];

/** The gate a brief must pass next: its current stage's, else the first earlier one with no approved decision. */
function nextGate(ctx: FillContext) {
  const state = readBrief(ctx.data, ctx.index);
  const { workflow, stage } = state;
  if (!workflow) return undefined;
  const approved = new Set(state.approvals.filter((a) => a.status === 'approved').map((a) => a.gate));
  const upTo = stage ? workflow.stages.slice(0, stage.index + 1) : workflow.stages;
  return upTo.find((s) => s.gate && !approved.has(s.id) && s !== stage) ?? (stage?.gate ? stage : workflow.stages.find((s) => s.gate));
}

/** A name that fits a naming target: each token's first allowed value, `offer` for a slug, today's year. */
function sampleName(parts: Part[], today: number): string {
  return parts
    .map((p) => {
      if (p.kind === 'literal') return p.text;
      if (p.kind === 'values') return p.values[0] ?? p.token;
      if (p.kind === 'date') return formatDay(today).replace(/-/g, '');
      if (p.format === 'year') return formatDay(today).slice(0, 4);
      return p.format === 'number' ? '1'.padStart(p.minLength, '0') : 'offer'.padEnd(p.minLength, 'x');
    })
    .join('');
}

/** The twelve months after the playbook's last Budget (or from the first of this month, with none). */
function nextBudget(ctx: FillContext): { id: string; start: string; end: string } {
  const ends = ctx.index.all('Budget').map((d) => parseDay(rec(rec(d.value).period).end)).filter((d): d is number => d !== undefined);
  const start = ends.length > 0 ? formatDay(Math.max(...ends) + 1) : `${formatDay(ctx.today).slice(0, 7)}-01`;
  const next = parseDay(`${Number(start.slice(0, 4)) + 1}${start.slice(4)}`) ?? parseDay(start)! + 365;
  const end = formatDay(next - 1);
  const taken = new Set(ctx.index.all('Budget').map((d) => d.id));
  let id = `fy${end.slice(0, 4)}`;
  for (let n = 2; taken.has(id); n++) id = `fy${end.slice(0, 4)}-${n}`;
  return { id, start, end };
}

const LOOKUPS: Record<string, Lookup> = {
  person: (ctx) => unique(peopleOf(ctx.index).entries.map((p) => p.id)),
  role: (ctx) => [...peopleOf(ctx.index).roles.keys()],
  approver: (ctx) => {
    const gate = nextGate(ctx)?.gate;
    const people = peopleOf(ctx.index);
    // Whoever is expected to approve today first: a delegate before the away holder they act for.
    return gate && gate.approverRoles.length > 0 ? gateActors(gate, ctx.today, people).map((a) => a.id) : LOOKUPS.person(ctx, 0);
  },
  gate: (ctx) => {
    const next = nextGate(ctx);
    return next ? [next.id] : [];
  },
  checklist: (ctx) => [(nextGate(ctx)?.gate?.checklist ?? []).join(', ')],
  // The stage a new history entry records: the brief's stage when the history does not end there yet (it was
  // just changed), else the stage after it.
  'entered-stage': (ctx) => {
    const { workflow, stage, history } = readBrief(ctx.data, ctx.index);
    if (stage && history[history.length - 1]?.stage !== stage.id) return [stage.id];
    const next = workflow && stage ? workflow.stages[stage.index + 1] : workflow?.stages[0];
    return next ? [next.id] : [];
  },
  program: (ctx) => {
    const entries = [...allocationsOf(ctx.index).entries()];
    const open = entries.filter(([, list]) => list.some((a) => (a.start ?? -Infinity) <= ctx.today && ctx.today <= (a.end ?? Infinity)));
    return unique([...open, ...entries].map(([id]) => id));
  },
  tool: (ctx) => unique(ctx.index.all('Tool').flatMap((d) => (d.id ? [d.id] : []))),
  currency: (ctx) => unique(ctx.index.all('Budget').flatMap((d) => str(rec(d.value).currency) ?? [])),
  today: (ctx, days) => [formatDay(ctx.today + days)],
  domain: (ctx) => utmOf(ctx.index)?.domains ?? [],
  source: (ctx) => utmOf(ctx.index)?.params.get('utm_source')?.values ?? [],
  medium: (ctx) => {
    const utm = utmOf(ctx.index);
    const all = utm?.params.get('utm_medium')?.values ?? [];
    const source = LOOKUPS.source(ctx, 0)[0];
    // The mediums the default source may be paired with come first, so the defaults make an allowed pair.
    const paired = source !== undefined ? (utm?.sourceMedium?.get(source) ?? []) : [];
    return unique([...paired.filter((m) => all.length === 0 || all.includes(m)), ...all]);
  },
  asset: (ctx) => {
    const asset = namingOf(ctx.index)?.targets.get('asset');
    return asset && asset.problems.length === 0 ? [sampleName(asset.parts, ctx.today)] : [];
  },
  'brief-id': (ctx) => (str(ctx.data.id) !== undefined ? [str(ctx.data.id)!] : []),
  'next-budget-id': (ctx) => [nextBudget(ctx).id],
  'next-budget-start': (ctx) => [nextBudget(ctx).start],
  'next-budget-end': (ctx) => [nextBudget(ctx).end],
};

/** Written when the playbook offers nothing for a lookup: what belongs there, for a person to replace. */
const FALLBACK: Record<string, string> = {
  person: 'person.id',
  role: 'role',
  approver: 'person.id',
  gate: 'stage-id',
  checklist: '',
  'entered-stage': 'stage-id',
  program: 'program',
  tool: 'tool-id',
  currency: 'USD',
  domain: 'www.example.com',
  source: 'source',
  medium: 'medium',
  asset: 'asset-name',
  'brief-id': 'brief-id',
};

/** The lookup names a snippet may use, for a test that every snippet names only known ones. */
export const LOOKUP_NAMES: readonly string[] = Object.keys(LOOKUPS);

/** A choice longer than this is a list to scroll, not a choice; completion in the field offers them all. */
const MAX_CHOICES = 30;

const LOOKUP = /\$\{(\d+):@([a-z-]+)(?:\+(\d+))?\}/g;

/** Escapes text for a snippet placeholder's default, and for one option of a choice. */
const escapeText = (text: string) => text.replace(/[$}\\]/g, (c) => `\\${c}`);
const escapeChoice = (text: string) => text.replace(/[$}\\,|]/g, (c) => `\\${c}`);

/** The snippet body with every `${n:@lookup}` (or `${n:@today+N}`) filled from the playbook. */
export function fillSnippet(body: string, ctx: FillContext): string {
  return body.replace(LOOKUP, (whole, n: string, name: string, days: string | undefined) => {
    const lookup = LOOKUPS[name];
    if (!lookup) throw new Error(`a snippet names an unknown playbook lookup ${whole}`);
    const values = lookup(ctx, Number(days ?? 0)).filter((v) => !/[\r\n]/.test(v)).slice(0, MAX_CHOICES);
    if (values.length > 1) return `\${${n}|${values.map(escapeChoice).join(',')}|}`;
    return `\${${n}:${escapeText(values[0] ?? FALLBACK[name] ?? name)}}`;
  });
}
