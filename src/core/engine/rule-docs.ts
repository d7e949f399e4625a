// Where each rule's documentation lives: docs/rules/<id>.md in the repository.

export const REPOSITORY_URL = 'https://github.com/mops-dev/mops';
export const RULE_DOCS_BASE = `${REPOSITORY_URL}/blob/main/docs/rules/`;

/** The doc file of a rule, relative to the package root: `docs/rules/utm/case.md`. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export function ruleDocUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
