// What an import reads of the playbook, read once: its dictionaries and its Team.

import type { IndexView } from '../engine/index-view';
import { dictionaryOf, type Dictionary } from './dictionaries';
import type { DictionaryName } from './fields';
import { personMatcher, teamMembers, type Member, type PersonMatch } from './people';

export interface ImportContext {
  index: IndexView;
  dictionary(name: DictionaryName): Dictionary;
  members: Member[];
  person(raw: string): PersonMatch;
  /** The playbook's today, as a day number (for a draft brief's dates). */
  today: number;
}

export function importContext(index: IndexView, today: number): ImportContext {
  const dictionaries = new Map<DictionaryName, Dictionary>();
  const members = teamMembers(index);
  return {
    index,
    dictionary(name) {
      let d = dictionaries.get(name);
      if (!d) dictionaries.set(name, (d = dictionaryOf(index, name)));
      return d;
    },
    members,
    person: personMatcher(members),
    today,
  };
}
