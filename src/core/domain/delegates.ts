// Delegates: who may act for an away Team member, and who is expected to act in a role on a day. One reading of
// the members' `away` periods for brief/gate-approver-role, the gate verdicts and the queue report.

import type { AwayPeriod, People, Person } from './people';

/**
 * The period in which a person is away on a day and names someone else as delegate. A period that ends before
 * it starts covers no day (team/away-order reports it); one naming the person themselves delegates nothing
 * (team/self-delegate). Delegation does not chain: a delegate acts for the person, not for whom the person acts.
 */
export function awayOn(person: Person, day: number): (AwayPeriod & { from: number; to: number; delegate: string }) | undefined {
  return person.away.find((a) => a.from !== undefined && a.to !== undefined && a.delegate !== undefined && a.delegate !== person.id && a.from <= day && day <= a.to) as
    | (AwayPeriod & { from: number; to: number; delegate: string })
    | undefined;
}

/** How someone may act in a set of roles: holding one, or as the delegate of an away holder. */
export type Authority = { as: 'holder' } | { as: 'delegate'; for: Person; period: AwayPeriod & { from: number; to: number } };

/**
 * Whether `id` may act in one of `roles` on `day`: a member holding one of them (away or not: being away does not
 * take a role away), or the delegate, on a day of the period, of a member who holds one. `day` undefined (an
 * approval without a date) admits holders only. Delegates are looked for only when `id` holds none of the roles.
 */
export function authorityIn(id: string, roles: readonly string[], day: number | undefined, people: People): Authority | undefined {
  const person = people.byId.get(id);
  if (!person) return undefined;
  if (person.roles.some((r) => roles.includes(r))) return { as: 'holder' };
  if (day === undefined) return undefined;
  for (const role of roles) {
    for (const holder of people.roles.get(role) ?? []) {
      const other = people.byId.get(holder);
      const period = other && awayOn(other, day);
      if (other && period && period.delegate === id) return { as: 'delegate', for: other, period };
    }
  }
  return undefined;
}

/** Someone expected to act in a role on a day, and for whom when they act as a delegate. */
export interface Actor {
  id: string;
  /** The away member this person acts for; undefined when they hold the role themselves. */
  for?: string;
}

/**
 * Who is expected to act in one of `roles` on `day`: the holders who are not away, and the delegates of those
 * who are (what a queue of approvals routes by). Each person once, a holder's own claim before a delegation.
 */
export function actorsIn(roles: readonly string[], day: number, people: People): Actor[] {
  const actors = new Map<string, Actor>();
  for (const role of roles) {
    for (const id of people.roles.get(role) ?? []) {
      const person = people.byId.get(id);
      if (!person) continue;
      const period = awayOn(person, day);
      if (!period) actors.set(id, { id });
      else if (!actors.has(period.delegate)) actors.set(period.delegate, { id: period.delegate, for: id });
    }
  }
  return [...actors.values()];
}

/** The periods in which `id` is named delegate of a member holding one of `roles`, for messages ("acts for X from … to …"). */
export function delegationsTo(id: string, roles: readonly string[], people: People): Array<{ for: Person; period: AwayPeriod }> {
  const found: Array<{ for: Person; period: AwayPeriod }> = [];
  for (const person of people.byId.values()) {
    if (!person.roles.some((r) => roles.includes(r))) continue;
    for (const period of person.away) if (period.delegate === id && period.delegate !== person.id) found.push({ for: person, period });
  }
  return found;
}
