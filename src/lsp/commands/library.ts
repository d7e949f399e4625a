// The lookups the extension's commands start from: the playbooks and where a file is among them (`mops/playbooks`),
// a playbook's Team (`mops/team`), where a view node's value is (`mops/position`) and the SOP library (`mops/sops`).

import { objectRange, peopleOf, rec, sopSteps, sopTitle, str, valueRange, yamlScalar } from '../../core';
import type { Feature, ServerContext } from '../context';
import {
  PLAYBOOKS_REQUEST,
  POSITION_REQUEST,
  SOPS_REQUEST,
  TEAM_REQUEST,
  type PlaybooksResult,
  type PositionResult,
  type SopItem,
  type SopsResult,
  type TeamResult,
} from '../protocol-commands';
import { fileAt, onRequest, personChoice, playbookOf, stringParam, syncAll } from './common';

async function located(context: ServerContext, params: unknown): Promise<PlaybooksResult> {
  const { playbooks } = context;
  await playbooks.ready;
  const result: PlaybooksResult = { playbooks: playbooks.all().map((p) => ({ uri: p.uri, name: p.name })) };
  const uri = stringParam(params, 'uri');
  const at = uri === undefined ? undefined : await fileAt(context, uri);
  if (!at) return result;
  const brief = at.playbook.workspace.parsed(at.path)?.documents.find((d) => d.kind === 'Brief')?.id;
  return { ...result, located: { root: at.playbook.uri, path: at.path, ...(brief !== undefined ? { brief } : {}) } };
}

async function position(context: ServerContext, params: unknown): Promise<PositionResult> {
  const uri = stringParam(params, 'uri');
  const index = (params as { index?: unknown } | undefined)?.index;
  const path = (params as { path?: unknown } | undefined)?.path;
  if (uri === undefined || typeof index !== 'number' || !Array.isArray(path) || !path.every((p) => typeof p === 'string' || typeof p === 'number')) return null;
  const at = await fileAt(context, uri);
  const doc = at?.playbook.workspace.parsed(at.path)?.documents.find((d) => d.index === index);
  const range = doc && (valueRange(doc.yaml, doc.lines, path) ?? objectRange(doc.yaml, doc.lines, []));
  return range ? range.start : null;
}

/** Every SOP, each listed by the playbook that owns its file. */
async function sops(context: ServerContext): Promise<SopsResult> {
  const { playbooks } = context;
  await playbooks.ready;
  syncAll(context);
  const items: SopItem[] = [];
  for (const playbook of playbooks.all()) {
    for (const doc of playbook.workspace.documents('Sop')) {
      if (!playbooks.owns(playbook, doc.path)) continue;
      const value = rec(doc.value);
      const lines = playbook.workspace.parsed(doc.path)?.lines;
      items.push({
        root: playbook.uri,
        uri: playbook.uriOf(doc.path),
        path: doc.path,
        index: doc.index,
        ...(doc.id !== undefined ? { id: doc.id } : {}),
        title: sopTitle(doc),
        ...(str(value.area) !== undefined ? { area: str(value.area) } : {}),
        ...(str(value.owner) !== undefined ? { owner: str(value.owner) } : {}),
        position: lines ? lines.position(doc.start) : { line: 0, character: 0 },
        steps: sopSteps(doc.value).map((step) => {
          const text = step.text.replace(/\s+/g, ' ').trim();
          return { text, yaml: yamlScalar(text) };
        }),
      });
    }
  }
  return { sops: items };
}

export const library: Feature = {
  register(context) {
    onRequest(context, PLAYBOOKS_REQUEST, { playbooks: [] } as PlaybooksResult, (params: unknown) => located(context, params));
    onRequest(context, TEAM_REQUEST, { people: [] } as TeamResult, async (params: unknown) => {
      const playbook = await playbookOf(context, params);
      return { people: playbook ? [...peopleOf(playbook.workspace.view()).byId.values()].map(personChoice) : [] };
    });
    onRequest(context, POSITION_REQUEST, null as PositionResult, (params: unknown) => position(context, params));
    onRequest(context, SOPS_REQUEST, { sops: [] } as SopsResult, () => sops(context));
  },
};
