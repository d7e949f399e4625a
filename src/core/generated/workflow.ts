// Generated from schemas/workflow.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * A stage-gate workflow for campaigns: its ordered stages, each with an SLA in days and an optional exit gate, and the rules for each campaign tier.
 */
export interface Workflow {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Workflow for a stage-gate workflow.
   */
  kind: 'Workflow';
  /**
   * The id of this workflow, which briefs name in their workflow field.
   */
  id: string;
  /**
   * A short human-readable name for the workflow.
   */
  title: string;
  /**
   * What kind of work this workflow is for.
   */
  description?: string;
  /**
   * The stages in order, from first to last. A brief moves through them one by one.
   *
   * @minItems 1
   *
   * Items: One workflow stage, with its SLA and optional exit gate.
   */
  stages: Stage[];
  /**
   * The id of the stage from which a campaign counts as launched (success metrics must be agreed before it). When omitted, the first stage named launch, publish, live or go-live is the launch stage.
   */
  launch_stage?: string;
  /**
   * The rules for each campaign tier: the minimum lead time from brief approval to launch, and the most channels allowed.
   *
   * Items: The rule for one campaign tier.
   */
  tiers?: TierRule[];
}
/**
 * A stage of the workflow: how long a campaign may stay in it, and the gate it must pass to leave it.
 */
export interface Stage {
  /**
   * The stage id, which briefs use in stage, history and approvals.
   */
  id: string;
  /**
   * A human-readable name for the stage.
   */
  title?: string;
  /**
   * The most days an active campaign may stay in this stage before it is flagged as overdue.
   */
  sla_days: number;
  /**
   * The exit gate of this stage: who must approve it, which brief fields must be filled in, and the checklist to confirm. Leave it out if the stage has no gate.
   */
  gate?: Gate;
  /**
   * What happens in this stage.
   */
  description?: string;
}
/**
 * The exit gate of a stage. A brief passes it with an approved approval from someone holding one of the roles, with every checklist item confirmed and every required brief field filled in.
 */
export interface Gate {
  /**
   * The team roles allowed to approve this gate; the approver must hold at least one.
   *
   * @minItems 1
   *
   * Items: A role from the Team file.
   */
  approver_roles: string[];
  /**
   * The brief fields that must be filled in before this gate can be passed.
   *
   * Items: A brief field that must be present and not empty.
   */
  requires?: (
    | 'objective'
    | 'audience'
    | 'channels'
    | 'timeline'
    | 'budget'
    | 'success_metrics'
    | 'links'
    | 'tools'
    | 'compliance'
    | 'program'
    | 'requester'
    | 'notes'
  )[];
  /**
   * The items the approver must confirm in the approval's checklist.
   *
   * Items: A checklist item to confirm.
   */
  checklist?: string[];
}
/**
 * The rule for one campaign tier: minimum lead time and channel limit.
 */
export interface TierRule {
  /**
   * The tier this rule applies to, as set in a brief's tier field.
   */
  tier: number;
  /**
   * The fewest days allowed between brief approval and launch for campaigns of this tier.
   */
  min_lead_days: number;
  /**
   * The most channels a campaign of this tier may use.
   */
  max_channels?: number;
  /**
   * What campaigns of this tier look like.
   */
  description?: string;
}
