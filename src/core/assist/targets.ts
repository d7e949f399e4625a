// The things a reference can name, read from the workspace index: people, tools, stages, programs, channels, roles…

import { allocationFor, allocationsOf, spendDay } from '../domain/budget';
import { namingOf } from '../domain/naming';
import { peopleOf } from '../domain/people';
import { workflowOf, workflowView, type Stage, type WorkflowView } from '../domain/workflow';
import { formatDay } from '../text/dates';
import { rec, str } from '../model/readers';
import type { AssistKind } from './types';
import { dataAt, type AssistScope } from './scope';
import { md } from './text';

/** One thing a reference may name. */
export interface Target {
  id: string;
  kind: AssistKind;
  detail?: string;
  /** Markdown: what the id stands for and where it is defined; also the hover on a reference to it. */
  documentation: string;
  /** Sort group, lower first (the approvers who hold the gate's role before the others). */
  group?: number;
  /** Position within the group (workflow order for stages); defaults to the list order. */
  order?: number;
  /** Whether the rules accept it at this place (default true); rejected targets are only described on hover. */
  accepted?: boolean;
  /** Insert the id as written (a number), not as a YAML string. */
  raw?: boolean;
}

const where = (path: string) => `Defined in ${md(path)}.`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function people(scope: AssistScope): Target[] {
  const team = peopleOf(scope.index);
  const path = scope.place.path;
  // An approver should hold one of the gate's approver roles (brief/gate-approver-role): those come first.
  const gateRoles = path[0] === 'approvals' && path[2] === 'approver' ? gateOf(scope, str(dataAt(scope, ['approvals', path[1], 'gate'])))?.gate?.approverRoles : undefined;
  return [...team.byId.values()].map((person) => {
    const approves = !gateRoles || person.roles.some((r) => gateRoles.includes(r));
    const roles = person.roles.join(', ');
    return {
      id: person.id,
      kind: 'person',
      detail: [person.name, roles, approves ? '' : 'no approver role for this gate'].filter(Boolean).join(' · '),
      documentation: `**${md(person.name ?? person.id)}** (${md(person.id)})${roles ? ` — ${md(roles)}` : ''}\n\nTeam member. ${where(person.doc.path)}`,
      group: approves ? 0 : 1,
    };
  });
}

export function tools(scope: AssistScope): Target[] {
  const seen = new Set<string>();
  const own = scope.doc.kind === 'Tool' ? scope.doc.id : undefined;
  return scope.index.all('Tool').flatMap((doc): Target[] => {
    const id = doc.id;
    if (id === undefined || id === own || seen.has(id)) return [];
    seen.add(id);
    const data = rec(doc.value);
    const [name, category, owner] = [str(data.name), str(data.category), str(data.owner)];
    const status = str(data.status) ?? 'active';
    const facts = [category, status, owner && `owned by ${owner}`].filter(Boolean).join(', ');
    return [
      {
        id,
        kind: 'tool',
        detail: [name, category, status === 'active' ? '' : status].filter(Boolean).join(' · '),
        documentation: `**${md(name ?? id)}** (${md(id)})${facts ? ` — ${md(facts)}` : ''}\n\nMartech tool. ${where(doc.path)}`,
        group: status === 'sunsetting' || status === 'retired' ? 1 : 0,
      },
    ];
  });
}

function stageDoc(workflow: WorkflowView, stage: Stage): string {
  const lines = [`**${md(stage.id)}** — stage ${stage.index + 1} of ${workflow.stages.length} in the ${md(workflow.id)} workflow${stage.slaDays !== undefined ? `, SLA ${plural(stage.slaDays, 'day')}` : ''}`];
  const gate = stage.gate;
  if (gate) {
    const parts = [`approver roles: ${md(gate.approverRoles.join(', ') || 'none')}`];
    if (gate.requires.length) parts.push(`requires: ${md(gate.requires.join(', '))}`);
    if (gate.checklist.length) parts.push(`checklist: ${md(gate.checklist.join(', '))}`);
    lines.push(`Exit gate — ${parts.join('; ')}.`);
  }
  lines.push(where(workflow.doc.path));
  return lines.join('\n\n');
}

