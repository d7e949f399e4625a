// What the cursor names, as an entity of the playbook (a person, a tool, a stage of a workflow…), at a
// reference to it or at its definition: the one question definition, references and rename start from.

import { isScalar } from 'yaml';
import type { Workspace } from '../engine/workspace';
import { referenceAt, type ReferenceKind } from '../assist/references';
import { scopeAt, valueSpan, type AssistScope } from '../assist/scope';
import { scalarTextStart, type DataPath } from '../model/locate';
import { str } from '../model/readers';
import { trackedLinks } from '../utm/links';

export type EntityKind = 'person' | 'tool' | 'brief' | 'workflow' | 'stage' | 'program' | 'channel' | 'tier' | 'role' | 'sop' | 'policy';

/** A thing of the playbook that documents define and name. A stage and a tier belong to a workflow. */
export interface Entity {
  kind: EntityKind;
  id: string;
  workflow?: string;
}

export interface EntityAt {
  entity: Entity;
  /** Offsets of the id's characters under the cursor (inside quotes; a URL parameter's value). */
  start: number;
  end: number;
  /** The cursor is on the entity's definition (a Team member's id, a Tool's id…), not on a reference. */
  declaration: boolean;
  /** The document and data path of the value under the cursor. */
  scope: AssistScope;
  path: DataPath;
}

/** The reference kinds that name an entity navigation follows, as that entity's kind. */
const NAVIGABLE: Partial<Record<ReferenceKind, EntityKind>> = {
  person: 'person',
  tool: 'tool',
  stage: 'stage',
  workflow: 'workflow',
  program: 'program',
  channel: 'channel',
  tier: 'tier',
  role: 'role',
};

const OWN_ID: Record<string, EntityKind> = { Brief: 'brief', Tool: 'tool', Workflow: 'workflow', Sop: 'sop', Policy: 'policy' };

const shape = (path: DataPath) => path.map((s) => (typeof s === 'number' ? '#' : s)).join('.');

/** The entity a definition at `path` of a document of `kind` defines. */
function definedAt(scope: AssistScope, path: DataPath, id: string): Entity | undefined {
  const kind = scope.kind ?? '';
  const where = `${kind}:${shape(path)}`;
  if (where.endsWith(':id') && OWN_ID[kind]) return { kind: OWN_ID[kind], id };
  const workflow = str(scope.data.id);
  switch (where) {
    case 'Team:members.#.id':
      return { kind: 'person', id };
    case 'Workflow:stages.#.id':
      return workflow === undefined ? undefined : { kind: 'stage', id, workflow };
    case 'Workflow:tiers.#.tier':
      return workflow === undefined ? undefined : { kind: 'tier', id, workflow };
    case 'Budget:allocations.#.program':
      return { kind: 'program', id };
    case 'NamingConvention:tokens.channel.values.#':
      return { kind: 'channel', id };
    default:
      return undefined;
  }
}

/** A link's utm_campaign value under the cursor: the brief it names. */
function campaignAt(scope: AssistScope, path: DataPath): EntityAt | undefined {
  const index = path[1];
  if (scope.kind !== 'Brief' || shape(path) !== 'links.#.url' || typeof index !== 'number') return undefined;
  const base = scalarTextStart(scope.doc, scope.file.text, path);
  const link = trackedLinks(scope.doc).find((l) => l.index === index)?.link;
  if (base === undefined || !link?.ok) return undefined;
  const at = scope.offset - base;
  const param = link.params.find((p) => p.name === 'utm_campaign' && at >= p.start && at <= p.start + p.raw.length);
  if (!param || param.value.trim() === '') return undefined;
  return { entity: { kind: 'brief', id: param.value.trim() }, start: base + param.start, end: base + param.start + param.raw.length, declaration: false, scope, path };
}

/** What the scalar under the cursor names; undefined when it names nothing navigation knows. */
export function entityAt(workspace: Workspace, path: string, offset: number): EntityAt | undefined {
  const scope = scopeAt(workspace, path, offset);
  if (!scope?.kind || scope.place.on !== 'value' || !isScalar(scope.place.node)) return undefined;
  const value = scope.place.node.value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const span = valueSpan(scope);
  if (!span) return undefined;
  const dataPath = scope.place.path;
  const campaign = campaignAt(scope, dataPath);
  if (campaign) return campaign;
  const id = String(value);
  const at = (entity: Entity, declaration: boolean): EntityAt => ({ entity, start: span.start, end: span.end, declaration, scope, path: dataPath });
  const reference = referenceAt(scope.kind, dataPath);
  const kind = reference && NAVIGABLE[reference.kind];
  if (kind) {
    if (kind === 'stage' || kind === 'tier') {
      const workflow = str(scope.kind === 'Workflow' ? scope.data.id : scope.data.workflow);
      return workflow === undefined ? undefined : at({ kind, id, workflow }, false);
    }
    // A role a Team member holds is where the role comes from: gates and SOP steps ask for it.
    return at({ kind, id }, kind === 'role' && scope.kind === 'Team');
  }
  const defined = definedAt(scope, dataPath, id);
  return defined ? at(defined, true) : undefined;
}

/** The reference kind at the cursor when it names something navigation does not follow (a currency, a checklist item). */
export function otherReferenceAt(workspace: Workspace, path: string, offset: number): ReferenceKind | undefined {
  const scope = scopeAt(workspace, path, offset);
  if (!scope?.kind || scope.place.on !== 'value') return undefined;
  return referenceAt(scope.kind, scope.place.path)?.kind;
}
