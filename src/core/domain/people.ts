// The people of every Team document, by id, with the roles each holds.

import type { IndexView } from '../engine/index-view';
import type { DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { records, str, strings } from '../model/readers';

export interface Person {
  id: string;
  name?: string;
  roles: string[];
  doc: ParsedDocument;
  path: DataPath;
}

export interface People {
  byId: Map<string, Person>;
  /** Role → the ids of the people who hold it. */
  roles: Map<string, string[]>;
  /** Every member entry in file order, repeats included (for the duplicate check). */
  entries: Person[];
  teams: readonly ParsedDocument[];
}

export function peopleOf(index: IndexView): People {
  return index.derive('people', ['Team'], () => {
    const teams = index.all('Team');
    const byId = new Map<string, Person>();
    const roles = new Map<string, string[]>();
    const entries: Person[] = [];
    for (const doc of teams) {
      for (const [member, i] of records((doc.value as Record<string, unknown> | undefined)?.members)) {
        const id = str(member.id);
        if (id === undefined) continue;
        const person: Person = { id, name: str(member.name), roles: strings(member.roles).map(([r]) => r), doc, path: ['members', i] };
        entries.push(person);
        if (byId.has(id)) continue;
        byId.set(id, person);
        for (const role of person.roles) {
          // Pushed, not copied: copying the holders per member grows as the square of a role's members.
          const holders = roles.get(role);
          if (holders) holders.push(id);
          else roles.set(role, [id]);
        }
      }
    }
    return { byId, roles, entries, teams };
  });
}
