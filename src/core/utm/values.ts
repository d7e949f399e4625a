// What each UTM value of a tracked link should be: the checks the UTM and naming rules share, and one
// repair per value that passes all of them. Every rule that finds fault with a value offers that one
// repair, so no fix leaves the value invalid for another rule; and a rule is told what the value is once
// its case and spaces are set right, so a fault that is only another's consequence is not reported twice.

import type { Naming } from '../domain/naming';
import type { UtmParamRule, UtmRules } from '../domain/utm';
import { matchName } from '../naming/match';
import type { Template } from '../naming/template';
import { nearest } from '../text/distance';
import { hasWhitespace, type Link, type QueryParam } from './link';
import { findPii } from './pii';

type OkLink = Extract<Link, { ok: true }>;

export interface ValueCheck {
  param: QueryParam;
  /** The value lower-cased (when the standard asks for lower case) and, if it has spaces, its words joined by hyphens. */
  plain: string;
  /** utm/case: the value is not lower case, and the standard asks for lower case. */
  notLower: boolean;
  /** utm/whitespace: the value holds spaces, raw or encoded. */
  spaced: boolean;
  /** utm/unknown-value: the plain value is not in the parameter's dictionary. */
  unknown?: {
    values: string[];
    synonymOf?: string;
    suggestion?: string;
    /** On utm_medium: the mediums its source allows, which any guess is taken from. */
    pairedWith?: { source: string; allowed: string[] };
    /** On utm_source: the medium the suggestion is not paired with, so it is not offered as a fix. */
    unpairedWith?: string;
  };
  /** utm/campaign-mismatch: the brief id the plain value should be. */
  campaign?: string;
  /** utm/source-medium (on utm_medium only): the source and the mediums it allows. */
  pair?: { source: string; allowed: string[] };
  /** The value that passes every check above, when there is one; what every fix on this value writes. */
  repair?: string;
}

/** Lower case when the standard asks for it; words joined by single hyphens when the value has spaces. */
function plainOf(param: QueryParam, lowercase: boolean, spaced: boolean): string {
  const value = lowercase ? param.value.toLowerCase() : param.value;
  return spaced ? value.trim().split(/\s+/).join('-').replace(/-{2,}/g, '-') : value;
}

/** `value`, or the convention's correction of it, when that fits the template and its length; else undefined. */
function fitting(template: Template, value: string): string | undefined {
  const first = matchName(template, value);
  const fitted = first.ok ? value : first.fixed;
  if (fitted === undefined || (fitted !== value && !matchName(template, fitted).ok)) return undefined;
  return template.maxLength !== undefined && fitted.length > template.maxLength ? undefined : fitted;
}

function checkValue(param: QueryParam, utm: UtmRules, naming: Naming | undefined, briefId: string | undefined): ValueCheck {
  const spaced = hasWhitespace(param);
  const plain = plainOf(param, utm.lowercase, spaced);
  const check: ValueCheck = { param, plain, notLower: utm.lowercase && param.value !== param.value.toLowerCase(), spaced };
  if (plain === '') return check;
  const spec = utm.params.get(param.name);
  let candidate: string | undefined = plain;
  // The brief id decides utm_campaign; an id that breaks the convention is the id's own finding.
  if (param.name === 'utm_campaign' && briefId !== undefined) {
    const expected = utm.lowercase ? briefId.toLowerCase() : briefId;
    if (plain !== expected) check.campaign = expected;
    check.repair = valid(param.name, expected, undefined, utm) ? expected : undefined;
    return check;
  }
  // With `case: any`, a value that differs from an allowed one only in case is that value.
  const inDictionary = (v: string) => spec?.values?.includes(v) || (!utm.lowercase && spec?.values?.some((w) => w.toLowerCase() === v.toLowerCase()));
  if (spec?.values && !inDictionary(plain)) {
    const synonym = spec.synonyms.get(plain.toLowerCase());
    const synonymOf = synonym !== undefined && spec.values.includes(synonym) ? synonym : undefined;
    const suggestion = synonymOf === undefined ? nearest(plain, spec.values) : undefined;
    check.unknown = { values: spec.values, synonymOf, suggestion };
    candidate = synonymOf ?? suggestion;
  }
  // naming/convention and naming/max-length check the plain value themselves; the repair must fit too.
  const template = spec?.naming === undefined ? undefined : naming?.targets.get(spec.naming);
  if (template && candidate !== undefined) candidate = fitting(template, candidate);
  check.repair = candidate !== undefined && valid(param.name, candidate, spec, utm) ? candidate : undefined;
  return check;
}

