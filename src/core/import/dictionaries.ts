// The playbook's own words for a dictionary field (its workflows, stages, programs, channels, regions,
// roles, tool categories, UTM values) and the guess of which one a spreadsheet's value means.

import { allocationsOf } from '../domain/budget';
import { namingOf } from '../domain/naming';
import { utmOf } from '../domain/utm';
import { workflowView } from '../domain/workflow';
import type { IndexView } from '../engine/index-view';
import { isRecord, rec, records, str, strings } from '../model/readers';
import { nearest } from '../text/distance';
import type { DictionaryName } from './fields';
import { loose, plainLetters, slugify } from './text';

export interface Dictionary {
  values: string[];
  /** Other spellings, loose (see text.ts) → the value they stand for. */
  synonyms: Map<string, string>;
  /** Whether a value outside `values` may be written as its slug (a new category), or stays as written. */
  open: boolean;
}

/** Tracker words for a brief's status and a tool's, as the schema's values. */
const BRIEF_STATUS: Record<string, string[]> = {
  active: ['live', 'in progress', 'running', 'planned', 'planning', 'open', 'wip', 'ongoing', 'in flight'],
  'on-hold': ['on hold', 'paused', 'hold', 'blocked', 'parked'],
  closed: ['done', 'complete', 'completed', 'finished', 'ended', 'wrapped', 'reported'],
  cancelled: ['canceled', 'cancelled', 'dropped', 'killed', 'abandoned'],
};
const TOOL_STATUS: Record<string, string[]> = {
  active: ['live', 'in use', 'production', 'current', 'keep'],
  evaluating: ['trial', 'pilot', 'poc', 'in review', 'evaluation', 'testing'],
  sunsetting: ['sunset', 'phasing out', 'deprecated', 'to cancel', 'cancel at renewal'],
  retired: ['cancelled', 'canceled', 'terminated', 'decommissioned', 'churned', 'inactive'],
};

function synonymsOf(table: Record<string, string[]>): Map<string, string> {
  return new Map(Object.entries(table).flatMap(([value, words]) => words.map((w) => [loose(w), value] as const)));
}

const unique = (values: Iterable<string>) => [...new Set(values)];

/** The allowed values of a dictionary, read from the playbook. */
export function dictionaryOf(index: IndexView, name: DictionaryName): Dictionary {
  const closed = (values: string[], synonyms = new Map<string, string>()): Dictionary => ({ values: unique(values), synonyms, open: false });
  switch (name) {
    case 'workflow':
      return closed(index.all('Workflow').flatMap((d) => (typeof d.id === 'string' ? [d.id] : [])));
    case 'stage': {
      const views = index.all('Workflow').flatMap((d) => (d.clean && isRecord(d.value) ? [workflowView(d)] : []));
      // A tracker's "Live" is the stage from which a campaign counts as launched.
      const launch = views.find((w) => w.launchStage)?.launchStage?.id;
      const synonyms = launch ? synonymsOf({ [launch]: ['live', 'go live', 'in market', 'launched', 'running'] }) : new Map<string, string>();
      return closed(views.flatMap((w) => w.stages.map((s) => s.id)), synonyms);
    }
    case 'brief-status':
      return closed(Object.keys(BRIEF_STATUS), synonymsOf(BRIEF_STATUS));
    case 'tool-status':
      return closed(Object.keys(TOOL_STATUS), synonymsOf(TOOL_STATUS));
    case 'program':
      return closed([...allocationsOf(index).keys()]);
    case 'channel':
      return closed(namingOf(index)?.channels ?? []);
    case 'region': {
      const part = namingOf(index)?.targets.get('campaign')?.parts.find((p) => p.kind === 'values' && p.token === 'region');
      return closed(part?.kind === 'values' ? part.values : []);
    }
    case 'category':
      return { values: unique(index.all('Tool').flatMap((d) => [str(rec(d.value).category)].filter((c): c is string => c !== undefined))), synonyms: new Map(), open: true };
    case 'tool': {
      const synonyms = new Map<string, string>();
      for (const d of index.all('Tool')) {
        const name = str(rec(d.value).name);
        if (typeof d.id === 'string' && name) synonyms.set(loose(name), d.id);
      }
      return closed(index.all('Tool').flatMap((d) => (typeof d.id === 'string' ? [d.id] : [])), synonyms);
    }
    case 'role': {
      const held = index.all('Team').flatMap((d) => records(rec(d.value).members).flatMap(([m]) => strings(m.roles).map(([r]) => r)));
      const gates = index.all('Workflow').flatMap((d) => (d.clean && isRecord(d.value) ? workflowView(d).stages.flatMap((s) => s.gate?.approverRoles ?? []) : []));
      return { values: unique([...held, ...gates]), synonyms: new Map(), open: true };
    }
    case 'utm_source':
    case 'utm_medium': {
      const spec = utmOf(index)?.params.get(name);
      return closed(spec?.values ?? [], new Map([...(spec?.synonyms ?? new Map<string, string>())].map(([k, v]) => [loose(k), v])));
    }
  }
}

/** Initials of the words (`North America` → `na`), for codes such as regions. */
const initials = (text: string) =>
  loose(text)
    .split(' ')
    .map((w) => w[0])
    .join('');

/**
 * The dictionary value a spreadsheet value means, and how it was found; undefined when nothing fits well
 * enough to say. Tried in turn: the value itself in any case, its slug, a synonym, the slug without its
 * hyphens (`UK&I` → `uki`), a singular (`Webinars`), its initials, one of its words (`Paid Social` → social),
 * and a likely typo.
 */
export function guessValue(raw: string, dictionary: Dictionary): { value: string; why: string } | undefined {
  const { values, synonyms } = dictionary;
  if (values.includes(raw)) return { value: raw, why: 'as written' };
  const lower = raw.toLowerCase();
  const slug = slugify(raw);
  const found = (test: (v: string) => boolean) => values.find(test);
  let hit = found((v) => v.toLowerCase() === lower) ?? found((v) => v === slug);
  if (hit) return { value: hit, why: 'case' };
  const synonym = synonyms.get(loose(raw));
  if (synonym !== undefined) return { value: synonym, why: 'synonym' };
  const compact = plainLetters(raw).toLowerCase().replace(/[^a-z0-9]+/g, '');
  hit = found((v) => v.replace(/-/g, '') === compact) ?? found((v) => `${v}s` === slug || `${v}es` === slug);
  if (hit) return { value: hit, why: 'spelling' };
  hit = slug.includes('-') ? found((v) => v.length > 1 && v === initials(raw)) : undefined;
  if (hit) return { value: hit, why: 'initials' };
  const words = slug.split('-');
  const inWords = values.filter((v) => words.includes(v) || words.includes(`${v}s`));
  if (inWords.length === 1) return { value: inWords[0], why: 'word' };
  const typo = nearest(slug, values);
  if (typo !== undefined) return { value: typo, why: 'nearest' };
  if (dictionary.open && slug) return { value: slug, why: 'new' };
  return undefined;
}
