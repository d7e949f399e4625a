// People named the way spreadsheets name them (`Priya S.`, `priya.shah@acme.example`, `Shah, Priya`,
// `P. Shah`) matched to the Team's ids, and ids for new people.

import type { IndexView } from '../engine/index-view';
import { rec, records, str } from '../model/readers';
import { loose, slugify } from './text';

export interface Member {
  id: string;
  name?: string;
  email?: string;
}

export type PersonMatch = { id: string; how: string } | { ambiguous: string[] } | undefined;

export function teamMembers(index: IndexView): Member[] {
  return index.all('Team').flatMap((doc) =>
    records(rec(doc.value).members).flatMap(([m]) => {
      const id = str(m.id);
      return id === undefined ? [] : [{ id, name: str(m.name), email: str(m.email)?.toLowerCase() }];
    }),
  );
}

/** Name forms of a member, loose: `priya shah`, `priya s`, `p shah`, `shah priya`, and the first name alone. */
function forms(member: Member): Array<[string, string]> {
  const words = loose(member.name ?? '').split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const [first, last] = [words[0], words[words.length - 1]];
  const out: Array<[string, string]> = [[words.join(' '), 'name']];
  if (words.length > 1) {
    out.push([`${first} ${last[0]}`, 'first name and initial'], [`${first[0]} ${last}`, 'initial and last name'], [`${last} ${first}`, 'last name, first name'], [first, 'first name']);
  }
  return out;
}

/** A matcher over the Team: each spreadsheet spelling to one id, or the ids it could be. */
export function personMatcher(members: Member[]): (raw: string) => PersonMatch {
  const byId = new Map(members.map((m) => [m.id.toLowerCase(), m.id]));
  const byEmail = new Map(members.flatMap((m) => (m.email ? [[m.email, m.id] as const] : [])));
  const byForm = new Map<string, { ids: Set<string>; how: string }>();
  for (const m of members) {
    for (const [form, how] of forms(m)) {
      const entry = byForm.get(form) ?? { ids: new Set<string>(), how };
      entry.ids.add(m.id);
      byForm.set(form, entry);
    }
  }
  return (raw) => {
    const text = raw.trim();
    const lower = text.toLowerCase();
    const direct = byId.get(lower);
    if (direct) return { id: direct, how: direct === text ? 'id' : 'case' };
    const address = /<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1]?.toLowerCase() ?? (lower.includes('@') ? lower : undefined);
    if (address) {
      const id = byEmail.get(address) ?? byId.get(address.split('@')[0]);
      if (id) return { id, how: 'e-mail' };
      const named = /^(.*?)\s*</.exec(text)?.[1];
      if (!named) return undefined;
      return match(named);
    }
    return match(text);
  };

  function match(text: string): PersonMatch {
    // `Shah, Priya` is `Priya Shah`; `Priya S.` loses its dot in the loose form.
    const comma = /^([^,]+),\s*([^,]+)$/.exec(text);
    const key = loose(comma ? `${comma[2]} ${comma[1]}` : text);
    const entry = byForm.get(key);
    if (!entry) return undefined;
    const ids = [...entry.ids];
    return ids.length === 1 ? { id: ids[0], how: comma && entry.how === 'name' ? 'last name, first name' : entry.how } : { ambiguous: ids.sort() };
  }
}

/** An id for a new person, as the Team's ids are written: `first.last`, from the e-mail's name or the person's name. */
export function personId(name: string | undefined, email: string | undefined): string | undefined {
  const local = email?.split('@')[0];
  if (local && /^[a-z0-9]+([._-][a-z0-9]+)*$/i.test(local) && /[._-]/.test(local)) return local.toLowerCase().replace(/[_-]/g, '.');
  const words = slugify(name ?? '').split('-').filter(Boolean);
  return words.length > 0 ? words.join('.') : undefined;
}
