// Carry-over along a body's whole run of years: the single-report check (check/crossYear.ts) compares one
// report with the same body's report of the year before; here it is run on every consecutive pair a batch
// has, so a run of ten years is nine comparisons and a break shows between the two years where it happens.
// A break is a cross-year finding that is not merely informational: a figure that should have run on from
// last year's report and did not (an error for 上年结转, a warning for a Fujian 历年累计).

import type { Analysis, Bilingual, Finding } from '../model/types.ts';
import { crossYear } from '../check/crossYear.ts';
import type { YearPair } from './pairYears.ts';

/** What comparing one pair gave. Cell refs in findings are the later report's, as in the single-report check. */
export interface PairCarry {
  pair: YearPair;
  /** Every comparison made, consistent ones (info) included. */
  findings: Finding[];
  /** The comparisons that failed. */
  breaks: Finding[];
  /** Why nothing (or not everything) could be compared: a format without cross-year relations, no matching rows. */
  notices: Bilingual[];
}

/**
 * The earlier report as the comparison should see it. crossYear refuses two reports whose titles name their
 * body differently, as a guard for the single-report page where any file may be chosen; in a batch the pair
 * comes from one group, which the names (「淮安市洪泽区人民政府」 and 「洪泽区政府」) or the user put together,
 * so the earlier report is given the later one's name for this comparison only.
 */
export function asSameBody(earlier: Analysis, later: Analysis): Analysis {
  if (later.meta.body === undefined || earlier.meta.body === later.meta.body) return earlier;
  return { ...earlier, meta: { ...earlier.meta, body: later.meta.body } };
}

/**
 * The cross-year check on every pair, in the order given. A pair whose analyses are not in `analyses` (a file
 * that failed, or was removed from the batch since pairing) is left out rather than reported as consistent.
 */
export function carryOver(pairs: YearPair[], analyses: ReadonlyMap<string, Analysis>): PairCarry[] {
  return pairs.flatMap((pair) => {
    const [later, earlier] = [analyses.get(pair.later), analyses.get(pair.earlier)];
    if (!later || !earlier) return [];
    const { findings, notices } = crossYear(later, asSameBody(earlier, later));
    return [{ pair, findings, breaks: findings.filter((f) => f.severity !== 'info'), notices }];
  });
}
