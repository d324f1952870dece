// Every cell of every report in a batch as one CSV, one row per cell, for pivot tables: which body and year,
// which template, table, row and column, the number and exactly what was printed, the page, and the findings
// that involve the cell. "Tidy" means one observation per row and one variable per column, so a spreadsheet
// can pivot by body, year or indicator without reshaping. UTF-8 with a byte-order mark, since Excel reads a
// CSV without one in the system's code page and garbles the Chinese.

import { csvFormatRows } from 'd3';
import type { Analysis, Cell, Finding } from '../model/types.ts';
import { columnNamer } from '../export/columnNames.ts';
import { templateFor, variantOf } from '../template/registry.ts';

export const TIDY_HEADER = ['body', 'year', 'template', 'table', 'row', 'column', 'indicator', 'value', 'raw', 'page', 'findings', 'file'];

/** A report of the batch; `body` is the name to print for it (its group's), else the one its title gives. */
export interface TidyReport {
  analysis: Analysis;
  body?: string;
}

/**
 * How a finding is named in the CSV: its rule and its place in the analysis's findings (`sum#3`), the index the
 * page selects findings by. Findings carry no id of their own, and the rule alone does not tell two sums apart.
 */
export function findingId(finding: Finding, index: number): string {
  return `${finding.rule}#${index}`;
}

/**
 * Spreadsheets run text that starts with = + @ (or a - that does not start a number) as a formula; a leading
 * apostrophe keeps the report's text literal. The same rule as the single-report export (export/toCsv.ts).
 */
function literal(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-(?![\d.,]*$)/.test(text) ? `'${text}` : text;
}

/** The ids of the findings that are not merely informational, by the cell refs they involve. */
function findingsByRef(analysis: Analysis): Map<string, string[]> {
  const byRef = new Map<string, string[]>();
  analysis.findings.forEach((finding, index) => {
    if (finding.severity === 'info') return;
    for (const ref of new Set(finding.cells)) byRef.set(ref, [...(byRef.get(ref) ?? []), findingId(finding, index)]);
  });
  return byRef;
}

/** One report's rows, in the order its cells were read. */
function rowsOf({ analysis, body }: TidyReport): string[][] {
  const template = templateFor(analysis.meta.template, variantOf(analysis));
  const columnName = columnNamer(analysis);
  const findings = findingsByRef(analysis);
  // The template's label rather than the printed one: the same row is named the same in every report, so a
  // pivot does not split it by how each report happened to word or wrap it. The printed label is the fallback.
  const defs = new Map(template.indicators.map((d) => [d.id, d]));
  const def = (cell: Cell) => defs.get(cell.indicator);
  return analysis.cells.map((cell) => [
    literal(body ?? analysis.meta.body ?? ''),
    analysis.meta.year === undefined ? '' : String(analysis.meta.year),
    analysis.meta.template,
    def(cell)?.table ?? '',
    literal(def(cell)?.label ?? cell.label),
    literal(columnName(cell).zh),
    cell.indicator,
    cell.value.kind === 'number' && cell.value.value !== undefined ? String(cell.value.value) : '',
    literal(cell.value.raw),
    cell.pos.page === undefined ? '' : String(cell.pos.page),
    (findings.get(cell.ref) ?? []).join(';'),
    literal(analysis.fileName),
  ]);
}

/**
 * The batch as one CSV: a header, then one row per cell of each report in the order given. A report with no
 * cells (no table recognised) adds no rows; the overview says why. Fields with commas, quotes or line breaks
 * are quoted by d3's csvFormatRows (RFC 4180).
 */
export function tidyCsv(reports: TidyReport[]): string {
  return '\uFEFF' + csvFormatRows([TIDY_HEADER, ...reports.flatMap(rowsOf)]) + '\n';
}
