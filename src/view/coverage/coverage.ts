// What an analysis read and checked, and what it did not: the figures of the coverage panel. A report
// whose template was not recognised, or whose tables gave nothing a check could run on, is 「未能核对」
// (unchecked) — never shown as if everything added up.

import type { Analysis } from '../../model/types.ts';
import { columnCount, templateOfAnalysis } from '../../template/registry.ts';

/** Rules that check the table's arithmetic or its agreement with the prose (not reading notes). */
const CHECK_RULES = new Set(['sum', 'row-sum', 'balance', 'same', 'column-at-most', 'narrative-vs-table', 'narrative-sum', 'narrative-share', 'narrative-rate', 'cross-year', 'glued-sum']);

export interface Coverage {
  state: 'checked' | 'unchecked';
  pages?: number;
  tables: number;
  /** Cells the template expects in the report's tables (rows × value columns; group headings excluded). */
  cellsExpected: number;
  /** Cells read as numbers. */
  cellsRead: number;
  blank: number;
  dash: number;
  /** Cells read as words, or as digits whose split the tables could not settle (kept as text). */
  text: number;
  malformed: number;
  /** Expected cells with nothing read at all. */
  unread: number;
  checksRun: number;
  /** Checks that could not run: a value they need was not read as a number (rule missing-value). */
  checksNotRun: number;
  claims: number;
  claimsLinked: number;
}

export function coverageOf(analysis: Analysis): Coverage {
  const template = templateOfAnalysis(analysis);
  const columns = analysis.tables[0]?.columns ?? [];
  const rows = template.indicators.filter((d) => !d.group);
  const cellsExpected = rows.reduce((n, d) => n + columnCount(template, d.id, columns), 0);
  const kinds = { number: 0, blank: 0, dash: 0, text: 0, malformed: 0 };
  for (const cell of analysis.cells) kinds[cell.value.kind]++;
  const checksRun = analysis.findings.filter((f) => CHECK_RULES.has(f.rule)).length;
  const checksNotRun = analysis.findings.filter((f) => f.rule === 'missing-value').length;
  const claims = analysis.claims.filter((c) => c.unit !== '%' && c.unit !== '').length;
  const claimsLinked = new Set(analysis.links.map((l) => l.claim)).size;
  return {
    state: analysis.meta.template === 'none' || checksRun === 0 ? 'unchecked' : 'checked',
    ...(analysis.source.pages !== undefined ? { pages: analysis.source.pages } : {}),
    tables: analysis.tables.length,
    cellsExpected,
    cellsRead: kinds.number,
    blank: kinds.blank,
    dash: kinds.dash,
    text: kinds.text,
    malformed: kinds.malformed,
    unread: Math.max(0, cellsExpected - analysis.cells.length),
    checksRun,
    checksNotRun,
    claims,
    claimsLinked,
  };
}
