// The people of every Team document, by id, with the roles each holds, and the lookup that suggests who an
// unknown name meant (every unknown-person message uses it).

import type { IndexView } from '../engine/index-view';
import type { DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { records, str, strings } from '../model/readers';
import { parseDay } from '../text/dates';
import { nearest } from '../text/distance';

export interface Person {
  id: string;
  name?: string;
  roles: string[];
  /** The work e-mail address, as written. */
  email?: string;
  /** The person's periods away, in file order (see domain/delegates). */
  away: AwayPeriod[];
  doc: ParsedDocument;
  path: DataPath;
}

/** One `away` entry of a member: days as day numbers, undefined when missing or not a date. */
export interface AwayPeriod {
  index: number;
  from?: number;
  to?: number;
  delegate?: string;
}

export interface People {
  byId: Map<string, Person>;
  /** Role → the ids of the people who hold it. */
  roles: Map<string, string[]>;
  /** Every member entry in file order, repeats included (for the duplicate check). */
  entries: Person[];
  teams: readonly ParsedDocument[];
  /** A first name or a full name, lower case (`sam`, `sam whitfield`) → the ids of the people it names. */
  byName: Map<string, string[]>;
}

export function peopleOf(index: IndexView): People {
  return index.derive('people', ['Team'], () => {
    const teams = index.all('Team');
    const byId = new Map<string, Person>();
    const roles = new Map<string, string[]>();
    const entries: Person[] = [];
    const byName = new Map<string, string[]>();
    const name = (key: string, id: string) => {
      if (key === '') return;
      const holders = byName.get(key);
      if (!holders) byName.set(key, [id]);
      // One person adds their keys one after another: only the last holder can be them (no scan of a long list).
      else if (holders[holders.length - 1] !== id) holders.push(id);
    };
    for (const doc of teams) {
      for (const [member, i] of records((doc.value as Record<string, unknown> | undefined)?.members)) {
        const id = str(member.id);
        if (id === undefined) continue;
        const away = records(member.away).map(([a, j]): AwayPeriod => ({ index: j, from: parseDay(a.from), to: parseDay(a.to), delegate: str(a.delegate) }));
        const person: Person = { id, name: str(member.name), roles: strings(member.roles).map(([r]) => r), email: str(member.email), away, doc, path: ['members', i] };
        entries.push(person);
        if (byId.has(id)) continue;
        byId.set(id, person);
        // `sam.whitfield` and `Sam Whitfield` both answer to `sam`, and to `sam whitfield` whole.
        for (const key of [nameKey(id), nameKey(person.name ?? '')]) {
          name(key.split(' ')[0], id);
          name(key, id);
        }
        for (const role of person.roles) {
          // Pushed, not copied: copying the holders per member grows as the square of a role's members.
          const holders = roles.get(role);
          if (holders) holders.push(id);
          else roles.set(role, [id]);
        }
      }
    }
    return { byId, roles, entries, teams, byName };
  });
}

/** At most this many people are suggested for one name (three Sams are listed; a tenth adds nothing). */
const MAX_SUGGESTIONS = 3;

/**
 * Who an id that is not in the Team probably meant: the id one typo away (`priya.shha`), else the people
 * whose first name or full name it is (`sam`, `Sam Whitfield`), in Team order. Empty when nobody fits.
 */
export function suggestPeople(value: string, people: People): string[] {
  const typo = nearest(value, people.byId.keys());
  if (typo !== undefined) return [typo];
  return (people.byName.get(nameKey(value)) ?? []).slice(0, MAX_SUGGESTIONS);
}

/** A name as the lookup compares it: lower case, words split at spaces, dots, underscores and hyphens. */
function nameKey(text: string): string {
  return text.toLowerCase().split(/[\s._-]+/).filter(Boolean).join(' ');
}

/** " Did you mean 'a'?", " Did you mean 'a' or 'b'?", or the empty string. */
export function didYouMeanPeople(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `'${s}'`);
  return ` Did you mean ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0]}?`;
}
