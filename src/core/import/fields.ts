// The fields each kind of import fills, what type of value each takes, and the headers spreadsheets give them.
//
// Field names are the playbook's own (dotted for nested ones: `budget.planned`); a few are the import's own
// and go into a record through another field: `region` into a brief's id, `metric` and `target` into its
// first success metric, `utilisation` into a tool's active seats, `landing`, `source`, `medium` and
// `content` into a tracked link.

import type { ImportKind } from './types';

export type FieldType =
  | 'text'
  | 'slug'
  | 'id'
  | 'date'
  | 'money'
  | 'currency'
  | 'integer'
  | 'number'
  | 'share'
  | 'boolean'
  | 'person'
  | 'email'
  | 'url'
  | 'dictionary';

/** Where a dictionary field's allowed values come from (see dictionaries.ts). */
export type DictionaryName =
  | 'workflow'
  | 'stage'
  | 'brief-status'
  | 'program'
  | 'channel'
  | 'region'
  | 'tool-status'
  | 'category'
  | 'tool'
  | 'role'
  | 'utm_source'
  | 'utm_medium';

export interface FieldSpec {
  field: string;
  type: FieldType;
  /** Headers that name this field, compared loosely (see text.ts). */
  headers: string[];
  dictionary?: DictionaryName;
  /** A cell may hold several values (`Email; Webinar`). */
  list?: boolean;
}

const f = (field: string, type: FieldType, headers: string[], more: Partial<FieldSpec> = {}): FieldSpec => ({ field, type, headers, ...more });
const dict = (field: string, dictionary: DictionaryName, headers: string[], list = false): FieldSpec => ({ field, type: 'dictionary', headers, dictionary, list });

const BRIEF_FIELDS: FieldSpec[] = [
  f('id', 'id', ['id', 'campaign id', 'campaign code', 'brief id', 'code']),
  f('title', 'text', ['title', 'campaign', 'campaign name', 'name', 'campaign title']),
  dict('workflow', 'workflow', ['workflow', 'campaign type', 'type', 'process']),
  f('tier', 'integer', ['tier', 'campaign tier', 'size']),
  dict('status', 'brief-status', ['status', 'campaign status']),
  dict('stage', 'stage', ['stage', 'phase', 'current stage', 'gate']),
  f('owner', 'person', ['owner', 'campaign owner', 'owner email', 'lead', 'dri', 'manager']),
  f('requester', 'person', ['requester', 'requested by', 'requestor', 'stakeholder']),
  dict('program', 'program', ['program', 'programme', 'budget program', 'budget programme', 'cost center', 'cost centre']),
  f('objective', 'text', ['objective', 'objectives', 'goal', 'campaign goal']),
  f('audience.segment', 'slug', ['audience', 'segment', 'target audience', 'audience segment']),
  f('audience.size', 'integer', ['audience size', 'reach', 'list size', 'segment size']),
  dict('channels', 'channel', ['channel', 'channels', 'tactic', 'tactics'], true),
  dict('region', 'region', ['region', 'geo', 'market', 'territory']),
  f('timeline.brief_approved', 'date', ['brief approved', 'approved', 'approval date', 'approved on']),
  f('timeline.launch', 'date', ['launch', 'launch date', 'start', 'start date', 'go live', 'live date', 'in market']),
  f('timeline.end', 'date', ['end', 'end date', 'finish', 'close date', 'out of market']),
  f('budget.planned', 'money', ['budget', 'planned budget', 'planned spend', 'planned', 'budget planned']),
  f('budget.currency', 'currency', ['currency', 'budget currency']),
  f('metric', 'slug', ['kpi', 'metric', 'success metric', 'primary kpi', 'primary metric']),
  f('target', 'number', ['target', 'kpi target', 'goal target', 'metric target']),
  f('notes', 'text', ['notes', 'comments', 'comment', 'description']),
];