function stageTargets(workflow: WorkflowView | undefined, gatedOnly: boolean): Target[] {
  if (!workflow) return [];
  return workflow.stages
    .filter((s, i) => workflow.stages.findIndex((t) => t.id === s.id) === i && (!gatedOnly || s.gate))
    .map((stage) => ({
      id: stage.id,
      kind: 'stage',
      detail: gatedOnly
        ? `gate of stage ${stage.index + 1} · ${stage.gate?.approverRoles.join(', ')}`
        : `stage ${stage.index + 1} of ${workflow.id}${stage.slaDays !== undefined ? ` · SLA ${plural(stage.slaDays, 'day')}` : ''}${stage.gate ? ' · gated' : ''}`,
      documentation: stageDoc(workflow, stage),
      order: stage.index,
    }));
}

export const briefWorkflow = (scope: AssistScope) => workflowOf(scope.index, str(scope.data.workflow));

function gateOf(scope: AssistScope, id: string | undefined): Stage | undefined {
  return id === undefined ? undefined : briefWorkflow(scope)?.byId.get(id);
}

export const stages = (scope: AssistScope) => stageTargets(briefWorkflow(scope), false);
export const gates = (scope: AssistScope) => stageTargets(briefWorkflow(scope), true);
export const ownStages = (scope: AssistScope) => stageTargets(workflowView(scope.doc), false);

/** The checklist items of the gate an approval is for: what its `checklist` must cover (brief/gate-incomplete). */
export function checklistItems(scope: AssistScope): Target[] {
  const gateId = str(dataAt(scope, ['approvals', scope.place.path[1], 'gate']));
  const stage = gateOf(scope, gateId);
  return (stage?.gate?.checklist ?? []).map((item) => ({
    id: item,
    kind: 'id',
    detail: `checklist item of the ${stage?.id} gate`,
    documentation: `**${md(item)}** — an item of the ${md(stage?.id ?? '')} gate's checklist that the approver confirms.\n\n${where(briefWorkflow(scope)?.doc.path ?? '')}`,
  }));
}

export function workflows(scope: AssistScope): Target[] {
  return scope.index.all('Workflow').flatMap((doc): Target[] => {
    if (doc.id === undefined) return [];
    const view = workflowView(doc);
    const title = str(rec(doc.value).title);
    return [
      {
        id: doc.id,
        kind: 'workflow',
        detail: [title, plural(view.stages.length, 'stage')].filter(Boolean).join(' · '),
        documentation: `**${md(title ?? doc.id)}** (${md(doc.id)}) — ${md(view.stages.map((s) => s.id).join(' → '))}\n\nWorkflow. ${where(doc.path)}`,
      },
    ];
  });
}

export function programs(scope: AssistScope): Target[] {
  const allocations = allocationsOf(scope.index);
  // The program must have an allocation whose period holds the brief's launch (ref/unknown-program).
  const dated = spendDay(scope.data) !== undefined;
  return [...allocations].map(([program, own]) => {
    const amounts = own.map((a) => {
      const period = a.start !== undefined && a.end !== undefined ? ` (${formatDay(a.start)} to ${formatDay(a.end)})` : '';
      return `${a.doc.id ?? 'Budget'}: ${a.amount ?? '?'} ${a.currency ?? ''}`.trim() + period;
    });
    return {
      id: program,
      kind: 'program',
      detail: own.map((a) => `${a.doc.id ?? 'Budget'} ${a.amount ?? '?'} ${a.currency ?? ''}`.trim()).join('; '),
      documentation: `**${md(program)}** — budget program, allocated ${md(amounts.join('; '))}\n\n${where(own[0].doc.path)}`,
      accepted: !dated || allocationFor(allocations, { ...scope.data, program }) !== undefined,
    };
  });
}

export function channels(scope: AssistScope): Target[] {
  const naming = namingOf(scope.index);
  return (naming?.channels ?? []).map((channel) => ({
    id: channel,
    kind: 'channel',
    detail: 'channel code',
    documentation: `**${md(channel)}** — a channel code of the naming convention's channel dictionary.\n\n${where(naming?.doc.path ?? '')}`,
  }));
}

