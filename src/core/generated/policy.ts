// Generated from schemas/policy.schema.json by scripts/generate.mjs (json-schema-to-typescript). Do not edit by hand:
// change the schema and run `npm run generate`.

/**
 * One of the team's own standards, checked like a built-in rule: which documents it applies to, and CEL expressions each of them must satisfy. Its findings are the rule policy/<id>.
 */
export interface Policy {
  /**
   * The mops file format version. Always mops/v1.
   */
  apiVersion: 'mops/v1';
  /**
   * The document type. Policy for one of the team's own standards.
   */
  kind: 'Policy';
  /**
   * The policy id: its findings are the rule policy/<id>, which configs and disable comments name.
   */
  id: string;
  /**
   * The standard in one line: shown as the rule's name in every report.
   */
  title: string;
  /**
   * Why the team has this standard and how to comply: shown in hover, mops explain and SARIF help.
   */
  description?: string;
  /**
   * error, warning or info (default: warning); mops.config.yaml rules can override it like any rule's.
   */
  severity?: 'error' | 'warning' | 'info';
  /**
   * Which documents the policy applies to: a kind (or a list of kinds) and an optional CEL condition.
   */
  match: PolicyMatch;
  /**
   * What every matched document must satisfy: one or more CEL expressions, each with where its finding lands and what it says.
   *
   * @minItems 1
   * @maxItems 50
   */
  assert: PolicyAssertion[];
}
/**
 * Which documents the policy applies to: a kind (or a list of kinds) and an optional CEL condition.
 */
export interface PolicyMatch {
  /**
   * The kind of the documents checked, or a list of kinds.
   *
   * @minItems 1
   */
  kind: string | string[];
  /**
   * A CEL condition on self: only documents for which it is true are checked.
   */
  when?: string;
}
/**
 * One CEL expression a matched document must satisfy, where its finding lands, and its message.
 */
export interface PolicyAssertion {
  /**
   * A CEL expression over self, today and playbook that must be true.
   */
  expr: string;
  /**
   * The field the finding lands on: a dotted path with list indexes or *; where it is missing, its nearest present parent; by default the document's id.
   */
  at?: string;
  /**
   * What the finding says; {…} placeholders are CEL expressions rendered as text.
   */
  message?: string;
}
