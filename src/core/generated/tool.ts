// Generated from schemas/tool.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * One martech tool in the register: what it is for, who owns it, what it costs, how many seats are used, when its contract renews and when it was last reviewed.
 */
export interface Tool {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Tool for a martech tool.
   */
  kind: 'Tool';
  /**
   * The tool id, which briefs and other tools use to refer to it. It must follow the tool target of the naming convention.
   */
  id: string;
  /**
   * The product name of the tool.
   */
  name: string;
  /**
   * The kind of tool. Two or more active tools in one category are flagged as overlap.
   */
  category: string;
  /**
   * The person accountable for the tool and its reviews: a person id from the Team file.
   */
  owner: string;
  /**
   * Where the tool is in its life: active, evaluating, sunsetting or retired.
   */
  status?: 'active' | 'evaluating' | 'sunsetting' | 'retired';
  /**
   * The company that sells the tool.
   */
  vendor?: string;
  /**
   * The tool's primary function: the job it does for the team.
   */
  purpose?: string;
  /**
   * What the tool costs per year, and in which currency.
   */
  cost?: ToolCost;
  /**
   * How many seats are paid for and how many are used.
   */
  seats?: ToolSeats;
  /**
   * The contract terms: renewal date, notice period and whether it renews automatically.
   */
  contract?: ToolContract;
  /**
   * The day someone last reviewed whether the tool is earning its place.
   */
  last_review?: string;
  /**
   * How often the tool must be reviewed, in days.
   */
  review_every_days?: number;
  /**
   * The other tools in the register this tool exchanges data with, by tool id.
   *
   * Items: The id of an integrated tool.
   */
  integrations?: string[];
  /**
   * What personal data the tool holds, and whether a data processing agreement is signed.
   */
  data?: ToolData;
  /**
   * Free-text notes about the tool.
   */
  notes?: string;
}
/**
 * What a tool costs per year, and in which currency.
 */
export interface ToolCost {
  /**
   * The cost per year.
   */
  annual: number;
  /**
   * The three-letter ISO 4217 currency code of the cost.
   */
  currency: string;
}
/**
 * Seats paid for and seats in use. Active divided by licensed below the configured threshold is flagged as low utilisation.
 */
export interface ToolSeats {
  /**
   * The number of seats paid for.
   */
  licensed: number;
  /**
   * The number of seats actually in use.
   */
  active: number;
}
/**
 * The contract of a tool. Its notice deadline is the renewal date minus the notice days.
 */
export interface ToolContract {
  /**
   * The day the contract renews or ends.
   */
  renewal: string;
  /**
   * How many days before the renewal date notice must be given to cancel or change the contract.
   */
  notice_days?: number;
  /**
   * Whether the contract renews automatically unless notice is given.
   */
  auto_renew?: boolean;
}
/**
 * The personal data a tool holds.
 */
export interface ToolData {
  /**
   * Whether the tool stores personal data (PII) such as names, e-mail addresses or phone numbers.
   */
  pii: boolean;
  /**
   * Whether a data processing agreement with the vendor is signed.
   */
  dpa_signed?: boolean;
}
