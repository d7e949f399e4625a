// Delegates (domain/delegates): who may act in a role on a day, and who is expected to; the edges a rule and the
// queue rely on: both ends of a period included, no chains, a holder away keeps the role, an undated approval.

import assert from 'node:assert/strict';
import { actorsIn, authorityIn, delegationsTo } from '../../../src/core/domain/delegates';
import { gateActors } from '../../../src/core/domain/gates';
import type { Gate } from '../../../src/core/domain/workflow';
import { peopleOf } from '../../../src/core/domain/people';
import { completionsAt, parseDay } from '../../../src/core';
import { workspaceOf } from '../../helpers';

// Maria (lead) is away 11-18..11-24 with Priya as delegate; Priya is away 11-20..11-21 with Li as delegate;
// Tom names himself (delegates nothing); Ana's period ends before it starts (covers no day).
const TEAM = `apiVersion: mops/v1
kind: Team
id: marketing
members:
  - id: maria.lopez
    name: Maria Lopez
    roles: [marketing-lead]
    away:
      - from: 2026-11-18
        to: 2026-11-24
        delegate: priya.shah
  - id: priya.shah
    name: Priya Shah
    roles: [campaign-ops]
    away:
      - from: 2026-11-20
        to: 2026-11-21
        delegate: li.wei
  - id: tom.becker
    name: Tom Becker
    roles: [brand]
    away:
      - from: 2026-11-01
        to: 2026-11-30
        delegate: tom.becker
  - id: ana.silva
    name: Ana Silva
    roles: [legal]
    away:
      - from: 2026-11-25
        to: 2026-11-05
        delegate: li.wei
  - id: li.wei
    name: Li Wei
    roles: [analytics]
`;

const people = peopleOf(workspaceOf({ 'team.yaml': TEAM }).view());
const day = (d: string) => parseDay(d)!;
const as = (a: ReturnType<typeof authorityIn>) => (a === undefined ? undefined : a.as === 'holder' ? 'holder' : `delegate for ${a.for.id}`);

describe('delegates', () => {
  it('a delegate may act in the away member\'s roles on each day of the period, both ends included, and not outside it', () => {
    assert.equal(as(authorityIn('priya.shah', ['marketing-lead'], day('2026-11-17'), people)), undefined);
    assert.equal(as(authorityIn('priya.shah', ['marketing-lead'], day('2026-11-18'), people)), 'delegate for maria.lopez');
    assert.equal(as(authorityIn('priya.shah', ['marketing-lead'], day('2026-11-24'), people)), 'delegate for maria.lopez');
    assert.equal(as(authorityIn('priya.shah', ['marketing-lead'], day('2026-11-25'), people)), undefined);
  });

  it('a holder keeps the role while away; an undated approval admits holders only; delegation does not chain', () => {
    assert.equal(as(authorityIn('maria.lopez', ['marketing-lead'], day('2026-11-20'), people)), 'holder');
    assert.equal(as(authorityIn('priya.shah', ['marketing-lead'], undefined, people)), undefined);
    // Li acts for Priya on 11-20, and Priya for Maria: Li does not act for Maria.
    assert.equal(as(authorityIn('li.wei', ['campaign-ops'], day('2026-11-20'), people)), 'delegate for priya.shah');
    assert.equal(as(authorityIn('li.wei', ['marketing-lead'], day('2026-11-20'), people)), undefined);
    assert.equal(as(authorityIn('nobody', ['marketing-lead'], day('2026-11-20'), people)), undefined);
  });

  it('who is expected to act: holders not away, and the delegates of those who are', () => {
    assert.deepEqual(actorsIn(['marketing-lead'], day('2026-11-20'), people), [{ id: 'priya.shah', for: 'maria.lopez' }]);
    assert.deepEqual(actorsIn(['marketing-lead'], day('2026-11-25'), people), [{ id: 'maria.lopez' }]);
    // Priya is away herself on 11-20: her own role goes to Li, Maria's still to her (no chain).
    assert.deepEqual(actorsIn(['campaign-ops'], day('2026-11-20'), people), [{ id: 'li.wei', for: 'priya.shah' }]);
    // A self-delegation and a period that ends before it starts hand nothing over.
    assert.deepEqual(actorsIn(['brand'], day('2026-11-20'), people), [{ id: 'tom.becker' }]);
    assert.deepEqual(actorsIn(['legal'], day('2026-11-20'), people), [{ id: 'ana.silva' }]);
    // A holder's own claim wins over a delegation to them.
    assert.deepEqual(actorsIn(['analytics', 'campaign-ops'], day('2026-11-20'), people), [{ id: 'li.wei' }]);
  });

  it('who may approve a gate: those expected first (a delegate before the away holder), then the away holders', () => {
    const gate = (roles: string[]) => ({ approverRoles: roles, checklist: [], requires: [] }) as unknown as Gate;
    assert.deepEqual(gateActors(gate(['marketing-lead']), day('2026-11-20'), people), [
      { id: 'priya.shah', for: 'maria.lopez' },
      { id: 'maria.lopez', awayUntil: day('2026-11-24') },
    ]);
    assert.deepEqual(gateActors(gate(['marketing-lead']), day('2026-11-25'), people), [{ id: 'maria.lopez' }]);
    // Priya is away on 11-20 but holds campaign-ops: Li (her delegate) first, then Priya; Maria's delegation to Priya does not chain to Li.
    assert.deepEqual(gateActors(gate(['campaign-ops', 'marketing-lead']), day('2026-11-20'), people), [
      { id: 'li.wei', for: 'priya.shah' },
      { id: 'priya.shah', for: 'maria.lopez' },
      { id: 'maria.lopez', awayUntil: day('2026-11-24') },
    ]);
  });

  it('names the periods in which someone is delegate of a role holder, for the rule\'s message', () => {
    assert.deepEqual(
      delegationsTo('li.wei', ['campaign-ops', 'legal'], people).map((d) => d.for.id),
      ['priya.shah', 'ana.silva'],
    );
    assert.deepEqual(delegationsTo('tom.becker', ['brand'], people), []);
  });

  it('completes an away delegate with the Team\'s people', () => {
    const text = TEAM.replace('        delegate: priya.shah', '        delegate: ');
    const offset = text.indexOf('        delegate: \n') + '        delegate: '.length;
    const labels = completionsAt(workspaceOf({ 'team.yaml': text }), 'team.yaml', offset).map((i) => i.label);
    for (const id of ['priya.shah', 'tom.becker', 'li.wei']) assert.ok(labels.includes(id), `${id} in ${labels.join(', ')}`);
  });
});
