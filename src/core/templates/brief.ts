// A new brief written from the playbook's own data: its workflow's first stage, the tier's lead time, the
// Team, the Budget's programs and the naming convention's channel, so that it checks clean on the day it
// is made. The texts a person must write are marked as placeholders (domain/placeholders: the same marker
// texts a gate counts as not filled in), for an editor to turn into tab stops; so are the values it chose.

import type { IndexView } from '../engine/index-view';
import { allocationsOf } from '../domain/budget';
import { namingOf } from '../domain/naming';
import { peopleOf } from '../domain/people';
import { workflowOf } from '../domain/workflow';
import { matchName } from '../naming/match';
import { formatDay } from '../text/dates';
import { BRIEF_PLACEHOLDERS } from '../domain/placeholders';
import { scalarText } from '../model/write-scalar';

export interface NewBrief {
  id: string;
  workflow: string;
  tier: number;
  title?: string;
  owner?: string;
  program?: string;
  /** Whole days since the epoch (the playbook's `today`). */
  today: number;
}

/**
 * What a marked span of the template holds. The words a person must write: title, objective, segment,
 * planned, metric, target (in that order in the text). The values the template chose from the playbook,
 * which an editor may offer to change: owner, requester, program.
 */
export type PlaceholderRole = 'title' | 'objective' | 'segment' | 'planned' | 'metric' | 'target' | 'owner' | 'requester' | 'program';

export const WRITTEN_ROLES: readonly PlaceholderRole[] = ['title', 'objective', 'segment', 'planned', 'metric', 'target'];

/** The brief's text, and where in it the words a person must replace are. */
export interface BriefTemplate {
  text: string;
  /** Offsets into `text`, in text order, each with what it holds. */
  placeholders: Array<{ start: number; end: number; role: PlaceholderRole }>;
  /** The Team members the owner may be chosen from, and the programs open on the day (both in playbook order). */
  people: string[];
  programs: string[];
}

/** Days between launch and end of a new campaign, and beyond the tier's lead time before launch. */
const RUN_DAYS = 28;
const SLACK_DAYS = 14;

/** The launch day the template writes for a tier of a workflow: the tier's lead time and two weeks' slack. */
export function templateLaunch(index: IndexView, workflow: string, tier: number, today: number): number {
  return today + (workflowOf(index, workflow)?.tiers.get(tier)?.minLeadDays ?? 0) + SLACK_DAYS;
}

/** A value written plain when it reads back as the same string, else double-quoted. */
const scalar = (value: string) => scalarText(value, undefined);

export function briefTemplate(index: IndexView, brief: NewBrief): BriefTemplate {
  const workflow = workflowOf(index, brief.workflow);
  const first = workflow?.stages[0]?.id ?? 'brief';
  const lead = workflow?.tiers.get(brief.tier)?.minLeadDays ?? 0;
  const people = peopleOf(index);
  const owner = brief.owner ?? people.entries[0]?.id ?? 'owner.id';
  const naming = namingOf(index);
  const campaign = naming?.targets.get('campaign');
  const matched = campaign ? matchName(campaign, brief.id) : undefined;
  const channel = matched?.ok ? matched.tokens.channel : undefined;
  const channels = channel && (!naming?.channels || naming.channels.includes(channel)) ? [channel] : [];
  const launch = templateLaunch(index, brief.workflow, brief.tier, brief.today);
  const programs = [...allocationsOf(index).entries()].filter(([, list]) => list.some((a) => (a.start ?? -Infinity) <= brief.today && brief.today <= (a.end ?? Infinity)));
  const chosen = programs.find(([id]) => id === brief.program) ?? programs[0];
  const program = brief.program ?? chosen?.[0];
  const currency = chosen?.[1][0]?.currency ?? 'USD';

  const placeholders: BriefTemplate['placeholders'] = [];
  let text = '';
  const put = (line: string) => (text += `${line}\n`);
  const hole = (role: PlaceholderRole, before: string, value: string) => {
    const start = text.length + before.length;
    placeholders.push({ start, end: start + value.length, role });
    put(`${before}${value}`);
  };
  put('apiVersion: mops/v1');
  put('kind: Brief');
  put(`id: ${scalar(brief.id)}`);
  hole('title', 'title: ', scalar(brief.title ?? BRIEF_PLACEHOLDERS.title));
  put(`workflow: ${scalar(brief.workflow)}`);
  put(`tier: ${brief.tier}`);
  put('status: active');
  hole('owner', 'owner: ', scalar(owner));
  hole('requester', 'requester: ', scalar(owner));
  if (program !== undefined) hole('program', 'program: ', scalar(program));
  put(`stage: ${scalar(first)}`);
  hole('objective', 'objective: ', BRIEF_PLACEHOLDERS.objective);
  put('audience:');
  hole('segment', '  segment: ', BRIEF_PLACEHOLDERS.segment);
  put(`channels: [${channels.map(scalar).join(', ')}]`);
  put(`# Tier ${brief.tier}: at least ${lead} days from brief approval to launch.`);
  put('timeline:');
  put(`  launch: ${formatDay(launch)}`);
  put(`  end: ${formatDay(launch + RUN_DAYS)}`);
  put('budget:');
  put(`  currency: ${scalar(currency)}`);
  // Zeros a gate counts as not filled in (domain/placeholders), like the marker texts.
  hole('planned', '  planned: ', '0');
  put('success_metrics:');
  hole('metric', '  - metric: ', BRIEF_PLACEHOLDERS.metric);
  hole('target', '    target: ', '0');
  put('approvals: []');
  put('history:');
  put(`  - stage: ${scalar(first)}`);
  put(`    entered: ${formatDay(brief.today)}`);
  return { text, placeholders, people: people.entries.map((p) => p.id).filter((id, i, all) => all.indexOf(id) === i), programs: programs.map(([id]) => id) };
}
