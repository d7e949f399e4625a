// The kinds of mops documents and the apiVersion this version of mops reads.

export const API_VERSION = 'mops/v1';

export const KINDS = ['Config', 'Brief', 'NamingConvention', 'UtmStandard', 'Team', 'Workflow', 'Tool', 'Budget', 'Sop', 'Policy'] as const;

export type Kind = (typeof KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
