// Runs every rule over one report; the list of rules is `rules/index.ts`. Each finding is stamped with
// its rule's id there; failing identities get the likely misprinted cell when one explains them all
// (explainLikelyCell.ts); an error resting on a cell read without certainty becomes one to review
// (doubtfulCells.ts); then findings are sorted by severity, keeping each rule's own order within one.

import type { Finding } from '../model/types.ts';
import type { RuleContext } from './context.ts';
import { runRule } from './rule.ts';
import { RULES } from './rules/index.ts';
import { explainLikelyCells } from './explainLikelyCell.ts';
import { reviewDoubtfulCells } from './doubtfulCells.ts';
import { withBlanksAsZero } from './blankAsZero.ts';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function runRules(context: RuleContext): Finding[] {
  // A table that prints its zeros as blanks is checked with them as 0 (blankAsZero.ts).
  const seen = { ...context, cells: withBlanksAsZero(context.template, context.cells) };
  const findings = reviewDoubtfulCells(seen, explainLikelyCells(seen, RULES.flatMap((rule) => runRule(rule, seen))));
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
