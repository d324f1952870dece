// Runs every rule over one report. Rules are independent modules; their order here is the order in
// which their findings are listed before sorting by severity.

import type { Finding } from '../model/types.ts';
import type { Rule, RuleContext } from './context.ts';
import { malformed } from './rules/malformed.ts';
import { narrativeEnumeration } from './rules/narrativeEnumeration.ts';
import { narrativeVsTable } from './rules/narrativeVsTable.ts';
import { same } from './rules/same.ts';
import { signatureDate } from './rules/signatureDate.ts';
import { sum } from './rules/sum.ts';
import { balance } from './rules/balance.ts';
import { rowSum } from './rules/rowSum.ts';
import { groupEmpty } from './rules/groupEmpty.ts';
import { countValues } from './rules/countValues.ts';
import { narrativeShare } from './rules/narrativeShare.ts';
import { narrativeRate } from './rules/narrativeRate.ts';
import { narrativeTwice } from './rules/narrativeTwice.ts';

export const rules: Rule[] = [balance, sum, rowSum, same, groupEmpty, countValues, malformed, signatureDate, narrativeVsTable, narrativeEnumeration, narrativeShare, narrativeRate, narrativeTwice];

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function runRules(context: RuleContext): Finding[] {
  const findings = rules.flatMap((rule) => rule.run(context));
  // A stable sort keeps each rule's own order within a severity.
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
