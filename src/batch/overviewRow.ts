// One line per report for the batch overview: who and when, what was read, how many problems, and the key
// totals a reader compares across bodies and years. Cells read and expected come from the coverage figures the
// single-report page shows (「表格读到 x / y 格」), so the two views never disagree about the same report.

import type { Analysis, Finding, TemplateId } from '../model/types.ts';
import { coverageOf } from '../view/coverage/coverage.ts';

/** The key totals of the overview. */
export type TotalKey = 'new' | 'carried' | 'concluded' | 'forward' | 'reconsideration' | 'lawsuits';

/** The key totals in the order the overview table, the workspace file and the batch charts list them. */
export const TOTAL_KEYS: TotalKey[] = ['new', 'carried', 'concluded', 'forward', 'reconsideration', 'lawsuits'];

/** A column the overview table sorts by: kept with a batch (in the browser and in a workspace file). */
export type SortKey = 'file' | 'body' | 'year' | 'template' | 'source' | 'pages' | 'cells' | 'errors' | 'warnings' | 'toReview' | TotalKey;

export interface SortOrder {
  key: SortKey;
  /** 1 ascending, -1 descending. */
  dir: 1 | -1;
}

export interface OverviewRow {
  fileName: string;
  body?: string;
  year?: number;
  template: TemplateId;
  source: Analysis['source']['kind'];
  pages?: number;
  cellsRead: number;
  cellsExpected: number;
  errors: number;
  /** Every warning, those to review included. */
  warnings: number;
  /** Warnings that say the checker itself is unsure (待核): a link or a cell not read with certainty. */
  toReview: number;
  /** Undefined when the template has no such row, or a cell it needs is not a number (blank is not 0). */
  totals: Partial<Record<TotalKey, number>>;
}

/**
 * Which cells hold each key total, per template; several refs are added (行政诉讼 in the 2019/2021 table 四 is
 * two rows). The total column of tables 三 and 四 is read (column 6 and 4), and the 年度 column of the Fujian
 * tables, not their 历年累计. A template that has no row of that meaning has no entry: the 2008 tables count
 * no carry-over at all, and the Fujian tables count answers (答复) but not requests concluded (办结), which the
 * national 2008 table shows to be a different figure.
 */
const GOV: Partial<Record<TotalKey, string[]>> = {
  new: ['三.一@6'],
  carried: ['三.二@6'],
  concluded: ['三.三(七)@6'],
  forward: ['三.四@6'],
  reconsideration: ['四.复议@4'],
  lawsuits: ['四.诉讼直接@4', '四.诉讼复议后@4'],
};

const TOTALS: Record<TemplateId, Partial<Record<TotalKey, string[]>>> = {
  // The 2019 tables 三 and 四 have the same rows and columns as 2021's.
  'gov-2019': GOV,
  'gov-2021': GOV,
  'national-2008': { new: ['三(一)@0'], concluded: ['三(二)@0'], reconsideration: ['四@0'], lawsuits: ['五@0'] },
  'fujian-2008': { new: ['受理申请@0'], reconsideration: ['行政复议@0'], lawsuits: ['行政诉讼@0'] },
  'fujian-2014': { new: ['受理申请@0'], reconsideration: ['行政复议@0'], lawsuits: ['行政诉讼@0'] },
};

/** The cause kinds that make a warning one for the reader to check by eye rather than a likely mistake. */
const REVIEW_CAUSES = new Set(['review', 'doubtful-cell']);

export function isToReview(finding: Finding): boolean {
  return finding.severity === 'warning' && finding.cause !== undefined && REVIEW_CAUSES.has(finding.cause.kind);
}

/** The key totals of an analysis, each the sum of its cells when every one of them is a number. */
export function keyTotals(analysis: Analysis): Partial<Record<TotalKey, number>> {
  const numbers = new Map(analysis.cells.flatMap((c) => (c.value.kind === 'number' && c.value.value !== undefined ? [[c.ref, c.value.value] as const] : [])));
  const totals: Partial<Record<TotalKey, number>> = {};
  for (const [key, refs] of Object.entries(TOTALS[analysis.meta.template] ?? {}) as Array<[TotalKey, string[]]>) {
    const values = refs.map((ref) => numbers.get(ref));
    if (values.every((v): v is number => v !== undefined)) totals[key] = values.reduce((s, v) => s + v, 0);
  }
  return totals;
}

export function overviewRow(analysis: Analysis): OverviewRow {
  const coverage = coverageOf(analysis);
  const { body, year } = analysis.meta;
  return {
    fileName: analysis.fileName,
    ...(body !== undefined ? { body } : {}),
    ...(year !== undefined ? { year } : {}),
    template: analysis.meta.template,
    source: analysis.source.kind,
    ...(analysis.source.pages !== undefined ? { pages: analysis.source.pages } : {}),
    cellsRead: coverage.cellsRead,
    cellsExpected: coverage.cellsExpected,
    errors: analysis.findings.filter((f) => f.severity === 'error').length,
    warnings: analysis.findings.filter((f) => f.severity === 'warning').length,
    toReview: analysis.findings.filter(isToReview).length,
    totals: keyTotals(analysis),
  };
}