function valid(name: string, value: string, spec: UtmParamRule | undefined, utm: UtmRules): boolean {
  if (value === '' || /\s/.test(value) || (utm.lowercase && value !== value.toLowerCase())) return false;
  if (utm.forbidPii && findPii(`${name}=${value}`).length > 0) return false;
  return !spec?.values || spec.values.includes(value) || (!utm.lowercase && spec.values.some((w) => w.toLowerCase() === value.toLowerCase()));
}

/** The value as the standard knows it: itself, or the value its synonym stands for; undefined for a typo. */
const known = (check: ValueCheck) => (check.unknown ? check.unknown.synonymOf : check.plain);

/** utm_source and utm_medium together: the pair must be one the standard allows, and so must every repair. */
function checkPair(source: ValueCheck, medium: ValueCheck, utm: UtmRules): void {
  const pairs = utm.sourceMedium;
  if (!pairs || medium.plain === '') return;
  const spec = utm.params.get('utm_medium');
  const s = known(source);
  const allowed = s === undefined ? undefined : (pairs.get(s) ?? pairs.get(s.toLowerCase()));
  const m = known(medium);
  if (s !== undefined && allowed) {
    if (m !== undefined) {
      if (allowed.includes(m) || allowed.includes(m.toLowerCase())) return;
      medium.pair = { source: s, allowed };
      medium.repair = allowed.length === 1 && valid('utm_medium', allowed[0], spec, utm) ? allowed[0] : undefined;
    } else if (medium.unknown) {
      // A guess at a mistyped medium is taken from the mediums this source allows.
      const guess = nearest(medium.plain, allowed);
      medium.unknown.suggestion = guess;
      medium.unknown.pairedWith = { source: s, allowed };
      medium.repair = guess !== undefined && valid('utm_medium', guess, spec, utm) ? guess : undefined;
    }
    return;
  }
  // A guess at a mistyped source is offered only when it goes with the medium.
  const partner = m ?? medium.repair;
  const guessed = source.unknown && source.unknown.synonymOf === undefined ? source.repair : undefined;
  const allowedForGuess = guessed === undefined ? undefined : pairs.get(guessed);
  if (source.unknown && allowedForGuess && (partner === undefined || !allowedForGuess.includes(partner))) {
    source.repair = undefined;
    source.unknown.unpairedWith = partner;
  }
}

const cache = new WeakMap<OkLink, { utm: UtmRules; naming: Naming | undefined; briefId: string | undefined; checks: Map<QueryParam, ValueCheck> }>();

/** The checks of every UTM parameter of the link (each occurrence of a repeated one), computed once per link and standard. */
export function linkValues(link: OkLink, utm: UtmRules, naming: Naming | undefined, briefId: string | undefined): Map<QueryParam, ValueCheck> {
  const hit = cache.get(link);
  if (hit && hit.utm === utm && hit.naming === naming && hit.briefId === briefId) return hit.checks;
  const checks = new Map<QueryParam, ValueCheck>();
  for (const param of link.params) if (param.name.startsWith('utm_')) checks.set(param, checkValue(param, utm, naming, briefId));
  // An empty occurrence counts as absent (utm/missing-param, utm/duplicate-param), so the pair is the first values given.
  const source = link.params.find((p) => p.name === 'utm_source' && p.value !== '');
  const medium = link.params.find((p) => p.name === 'utm_medium' && p.value !== '');
  if (source && medium) checkPair(checks.get(source)!, checks.get(medium)!, utm);
  cache.set(link, { utm, naming, briefId, checks });
  return checks;
}