const TOOL_FIELDS: FieldSpec[] = [
  f('id', 'id', ['id', 'tool id']),
  f('name', 'text', ['tool', 'tool name', 'name', 'product', 'application', 'app']),
  f('vendor', 'text', ['vendor', 'supplier', 'company', 'provider']),
  dict('category', 'category', ['category', 'type', 'function', 'tool category']),
  f('owner', 'person', ['owner', 'business owner', 'tool owner', 'admin', 'owner email']),
  dict('status', 'tool-status', ['status', 'lifecycle', 'state']),
  f('purpose', 'text', ['purpose', 'use', 'used for', 'use case', 'description']),
  f('cost.annual', 'money', ['annual cost', 'cost', 'cost per year', 'annual spend', 'price', 'acv', 'cost yr', 'yearly cost', 'annual']),
  f('cost.currency', 'currency', ['currency']),
  f('seats.licensed', 'integer', ['seats', 'licensed seats', 'licenses', 'licences', 'seats licensed', 'seats purchased']),
  f('seats.active', 'integer', ['active seats', 'active users', 'seats used', 'seats in use', 'users']),
  f('utilisation', 'share', ['utilisation', 'utilization', 'usage', 'adoption', '% used', 'seat utilisation', 'seat utilization']),
  f('contract.renewal', 'date', ['renewal', 'renewal date', 'contract end', 'renews', 'contract renewal']),
  f('contract.notice_days', 'integer', ['notice', 'notice days', 'notice period', 'notice period days']),
  f('contract.auto_renew', 'boolean', ['auto renew', 'auto renews', 'auto renewal', 'autorenew']),
  f('last_review', 'date', ['last review', 'last reviewed', 'reviewed', 'review date']),
  f('review_every_days', 'integer', ['review every', 'review every days', 'review cadence', 'review cadence days']),
  dict('integrations', 'tool', ['integrations', 'integrates with', 'connected to', 'connections'], true),
  f('data.pii', 'boolean', ['pii', 'personal data', 'holds pii', 'contains pii']),
  f('data.dpa_signed', 'boolean', ['dpa', 'dpa signed', 'dpa in place']),
  f('notes', 'text', ['notes', 'comments', 'comment']),
];

const PERSON_FIELDS: FieldSpec[] = [
  f('id', 'id', ['id', 'username', 'handle', 'user id']),
  f('name', 'text', ['name', 'full name', 'display name', 'person', 'employee']),
  f('title', 'text', ['title', 'job title', 'position']),
  f('email', 'email', ['email', 'e mail', 'work email', 'email address', 'mail']),
  dict('roles', 'role', ['roles', 'role', 'mops roles', 'permissions', 'approves'], true),
];

const LINK_FIELDS: FieldSpec[] = [
  f('campaign', 'id', ['campaign', 'utm campaign', 'campaign name', 'campaign id', 'brief', 'brief id']),
  f('url', 'url', ['tracked url', 'url', 'full url', 'final url', 'link', 'tagged url', 'generated url', 'tracking url', 'tracked link']),
  f('landing', 'url', ['landing page', 'landing url', 'destination', 'destination url', 'website url', 'base url', 'page']),
  f('name', 'text', ['name', 'link name', 'ad name', 'creative', 'placement']),
  dict('source', 'utm_source', ['source', 'utm source', 'campaign source']),
  dict('medium', 'utm_medium', ['medium', 'utm medium', 'campaign medium']),
  f('content', 'slug', ['content', 'utm content', 'campaign content', 'ad content']),
];

export const FIELDS: Record<ImportKind, FieldSpec[]> = { briefs: BRIEF_FIELDS, tools: TOOL_FIELDS, people: PERSON_FIELDS, links: LINK_FIELDS };

export function fieldSpec(kind: ImportKind, field: string): FieldSpec | undefined {
  return FIELDS[kind].find((s) => s.field === field);
}

/** The field a record must have, per kind, without which a row is not imported (an id can be built). */
export const NAMED_BY: Record<ImportKind, string[]> = { briefs: ['id', 'title'], tools: ['id', 'name'], people: ['id', 'name', 'email'], links: ['url', 'landing'] };
