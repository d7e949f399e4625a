// Generated from schemas/budget.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * A marketing budget for a period: how much money each program may spend. Briefs name their program, and their planned spend is checked against its allocation.
 */
export interface Budget {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Budget for a budget.
   */
  kind: 'Budget';
  /**
   * The id of this budget.
   */
  id: string;
  /**
   * The three-letter ISO 4217 currency code of every amount in this budget. Brief budgets in its programs must use the same currency.
   */
  currency: string;
  /**
   * The first and last day the budget covers.
   */
  period: BudgetPeriod;
  /**
   * The money given to each program.
   *
   * Items: The money given to one program.
   */
  allocations: Allocation[];
}
/**
 * The time span a budget covers, from start to end inclusive.
 */
export interface BudgetPeriod {
  /**
   * The first day the budget covers.
   */
  start: string;
  /**
   * The last day the budget covers.
   */
  end: string;
}
/**
 * The money a program may spend in the budget period.
 */
export interface Allocation {
  /**
   * The program this money is for; briefs name it in their program field.
   */
  program: string;
  /**
   * The amount allocated, in the budget's currency.
   */
  amount: number;
  /**
   * The person accountable for this program's spend: a person id from the Team file.
   */
  owner?: string;
  /**
   * A free-text note about this allocation.
   */
  note?: string;
}
