// The New brief wizard's requests: what it asks from (`mops/newBrief`: workflows, tiers, the naming convention's
// parts, the brief folder) and the brief it writes (`mops/briefTemplate`: the id checked, the owner's and the
// program's choices, the text and its tab stops), all from the playbook the server holds.

import { allocationsOf, briefTemplate, formatDay, matchName, namingOf, peopleOf, workflowOf, WRITTEN_ROLES, type NamingPart, type PlaceholderRole } from '../../core';
import type { Feature } from '../context';
import type { Playbook } from '../playbooks';
import { BRIEF_TEMPLATE_REQUEST, NEW_BRIEF_REQUEST, type BriefNamingPart, type BriefTemplateResult, type NewBriefResult } from '../protocol-brief';
import { onRequest, personChoice, playbookOf, stringParam } from './common';

/** The protocol's naming part is the core's, written out import-free: either converts to the other without a cast. */
const namingPart = (part: NamingPart): BriefNamingPart => part;

/** Where the playbook keeps its briefs: the folder that holds the most of them, else `campaigns`. */
function briefFolder(playbook: Playbook): string {
  const counts = new Map<string, number>();
  for (const doc of playbook.workspace.documents('Brief')) {
    const folder = doc.path.includes('/') ? doc.path.slice(0, doc.path.lastIndexOf('/')) : '';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'campaigns';
}

function newBrief(playbook: Playbook): NewBriefResult {
  const { workspace } = playbook;
  const view = workspace.view();
  const workflows = workspace.documents('Workflow').flatMap((d) => {
    if (!d.id) return [];
    const tiers = [...(workflowOf(view, d.id)?.tiers.values() ?? [])].map((t) => ({
      tier: t.tier,
      ...(t.minLeadDays !== undefined ? { minLeadDays: t.minLeadDays } : {}),
      ...(t.maxChannels !== undefined ? { maxChannels: t.maxChannels } : {}),
    }));
    return [{ id: d.id, title: String((d.value as { title?: unknown } | null)?.title ?? ''), tiers }];
  });
  const template = namingOf(view)?.targets.get('campaign');
  return { workflows, naming: template ? template.parts.map(namingPart) : null, year: formatDay(workspace.today).slice(0, 4), folder: briefFolder(playbook) };
}

/** A brief's answers as the request gives them, or undefined for params of the wrong shape. */
function answers(params: unknown): { id: string; workflow: string; tier: number; title?: string; owner?: string; program?: string } | undefined {
  const record: Record<string, unknown> = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  const id = stringParam(record, 'id');
  const workflow = stringParam(record, 'workflow');
  const tier = record.tier;
  // The id names the file: no path separator, no `.`, `..` or hidden file.
  if (id === undefined || !/^[^./\\][^/\\]*$/.test(id) || workflow === undefined || typeof tier !== 'number' || !Number.isInteger(tier)) return undefined;
  const optional = ['title', 'owner', 'program'].map((name) => [name, record[name]] as const);
  if (optional.some(([, value]) => value !== undefined && typeof value !== 'string')) return undefined;
  const given = Object.fromEntries(optional.filter(([, value]) => value !== '' && value !== undefined)) as { title?: string; owner?: string; program?: string };
  return { id, workflow, tier, ...given };
}

function template(playbook: Playbook, params: unknown): BriefTemplateResult {
  const given = answers(params);
  if (!given) return null;
  const { workspace } = playbook;
  const view = workspace.view();
  const convention = namingOf(view)?.targets.get('campaign');
  const matched = convention && matchName(convention, given.id);
  const folder = briefFolder(playbook);
  const path = folder ? `${folder}/${given.id}.yaml` : `${given.id}.yaml`;
  const brief = briefTemplate(view, { ...given, today: workspace.today });
  const team = peopleOf(view);
  const allocations = allocationsOf(view);
  const written = (role: PlaceholderRole) => WRITTEN_ROLES.includes(role) && !(given.title && role === 'title');
  return {
    ...(matched && !matched.ok ? { convention: matched.message } : {}),
    path,
    exists: workspace.has(path),
    people: brief.people.map((id) => personChoice(team.byId.get(id) ?? { id, roles: [] })),
    programs: brief.programs.map((id) => {
      const a = allocations.get(id)?.find((x) => x.amount !== undefined);
      return a ? { id, description: `${a.amount?.toLocaleString('en-US')} ${a.currency ?? ''} allocated in ${a.doc.id ?? a.doc.path}`.trim() } : { id };
    }),
    text: brief.text,
    placeholders: brief.placeholders.filter((p) => written(p.role)),
  };
}

export const brief: Feature = {
  register(context) {
    onRequest(context, NEW_BRIEF_REQUEST, null as NewBriefResult, async (params: unknown) => {
      const playbook = await playbookOf(context, params);
      return playbook ? newBrief(playbook) : null;
    });
    onRequest(context, BRIEF_TEMPLATE_REQUEST, null as BriefTemplateResult, async (params: unknown) => {
      const playbook = await playbookOf(context, params);
      return playbook ? template(playbook, params) : null;
    });
  },
};
