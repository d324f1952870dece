// What a rule is: an id given once, and a function from the report's context to findings. The rule's
// findings are drafts without an id; `runRules` stamps the rule's own id on each, so an id is never typed
// twice and a finding can never carry an id no rule has (as remark-lint rules and vfile-message do).

import type { Finding, FindingBody } from '../model/types.ts';
import type { RuleContext } from './context.ts';
import type { MISSING_VALUE } from './rules/missingValues.ts';
import type { RuleId } from './rules/index.ts';

/**
 * A finding before its rule's id is stamped on it. A rule that could not run a check for want of a number
 * says so with the one shared id for that (`missing-value`), set through `missingValues` or MISSING_VALUE.
 */
export interface Draft extends FindingBody {
  rule?: typeof MISSING_VALUE;
}

export interface RuleDef<Id extends string = string> {
  id: Id;
  run(context: RuleContext): Draft[];
}

/** Keeps a rule's id as its literal type, so the list of rules gives the type of every finding id. */
export function defineRule<const Id extends string>(rule: RuleDef<Id>): RuleDef<Id> {
  return rule;
}

/** The rule's findings with its id stamped on each. */
export function runRule(rule: RuleDef, context: RuleContext): Finding[] {
  // The id comes first, as it reads in the CLI's JSON.
  // The cast is safe: RuleId is derived from the ids of the rules this is called with (rules/index.ts).
  return rule.run(context).map(({ rule: shared, ...draft }): Finding => ({ rule: (shared ?? rule.id) as RuleId, ...draft }));
}
