// Brief snippets, one per workflow and tier of the playbook: the New campaign brief template (its first
// stage, the tier's lead time, the Team, the programs), with the id's naming tokens, the owner, requester
// and program as choices, and the words a person must write as tab stops.

import { namingOf } from '../domain/naming';
import { workflowOf } from '../domain/workflow';
import type { IndexView } from '../engine/index-view';
import type { Part } from '../naming/template';
import { briefTemplate, templateLaunch } from '../templates/brief';
import { formatDay } from '../text/dates';
import type { SnippetDef } from './types';

const escapeText = (text: string) => text.replace(/[$}\\]/g, (c) => `\\${c}`);
const escapeChoice = (text: string) => text.replace(/[$}\\,|]/g, (c) => `\\${c}`);

/** A tab stop: a choice when there are several values (the first is the default), else a placeholder. */
function stop(n: number, values: readonly string[]): string {
  const unique = [...new Set(values)].slice(0, 30);
  return unique.length > 1 ? `\${${n}|${unique.map(escapeChoice).join(',')}|}` : `\${${n}:${escapeText(unique[0] ?? '')}}`;
}

/** Each token's values with the one that suits a launch on `launch` first (its quarter, its year). */
function tokenValues(part: Exclude<Part, { kind: 'literal' }>, launch: number): string[] {
  const day = formatDay(launch);
  if (part.kind === 'values') {
    const quarter = `q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    return part.values.includes(quarter) ? [quarter, ...part.values.filter((v) => v !== quarter)] : part.values;
  }
  if (part.kind === 'date') return [day.replace(/-/g, '')];
  if (part.format === 'year') return [day.slice(0, 4)];
  if (part.format === 'number') return ['1'.padStart(part.minLength, '0')];
  return ['new-campaign'.slice(0, Math.max(part.maxLength, 1))];
}

export function briefSnippets(index: IndexView, today: number): SnippetDef[] {
  const campaign = namingOf(index)?.targets.get('campaign');
  const parts = campaign && campaign.problems.length === 0 ? campaign.parts : undefined;
  const defs: SnippetDef[] = [];
  for (const doc of index.all('Workflow')) {
    const workflow = workflowOf(index, doc.id);
    if (!workflow) continue;
    const tiers = workflow.tiers.size > 0 ? [...workflow.tiers.keys()].sort((a, b) => a - b) : [1];
    for (const tier of tiers) {
      const launch = templateLaunch(index, workflow.id, tier, today);
      let n = 0;
      let idSnippet = '';
      let id = '';
      let channelStop: number | undefined;
      for (const part of parts ?? [{ kind: 'run', token: 'id', format: 'slug', minLength: 1, maxLength: 60 } as Part]) {
        if (part.kind === 'literal') {
          idSnippet += escapeText(part.text);
          id += part.text;
          continue;
        }
        const values = tokenValues(part, launch);
        idSnippet += stop(++n, values);
        id += values[0] ?? '';
        if (part.token === 'channel') channelStop = n;
      }
      const template = briefTemplate(index, { id, workflow: workflow.id, tier, today });
      const text = template.text;
      const stops: Array<{ start: number; end: number; snippet: string }> = [];
      const idAt = text.indexOf('\nid: ') + 5;
      stops.push({ start: idAt, end: text.indexOf('\n', idAt), snippet: idSnippet });
      // The channel the id names is the brief's channel: a mirror of the id's token.
      const open = text.indexOf('\nchannels: [') + '\nchannels: ['.length;
      const close = text.indexOf(']', open);
      if (channelStop !== undefined && open > '\nchannels: ['.length && close > open) stops.push({ start: open, end: close, snippet: `$${channelStop}` });
      for (const hole of template.placeholders) {
        const value = text.slice(hole.start, hole.end);
        const values = hole.role === 'owner' || hole.role === 'requester' ? [value, ...template.people] : hole.role === 'program' ? [value, ...template.programs] : [value];
        stops.push({ start: hole.start, end: hole.end, snippet: stop(++n, values) });
      }
      let body = '';
      let at = 0;
      for (const s of stops.sort((a, b) => a.start - b.start)) {
        body += escapeText(text.slice(at, s.start)) + s.snippet;
        at = s.end;
      }
      body += `${escapeText(text.slice(at))}$0`;
      const first = workflow.stages[0]?.id ?? 'brief';
      const lead = workflow.tiers.get(tier)?.minLeadDays;
      defs.push({
        name: `Brief: ${workflow.id} workflow, tier ${tier}`,
        prefix: `mops-brief-${workflow.id}-tier${tier}`,
        description:
          `A tier ${tier} brief on the '${workflow.id}' workflow, at its first stage '${first}'${lead !== undefined ? `, launching after the tier's ${lead} days of lead time` : ''}: ` +
          "the id from the naming convention's tokens, owner and program from the playbook, and the words to write as tab stops (a gate counts them as not filled in until they are).",
        body,
      });
    }
  }
  return defs;
}
