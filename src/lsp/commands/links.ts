// The tracked-link command's requests: what its questions offer, from the UTM standard and the naming convention
// (`mops/utm`), then the link, the findings it would bring to its brief and the edit that adds it (`mops/link`).

import { appendListEntry, applyEdits, buildTrackedLink, matchName, namingOf, rec, str, utmOf } from '../../core';
import type { Feature, ServerContext } from '../context';
import type { Playbook } from '../playbooks';
import { LINK_REQUEST, UTM_REQUEST, type LinkFinding, type LinkResult, type UtmResult } from '../protocol-links';
import { fileEdits, onRequest, stringParam, syncAll } from './common';

/** The first Brief document of a playbook's file. */
const briefIn = (playbook: Playbook, path: string) => playbook.workspace.parsed(path)?.documents.find((d) => d.kind === 'Brief');

/** The playbook named by `root`; else the one whose brief `uri` shows; else the first. Every open buffer synced. */
async function chosen(context: ServerContext, params: unknown): Promise<{ playbook?: Playbook; brief?: string }> {
  const { playbooks } = context;
  await playbooks.ready;
  syncAll(context);
  const root = stringParam(params, 'root');
  const uri = stringParam(params, 'uri');
  const at = uri === undefined ? undefined : playbooks.locate(uri);
  const shown = at && briefIn(at.playbook, at.path) ? at : undefined;
  const playbook = root !== undefined ? playbooks.all().find((p) => p.uri === root) : (shown?.playbook ?? playbooks.all()[0]);
  const brief = shown && shown.playbook === playbook ? briefIn(shown.playbook, shown.path)?.id : undefined;
  return { playbook, ...(brief !== undefined ? { brief } : {}) };
}

async function utm(context: ServerContext, params: unknown): Promise<UtmResult> {
  const { playbook, brief } = await chosen(context, params);
  if (!playbook) return { params: {}, domains: [], briefs: [] };
  const view = playbook.workspace.view();
  const standard = utmOf(view);
  const asset = namingOf(view)?.targets.get('asset');
  const values = [...(standard?.params ?? [])].flatMap(([name, rule]) => (rule.values ? [[name, [...rule.values]] as [string, string[]]] : []));
  return {
    root: playbook.uri,
    ...(brief !== undefined ? { brief } : {}),
    params: Object.fromEntries(values),
    ...(standard?.sourceMedium ? { sourceMedium: Object.fromEntries(standard.sourceMedium) } : {}),
    domains: [...(standard?.domains ?? [])],
    briefs: playbook.workspace.documents('Brief').flatMap((d) => (d.id ? [{ id: d.id, ...(str(rec(d.value).title) !== undefined ? { title: str(rec(d.value).title) } : {}) }] : [])),
    ...(asset ? { asset: asset.parts.map((part) => ({ ...part })) } : {}),
  };
}

/** The path of the campaign's brief: the file `uri` shows when its brief's id is the campaign, else the brief with that id. */
function briefPath(context: ServerContext, playbook: Playbook, campaign: string, uri: string | undefined): string | undefined {
  const at = uri === undefined ? undefined : context.playbooks.locate(uri);
  if (at?.playbook === playbook && briefIn(playbook, at.path)?.id === campaign) return at.path;
  return playbook.workspace.documents('Brief').find((d) => d.id === campaign)?.path;
}

async function link(context: ServerContext, params: unknown): Promise<LinkResult> {
  const [root, landing, source, medium, campaign, content] = ['root', 'landing', 'source', 'medium', 'campaign', 'content'].map((name) => stringParam(params, name));
  if (root === undefined || landing === undefined || source === undefined || medium === undefined || campaign === undefined || content === undefined) return { findings: [] };
  const { playbook } = await chosen(context, { root });
  if (!playbook) return { findings: [] };
  let url: string;
  try {
    url = buildTrackedLink(landing, [
      ['utm_source', source],
      ['utm_medium', medium],
      ['utm_campaign', campaign],
      ['utm_content', content || undefined],
    ]);
  } catch (error) {
    return { findings: [], error: error instanceof Error ? error.message : String(error) };
  }
  const asset = namingOf(playbook.workspace.view())?.targets.get('asset');
  const matched = asset && matchName(asset, content);
  const result: LinkResult = { link: url, findings: [], ...(matched && !matched.ok ? { naming: matched.message } : {}) };
  const path = briefPath(context, playbook, campaign, stringParam(params, 'uri'));
  const doc = path === undefined ? undefined : briefIn(playbook, path);
  const text = path === undefined ? undefined : playbook.workspace.parsed(path)?.text;
  if (path === undefined || !doc?.id || text === undefined) return { ...result, unchanged: `the playbook has no brief with the id ${campaign}.` };
  const uri = playbook.uriOf(path);
  result.brief = { uri, id: doc.id };
  const edits = appendListEntry(doc, 'links', { name: content || source, url }, { order: ['name', 'url'], after: 'history' });
  if (typeof edits === 'string') return { ...result, unchanged: edits };
  // A link the standard refuses gets no edit: the findings say why.
  const findings = verdicts(playbook, path, applyEdits(text, edits));
  return { ...result, findings, ...(findings.length === 0 ? { edits: fileEdits(context, uri, edits) } : {}) };
}

/** The findings the new text brings: the rules of `mops check` on a trial copy, less those already there, infos left out. */
function verdicts(playbook: Playbook, path: string, newText: string): LinkFinding[] {
  const before = new Set(playbook.workspace.findings(path).map((f) => `${f.rule} ${f.message}`));
  return playbook.workspace
    .findingsIf(path, newText)
    .flatMap((f) => (f.severity !== 'info' && !before.has(`${f.rule} ${f.message}`) ? [{ rule: f.rule, severity: f.severity as LinkFinding['severity'], message: f.message, line: f.range.start.line }] : []));
}

export const links: Feature = {
  register(context) {
    onRequest(context, UTM_REQUEST, { params: {}, domains: [], briefs: [] } as UtmResult, (params: unknown) => utm(context, params));
    onRequest(context, LINK_REQUEST, { findings: [] } as LinkResult, (params: unknown) => link(context, params));
  },
};
