// The JSON Schemas of schemas/, bundled in: the single source of truth for every kind's shape.

import type { Kind } from '../model/kinds';
import budget from '../../../schemas/budget.schema.json';
import brief from '../../../schemas/brief.schema.json';
import config from '../../../schemas/config.schema.json';
import namingConvention from '../../../schemas/naming-convention.schema.json';
import policy from '../../../schemas/policy.schema.json';
import sop from '../../../schemas/sop.schema.json';
import team from '../../../schemas/team.schema.json';
import tool from '../../../schemas/tool.schema.json';
import utmStandard from '../../../schemas/utm-standard.schema.json';
import workflow from '../../../schemas/workflow.schema.json';

export type JsonSchema = Record<string, unknown>;

export const KIND_SCHEMAS: Record<Kind, JsonSchema> = {
  Config: config,
  Brief: brief,
  NamingConvention: namingConvention,
  UtmStandard: utmStandard,
  Team: team,
  Workflow: workflow,
  Tool: tool,
  Budget: budget,
  Sop: sop,
  Policy: policy,
};

/** The schema file of each kind, for documentation links and generated types. */
export const KIND_SCHEMA_FILES: Record<Kind, string> = {
  Config: 'config.schema.json',
  Brief: 'brief.schema.json',
  NamingConvention: 'naming-convention.schema.json',
  UtmStandard: 'utm-standard.schema.json',
  Team: 'team.schema.json',
  Workflow: 'workflow.schema.json',
  Tool: 'tool.schema.json',
  Budget: 'budget.schema.json',
  Sop: 'sop.schema.json',
  Policy: 'policy.schema.json',
};