/** Roles that Team members hold: what a gate may name (ref/unknown-role). */
export function roles(scope: AssistScope): Target[] {
  const team = peopleOf(scope.index);
  return [...team.roles].map(([role, ids]) => {
    const names = ids.map((id) => team.byId.get(id)?.name ?? id).join(', ');
    return {
      id: role,
      kind: 'role',
      detail: `held by ${names}`,
      documentation: `**${md(role)}** — a Team role held by ${md(names)}.\n\n${where(team.teams[0]?.path ?? '')}`,
    };
  });
}

/** For a Team member: the roles workflow gates ask for, then the roles other members hold. */
export function memberRoles(scope: AssistScope): Target[] {
  const gated = new Map<string, string[]>();
  for (const doc of scope.index.all('Workflow')) {
    for (const stage of workflowView(doc).stages) {
      for (const role of stage.gate?.approverRoles ?? []) {
        const gates = gated.get(role);
        if (gates) gates.push(`${doc.id ?? 'workflow'} ${stage.id}`);
        else gated.set(role, [`${doc.id ?? 'workflow'} ${stage.id}`]);
      }
    }
  }
  const held = roles(scope).filter((r) => !gated.has(r.id));
  const asked = [...gated].map(([role, gates]): Target => ({
    id: role,
    kind: 'role',
    detail: `approves ${gates.join(', ')}`,
    documentation: `**${md(role)}** — approves the gates ${md(gates.join(', '))}.`,
  }));
  return [...asked, ...held.map((r) => ({ ...r, group: 1 }))];
}

export function tiers(scope: AssistScope): Target[] {
  const workflow = briefWorkflow(scope);
  return [...(workflow?.tiers.values() ?? [])].map((tier) => {
    const facts = [tier.minLeadDays !== undefined && `at least ${plural(tier.minLeadDays, 'day')} from brief approval to launch`, tier.maxChannels !== undefined && `at most ${plural(tier.maxChannels, 'channel')}`].filter(Boolean);
    return {
      id: String(tier.tier),
      kind: 'enum',
      detail: facts.join(', '),
      documentation: `**Tier ${tier.tier}** of the ${md(workflow?.id ?? '')} workflow${facts.length ? `: ${facts.join(', ')}` : ''}.`,
      raw: true,
      order: tier.tier,
    };
  });
}

/** Budget currencies, the brief's own program's first (budget/currency-mismatch). */
export function currencies(scope: AssistScope): Target[] {
  const own = allocationFor(allocationsOf(scope.index), scope.data)?.currency;
  const seen = new Map<string, string[]>();
  for (const doc of scope.index.all('Budget')) {
    const currency = str(rec(doc.value).currency);
    if (currency === undefined) continue;
    const budgets = seen.get(currency);
    if (budgets) budgets.push(doc.id ?? doc.path);
    else seen.set(currency, [doc.id ?? doc.path]);
  }
  return [...seen].map(([currency, budgets]) => ({
    id: currency,
    kind: 'enum',
    detail: `currency of ${budgets.join(', ')}`,
    documentation: `**${md(currency)}** — the currency of the Budget${budgets.length > 1 ? 's' : ''} ${md(budgets.join(', '))}.`,
    group: currency === own ? 0 : 1,
  }));
}

/** For a UTM standard's `required`: the parameters it defines, then the common UTM parameters. */
export function utmParams(scope: AssistScope): Target[] {
  const names = [...Object.keys(rec(scope.data.params)), 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term'];
  return [...new Set(names)].map((name) => ({ id: name, kind: 'utm', detail: 'UTM parameter', documentation: `**${md(name)}** — a UTM query parameter.` }));
}

export function namingTargets(scope: AssistScope): Target[] {
  const naming = namingOf(scope.index);
  return [...(naming?.targets.values() ?? [])].map((t) => ({
    id: t.target,
    kind: 'id',
    detail: t.pattern,
    documentation: `**${md(t.target)}** — names of this kind fit ${md(t.pattern)}${t.maxLength !== undefined ? `, at most ${t.maxLength} characters` : ''}.\n\n${where(naming?.doc.path ?? '')}`,
  }));
}
