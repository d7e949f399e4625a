// Generated from schemas/brief.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * A campaign intake brief: one campaign with its objective, audience, timeline, budget and success metrics agreed before launch, and its progress through the workflow stages.
 */
export interface Brief {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Brief for a campaign brief.
   */
  kind: 'Brief';
  /**
   * The campaign id. It must follow the campaign target of the naming convention, and every tracked link's utm_campaign must equal it.
   */
  id: string;
  /**
   * A short human-readable name for the campaign.
   */
  title: string;
  /**
   * The id of the Workflow this campaign follows; it sets the stages, gates and tier rules.
   */
  workflow: string;
  /**
   * The campaign tier: 1 is a single channel over 1 to 2 weeks, 2 is multi-channel over 3 to 4 weeks, 3 is an integrated campaign of 6 weeks or more. The workflow's tier rules set the minimum lead time and channel count.
   */
  tier: number;
  /**
   * Whether the campaign is being worked on. Only active briefs are held to stage SLAs and gates.
   */
  status?: 'active' | 'on-hold' | 'closed' | 'cancelled';
  /**
   * The person accountable for the campaign: a person id from the Team file.
   */
  owner: string;
  /**
   * The person who asked for the campaign: a person id from the Team file.
   */
  requester?: string;
  /**
   * The budget program that pays for the campaign; it must have an allocation in a Budget.
   */
  program?: string;
  /**
   * The workflow stage the campaign stands at now. It must be a stage of its workflow, every earlier gate must be approved, and it must match the last history entry.
   */
  stage: string;
  /**
   * What the campaign must achieve, in one sentence, ideally with a number.
   */
  objective?: string;
  /**
   * Who the campaign is for: the segment, its size and a short description.
   */
  audience?: Audience;
  /**
   * The channels the campaign runs on, as codes from the naming convention's channel dictionary.
   *
   * Items: A channel code from the naming convention's channel dictionary.
   */
  channels?: string[];
  /**
   * The key dates: when the brief was approved, when the campaign launches and when it ends.
   */
  timeline?: Timeline;
  /**
   * The campaign budget: currency, total planned spend and its line items.
   */
  budget?: BriefBudget;
  /**
   * The measures that say whether the campaign worked, agreed before launch.
   *
   * Items: One success metric with its target and, once known, its actual result.
   */
  success_metrics?: SuccessMetric[];
  /**
   * The gate decisions recorded for the campaign, one entry per gate approval or rejection.
   *
   * Items: One gate decision: which gate, who decided, the outcome and the date.
   */
  approvals?: Approval[];
  /**
   * The stages the campaign has entered, with dates, oldest first. The last entry is the current stage; going back to an earlier stage counts as rework.
   *
   * Items: One stage the campaign entered, and the date it did.
   */
  history?: HistoryEntry[];
  /**
   * The tracked URLs the campaign uses. Each must pass the UTM standard, and its utm_campaign must equal the brief id.
   *
   * Items: One tracked link: a name for it and the full URL with its UTM parameters.
   */
  links?: TrackedLink[];
  /**
   * The martech tools the campaign uses, as tool ids from the register.
   *
   * Items: A tool id from the martech register.
   */
  tools?: string[];
  /**
   * Privacy and legal facts about the campaign: legal review and the lawful basis for processing personal data.
   */
  compliance?: Compliance;
  /**
   * Free-text notes about the campaign.
   */
  notes?: string;
}
/**
 * Who the campaign is for.
 */
export interface Audience {
  /**
   * The audience segment, as named in the CRM or marketing automation tool.
   */
  segment?: string;
  /**
   * The number of people in the segment.
   */
  size?: number;
  /**
   * A short description of who these people are and why they are targeted.
   */
  description?: string;
}
/**
 * The key dates of a campaign, which must be in order: brief approved, launch, end.
 */
export interface Timeline {
  /**
   * The day the brief was approved. The lead time to launch is counted from here.
   */
  brief_approved?: string;
  /**
   * The day the campaign goes live.
   */
  launch?: string;
  /**
   * The last day the campaign runs.
   */
  end?: string;
}
/**
 * The money planned for one campaign: currency, total planned spend and its line items, which must add up to the total.
 */
export interface BriefBudget {
  /**
   * The three-letter ISO 4217 currency code of every amount in this budget. It must match the currency of the program's Budget.
   */
  currency?: string;
  /**
   * The total planned spend. It must equal the sum of the lines' planned amounts.
   */
  planned?: number;
  /**
   * The budget broken down into line items.
   *
   * Items: One budget line item: what it is for, what is planned and what was spent.
   */
  lines?: BudgetLine[];
}
/**
 * One budget line item of a campaign.
 */
export interface BudgetLine {
  /**
   * What the money is for.
   */
  item: string;
  /**
   * The amount planned for this item, in the budget's currency.
   */
  planned: number;
  /**
   * The amount actually spent so far, in the budget's currency. Spending above the planned amount is flagged.
   */
  actual?: number;
  /**
   * A free-text note about this line.
   */
  note?: string;
}
/**
 * A measure of campaign success, with the target agreed before launch.
 */
export interface SuccessMetric {
  /**
   * The name of what is measured.
   */
  metric: string;
  /**
   * The value the campaign aims for.
   */
  target: number;
  /**
   * The value before the campaign, to compare against.
   */
  baseline?: number;
  /**
   * The value the campaign actually achieved, once known.
   */
  actual?: number;
  /**
   * The unit of the values, if it is not a plain count.
   */
  unit?: string;
  /**
   * Which way the metric is better: higher (the default) or lower, as for a cost per lead. Without it, a target below the baseline means lower.
   */
  better?: 'higher' | 'lower';
}
/**
 * A decision at a workflow gate. An approval counts when its status is approved, the approver holds one of the gate's roles, and its checklist covers the gate's checklist.
 */
export interface Approval {
  /**
   * The id of the workflow stage whose exit gate this decision is for.
   */
  gate: string;
  /**
   * The person who made the decision: a person id from the Team file. They must hold one of the gate's approver roles.
   */
  approver: string;
  /**
   * The outcome of the gate: approved, rejected or pending.
   */
  status: 'approved' | 'rejected' | 'pending';
  /**
   * The day the decision was made.
   */
  date?: string;
  /**
   * The gate checklist items the approver confirmed. Every item of the gate's checklist must be here.
   *
   * Items: A confirmed checklist item, as named in the gate's checklist.
   */
  checklist?: string[];
  /**
   * A free-text note on the decision, such as the reason for a rejection.
   */
  note?: string;
}
/**
 * One step in a campaign's path through its workflow: a stage and the day it was entered.
 */
export interface HistoryEntry {
  /**
   * The id of the workflow stage that was entered.
   */
  stage: string;
  /**
   * The day the campaign entered the stage. Dates must not go backwards.
   */
  entered: string;
  /**
   * A free-text note, such as why the campaign went back a stage.
   */
  note?: string;
}
/**
 * A campaign URL with UTM parameters, checked against the UTM standard.
 */
export interface TrackedLink {
  /**
   * A short name for the link, usually the same as its utm_content.
   */
  name: string;
  /**
   * The full tracked URL, including its UTM query parameters.
   */
  url: string;
}
/**
 * Privacy and legal facts about a campaign: whether legal reviews it, and the lawful basis for processing the audience's personal data.
 */
export interface Compliance {
  /**
   * Whether the legal team must review (or has reviewed) the campaign.
   */
  legal_review?: boolean;
  /**
   * The GDPR lawful basis for processing the audience's personal data.
   */
  consent_basis?:
    'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interest';
  /**
   * Free-text compliance notes.
   */
  notes?: string;
}
