// A new brief written from the playbook's own data: its workflow's first stage, the tier's lead time, the
// Team, the Budget's programs and the naming convention's channel, so that it checks clean on the day it
// is made. The texts a person must write are marked as placeholders, for an editor to turn into tab stops.

import type { IndexView } from '../engine/index-view';
import { allocationsOf } from '../domain/budget';
import { namingOf } from '../domain/naming';
import { peopleOf } from '../domain/people';
import { workflowOf } from '../domain/workflow';
import { matchName } from '../naming/match';
import { formatDay } from '../text/dates';
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

/** The brief's text, and where in it the words a person must replace are. */
export interface BriefTemplate {
  text: string;
  /** Offsets into `text`, in order: title, objective, audience, metric. */
  placeholders: Array<{ start: number; end: number }>;
}

/** Days between launch and end of a new campaign, and beyond the tier's lead time before launch. */
const RUN_DAYS = 28;
const SLACK_DAYS = 14;

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
  const programs = [...allocationsOf(index).entries()].filter(([, list]) => list.some((a) => (a.start ?? -Infinity) <= brief.today && brief.today <= (a.end ?? Infinity)));
  const program = brief.program ?? programs[0]?.[0];
  const currency = programs[0]?.[1][0]?.currency ?? 'USD';
  const launch = brief.today + lead + SLACK_DAYS;

  const placeholders: BriefTemplate['placeholders'] = [];
  let text = '';
  const put = (line: string) => (text += `${line}\n`);
  const hole = (before: string, value: string, after = '') => {
    const start = text.length + before.length;
    placeholders.push({ start, end: start + value.length });
    put(`${before}${value}${after}`);
  };
  put('apiVersion: mops/v1');
  put('kind: Brief');
  put(`id: ${scalar(brief.id)}`);
  hole('title: ', scalar(brief.title ?? 'What the campaign is called'));
  put(`workflow: ${scalar(brief.workflow)}`);
  put(`tier: ${brief.tier}`);
  put('status: active');
  put(`owner: ${scalar(owner)}`);
  put(`requester: ${scalar(owner)}`);
  if (program !== undefined) put(`program: ${scalar(program)}`);
  put(`stage: ${scalar(first)}`);
  hole('objective: ', 'The outcome this campaign must achieve, with a number');
  put('audience:');
  hole('  segment: ', 'who-it-is-for');
  put(`channels: [${channels.map(scalar).join(', ')}]`);
  put(`# Tier ${brief.tier}: at least ${lead} days from brief approval to launch.`);
  put('timeline:');
  put(`  launch: ${formatDay(launch)}`);
  put(`  end: ${formatDay(launch + RUN_DAYS)}`);
  put('budget:');
  put(`  currency: ${scalar(currency)}`);
  put('  planned: 0');
  put('success_metrics:');
  hole('  - metric: ', 'sign-ups');
  put('    target: 0');
  put('approvals: []');
  put('history:');
  put(`  - stage: ${scalar(first)}`);
  put(`    entered: ${formatDay(brief.today)}`);
  return { text, placeholders };
}
