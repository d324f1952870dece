// Every rule, once: `runRules` runs this list, the tests run each module's ok / not-ok examples, and the
// type of a finding's id is derived from it. Adding a rule is its module plus one line here.

import * as balance from './balance.ts';
import * as sum from './sum.ts';
import * as rowSum from './rowSum.ts';
import * as same from './same.ts';
import * as groupEmpty from './groupEmpty.ts';
import * as countValues from './countValues.ts';
import * as columnAtMost from './columnAtMost.ts';
import * as malformed from './malformed.ts';
import * as signatureDate from './signatureDate.ts';
import * as narrativeVsTable from './narrativeVsTable.ts';
import * as narrativeEnumeration from './narrativeEnumeration.ts';
import * as narrativeShare from './narrativeShare.ts';
import * as narrativeRate from './narrativeRate.ts';
import * as narrativeTwice from './narrativeTwice.ts';
import * as narrativeBalance from './narrativeBalance.ts';
import type { RuleExamples } from '../examples.ts';
import type { RuleDef } from '../rule.ts';
import type { MISSING_VALUE } from './missingValues.ts';
import type { GLUED_SUM } from '../../tables/gov/splitDigitsRow.ts';
import type { CROSS_YEAR } from '../crossYear.ts';

/** In the order their findings are listed (before sorting by severity). */
export const RULE_MODULES = [
  { rule: balance.balance, examples: balance.examples },
  { rule: sum.sum, examples: sum.examples },
  { rule: rowSum.rowSum, examples: rowSum.examples },
  { rule: same.same, examples: same.examples },
  { rule: groupEmpty.groupEmpty, examples: groupEmpty.examples },
  { rule: countValues.countValues, examples: countValues.examples },
  { rule: columnAtMost.columnAtMost, examples: columnAtMost.examples },
  { rule: malformed.malformed, examples: malformed.examples },
  { rule: signatureDate.signatureDate, examples: signatureDate.examples },
  { rule: narrativeVsTable.narrativeVsTable, examples: narrativeVsTable.examples },
  { rule: narrativeEnumeration.narrativeEnumeration, examples: narrativeEnumeration.examples },
  { rule: narrativeShare.narrativeShare, examples: narrativeShare.examples },
  { rule: narrativeRate.narrativeRate, examples: narrativeRate.examples },
  { rule: narrativeTwice.narrativeTwice, examples: narrativeTwice.examples },
  { rule: narrativeBalance.narrativeBalance, examples: narrativeBalance.examples },
] as const satisfies ReadonlyArray<{ rule: RuleDef; examples: RuleExamples }>;

export const RULES: readonly RuleDef[] = RULE_MODULES.map((m) => m.rule);

/**
 * Every id a finding can carry: the rules' own, the shared 「无法核对」 id, the reading's (glued digits that
 * fit no split) and the cross-year check's.
 */
export type RuleId = (typeof RULE_MODULES)[number]['rule']['id'] | typeof MISSING_VALUE | typeof GLUED_SUM | typeof CROSS_YEAR;
