// `mops import links`: each row of a UTM sheet joins the brief whose id is its utm_campaign, appended to
// its links in the list's own style; a campaign with no brief is reported, or gets a draft brief.

import { utmOf } from '../domain/utm';
import { nearest } from '../text/distance';
import { briefTemplate } from '../templates/brief';
import { planTrackedLink } from '../utm/build';
import { appendEntry } from './append';
import type { ImportContext } from './context';
import { cleanLink } from './link-clean';
import { emptyRow, folderOf, joinPath, newFile, notImported, rowNotes, type PlanInput } from './plan-common';
import type { ImportPlan, Note, PlannedFile, RowOutcome, RowValues } from './types';
import { rec, records, str } from '../model/readers';
import { clickId } from '../utm/click-ids';
import { parseLink } from '../utm/link';

const s = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The row's link: the tracked URL as pasted, or one built from the landing page and the UTM columns. */
function linkOf(ctx: ImportContext, row: RowValues, notes: Note[], isBrief: (id: string) => boolean) {
  const utm = utmOf(ctx.index);
  const pasted = s(row.values.get('url'));
  if (pasted) return cleanLink(pasted, 'url', utm, notes, isBrief);
  const landing = s(row.values.get('landing'));
  if (!landing) return undefined;
  const campaign = s(row.values.get('campaign'));
  let built: string;
  try {
    const plan = planTrackedLink(landing, [
      ['utm_source', s(row.values.get('source'))],
      ['utm_medium', s(row.values.get('medium'))],
      ['utm_campaign', campaign],
      ['utm_content', s(row.values.get('content'))],
    ]);
    built = plan.link;
    if (plan.dropped.length > 0) notes.push({ column: 'landing', from: '', to: '', why: `click identifier${plan.dropped.length > 1 ? 's' : ''} removed: ${plan.dropped.join(', ')}` });
  } catch (error) {
    return { url: landing, params: new Map<string, string>(), ok: false, campaign, reason: (error as Error).message };
  }
  notes.push({ column: 'url', from: '', to: '', why: 'built from the landing page and the UTM columns' });
  return cleanLink(built, 'url', utm, notes, isBrief);
}

/** Where a link lands and what it carries, compared loosely: no scheme, UTM values in lower case, no click ids. */
function linkKey(url: string): { page: string; params: string } | undefined {
  const link = parseLink(url);
  if (!link.ok) return undefined;
  const params = link.params
    .filter((p) => !clickId(p.name))
    .map((p) => `${p.name}=${p.name.startsWith('utm_') ? p.value.toLowerCase() : p.value}`)
    .sort()
    .join('&');
  return { page: `${link.host}${link.path}`, params };
}

/**
 * The brief already has this link: the same link but for what `mops fix` or a person changes after an
 * import (http made https, a value's case), or a link of the same name to the same page (its values
 * corrected since: `facebook` made `meta`). Either way, importing the sheet again must not add it twice.
 */
function sameLink(url: string | undefined, name: string | undefined, newUrl: string, newName: string): boolean {
  if (url === undefined) return false;
  if (url === newUrl) return true;
  const [a, b] = [linkKey(url), linkKey(newUrl)];
  if (!a || !b || a.page !== b.page) return false;
  return a.params === b.params || (name !== undefined && name === newName);
}

export function planLinks(input: PlanInput): ImportPlan {
  const { ctx } = input;
  const folder = folderOf(ctx, 'Brief', 'campaigns');
  const texts = new Map<string, { text: string; before?: string }>();
  const drafts = new Map<string, number>();
  const briefIds = ctx.index.all('Brief').flatMap((d) => (typeof d.id === 'string' ? [d.id] : []));
  const ids = new Set(briefIds);
  const isBrief = (id: string) => ids.has(id);
  const urls = new Map<string, number>();
  const files = new Map<string, PlannedFile>();
  const rows = input.rows.map((row): RowOutcome => {
    const notes = rowNotes(row);
    if (emptyRow(row)) return notImported(row, 'nothing in the columns imported', notes);
    const link = linkOf(ctx, row, notes, (id) => isBrief(id) || (input.createBriefs === true && id === s(row.values.get('campaign'))?.toLowerCase()));
    if (!link) return notImported(row, 'no tracked URL and no landing page', notes);
    const campaign = link.campaign ?? s(row.values.get('campaign'));
    if (!campaign) return notImported(row, link.ok ? 'the link has no utm_campaign and the row names no campaign' : `${'reason' in link ? link.reason : 'the URL is not a web address'}, and the row names no campaign`, notes);
    const twin = urls.get(`${campaign} ${link.url}`);
    if (twin !== undefined) return notImported(row, `the same link as row ${twin}`, notes);
    urls.set(`${campaign} ${link.url}`, row.line);
    const [brief] = ctx.index.byId('Brief', campaign);
    let path = brief?.path;
    const draftFrom = drafts.get(campaign);
    if (!brief && draftFrom === undefined) {
      if (!input.createBriefs) {
        const like = nearest(campaign, briefIds);
        return notImported(row, `no brief has the id ${campaign}${like ? ` (did you mean ${like}?)` : ''}; --create-briefs makes a draft brief for it`, notes);
      }
      path = joinPath(folder, `${campaign}.yaml`);
      const blocked = newFile(files, input, path);
      if (blocked) return notImported(row, blocked, notes);
      const workflow = ctx.index.all('Workflow').find((d) => d.id === 'campaign') ?? ctx.index.all('Workflow')[0];
      const draft = briefTemplate(ctx.index, { id: campaign, workflow: typeof workflow?.id === 'string' ? workflow.id : 'campaign', tier: 1, today: ctx.today, title: `Draft: ${campaign}` });
      texts.set(path, { text: `# A draft made by mops import from ${input.source} for its links: fill in what the campaign is.\n${draft.text}` });
      drafts.set(campaign, row.line);
      notes.push({ column: 'campaign', from: '', to: path, why: 'a draft brief, made for this campaign (--create-briefs)' });
    }
    path ??= joinPath(folder, `${campaign}.yaml`);
    const current = texts.get(path) ?? { text: brief!.lines.text, before: brief!.lines.text };
    const name = s(row.values.get('name')) ?? link.params.get('utm_content') ?? [link.params.get('utm_source'), link.params.get('utm_medium')].filter(Boolean).join('-');
    if (brief) {
      const already = records(rec(brief.value).links).find(([l]) => sameLink(str(l.url), str(l.name), link.url, name));
      if (already) return { line: row.line, status: 'unchanged', file: path, id: campaign, notes, reason: `already in the brief's links` };
    }
    const appended = appendEntry(path, current.text, 'Brief', campaign, 'links', { name: name || 'link', url: link.url }, ['name', 'url'], 'history');
    if (typeof appended === 'string') return notImported(row, appended, notes);
    texts.set(path, { ...current, text: appended.text });
    files.set(path, { path, text: appended.text, before: current.before });
    const docIndex = brief?.index ?? 0;
    return { line: row.line, status: brief ? 'appended' : 'written', file: path, id: campaign, notes, reason: row.problems.join('; ') || undefined, at: { path, docIndex, dataPath: ['links', appended.index] } };
  });
  return { rows, files: [...files.values()] };
}
