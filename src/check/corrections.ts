// The user's corrections of misread cells. A correction never overwrites what the document prints: the
// cell keeps its value and carries the correction beside it, the checks run on the corrected values, and
// every view and export shows both. Rechecking is the same rules over the same context, so a correction
// changes the findings exactly as a report printing that value would.

import type { Analysis, Cell, Finding } from '../model/types.ts';
import { parseValue } from '../tables/parseValue.ts';
import { templateOfAnalysis } from '../template/registry.ts';
import { runRules } from './runRules.ts';
import { reportColumns } from './context.ts';
import { CROSS_YEAR } from './crossYear.ts';
import { RULES } from './rules/index.ts';
import { MISSING_VALUE } from './rules/missingValues.ts';

/** One correction as the user made it: the cell, what they typed (read like a printed value), when. */
export interface Correction {
  ref: string;
  raw: string;
  /** ISO 8601 time of the correction. */
  at: string;
}

/** Findings `runRules` makes (and so remakes); any other comes from reading (glued digits) or another year. */
const RULE_IDS = new Set<string>([...RULES.map((rule) => rule.id), MISSING_VALUE]);

/** The last correction of each cell, in the order the cells were first corrected. */
export function effectiveCorrections(corrections: readonly Correction[]): Map<string, Correction> {
  const last = new Map<string, Correction>();
  for (const correction of corrections) last.set(correction.ref, correction);
  return last;
}

/** The value the checks use: the correction's when there is one, else the document's. */
export function checkedValue(cell: Cell): Cell['value'] {
  return cell.correction?.value ?? cell.value;
}

/**
 * The analysis with `corrections` applied to its cells and its findings rechecked. A correction back to
 * exactly what the document prints removes the mark. Corrections of cells the analysis does not have
 * are ignored (a share link checks its refs before this). Cross-year findings are left out: the caller
 * adds them again against the corrected cells (pipeline/withPrevious.ts).
 */
export function applyCorrections(analysis: Analysis, corrections: readonly Correction[]): Analysis {
  const last = effectiveCorrections(corrections);
  const cells = analysis.cells.map((cell): Cell => {
    const { correction: _old, ...uncorrected } = cell;
    const made = last.get(cell.ref);
    if (!made || made.raw.trim() === cell.value.raw.trim()) return uncorrected;
    return { ...uncorrected, correction: { value: parseValue(made.raw), at: made.at } };
  });
  const corrected = new Set(cells.filter((c) => c.correction).map((c) => c.ref));
  // The rules see the corrected values; a value the user gave is certain, so its doubt goes.
  const checked = cells.map((cell): Cell => {
    if (!cell.correction) return cell;
    const { doubt: _doubt, choices: _choices, correction, ...rest } = cell;
    return { ...rest, value: correction.value };
  });
  const template = templateOfAnalysis(analysis);
  const ruled = runRules({
    template,
    cells: new Map(checked.map((c) => [c.ref, c])),
    columns: reportColumns(analysis, template),
    meta: analysis.meta,
    claims: analysis.claims,
    enumerations: analysis.enumerations,
    links: analysis.links,
  });
  // What reading found stays, unless it is about a cell the user has now settled.
  const fromReading = analysis.findings.filter((f: Finding) => !RULE_IDS.has(f.rule) && f.rule !== CROSS_YEAR && !f.cells.some((ref) => corrected.has(ref)));
  return { ...analysis, cells, findings: [...fromReading, ...ruled] };
}
