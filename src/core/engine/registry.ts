// The rule table a Workspace runs when it is given none: the built-in rules, handed in by the core's entry
// (core/index.ts), so that the engine never imports a rule and rules can import the engine's contract.

import type { Rule } from './rule';

let builtin: readonly Rule[] | undefined;

export function registerBuiltinRules(rules: readonly Rule[]): void {
  builtin = rules;
}

/** The registered table; a Workspace without rules would check nothing and call it clean, so none is an error. */
export function builtinRules(): readonly Rule[] {
  if (!builtin) throw new Error('No rule table: import the core through src/core (its index registers the built-in rules), or pass options.rules.');
  return builtin;
}
