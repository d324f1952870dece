// The 平潭 .txt reports lost the cell borders of their Fujian tables in an HTML-to-text step, so a row's
// 年度 and 历年累计 values arrive as one run of digits (「4251516」 is 425 | 1516). A run has several
// readings; this module lists them and keeps only those the table itself allows: each value well formed,
// 历年累计 ≥ 年度, and the template's sum identities holding in both columns at once. Whatever is still
// undecided after that is reported as undecided, never picked by a rule of thumb.

import { DEFAULT_TABLE_SETTINGS } from '../settings.ts';

/** Digits as a table prints a value: no leading zero except a lone 0, an optional decimal part. */
const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

export interface GluedSplit {
  /** The 年度 value as printed. */
  year: string;
  /** The 历年累计 value as printed. */
  total: string;
}

/**
 * Every way to read `run` as 年度 followed by 历年累计. A cumulative count can never be smaller than the
 * same year's count, and a printed number never starts with 0, so those readings are dropped here.
 */
export function splitCandidates(run: string): GluedSplit[] {
  const splits: GluedSplit[] = [];
  for (let i = 1; i < run.length; i++) {
    const year = run.slice(0, i);
    const total = run.slice(i);
    if (NUMBER.test(year) && NUMBER.test(total) && Number(total) >= Number(year)) splits.push({ year, total });
  }
  return splits;
}

/** parent = Σ parts in every column, as row indexes into the options list. */
export interface SumConstraint {
  parent: number;
  parts: number[];
}

/** One reading of a row: its number in each value column, undefined where the cell holds no number. */
export type OptionNumbers = Array<number | undefined>;

export interface Solution {
  /** For each row, the indexes of its options that some admissible reading of the whole table uses. */
  possible: number[][];
  /** Groups of rows (linked by identities) that no reading satisfies: the report's own sums fail. */
  unsatisfiable: number[][];
  /** Groups with too many readings to try; their rows keep all their options. */
  gaveUp: number[][];
}

/** Readings tried per group before giving up; far above what any real table needs. */
const LIMIT = DEFAULT_TABLE_SETTINGS.gluedTableSearchLimit;

/**
 * Solves the readings jointly. Rows linked by identities (directly or through a shared row) form a
 * group and are enumerated together; a row outside every identity keeps all its options. When no
 * reading of a group satisfies its identities the report's numbers are inconsistent whatever the split,
 * so the identities cannot decide anything there and the rows keep all their options as well.
 */
export function solveSplits(options: OptionNumbers[][], sums: SumConstraint[], limit = LIMIT): Solution {
  const possible = options.map((list) => list.map((_, i) => i));
  const unsatisfiable: number[][] = [];
  const gaveUp: number[][] = [];
  for (const group of groupsOf(options.length, sums)) {
    const rows = [...new Set(group.flatMap((s) => [s.parent, ...s.parts]))].sort((a, b) => a - b);
    const seen = rows.map(() => new Set<number>());
    const chosen = new Map<number, number>();
    // An identity is checked as soon as the last of its rows has been given a reading.
    const due = rows.map((_, depth) =>
      group.filter((s) => Math.max(...[s.parent, ...s.parts].map((r) => rows.indexOf(r))) === depth),
    );
    let tried = 0;
    let found = 0;
    const visit = (depth: number): boolean => {
      if (++tried > limit) return false;
      if (depth === rows.length) {
        found++;
        rows.forEach((row, i) => seen[i]!.add(chosen.get(row)!));
        return true;
      }
      const row = rows[depth]!;
      for (let option = 0; option < (options[row]?.length ?? 0); option++) {
        chosen.set(row, option);
        const numbers = (r: number) => options[r]![chosen.get(r)!]!;
        if (due[depth]!.every((s) => holds(numbers(s.parent), s.parts.map(numbers))) && !visit(depth + 1)) return false;
      }
      chosen.delete(row);
      return true;
    };
    if (!visit(0)) gaveUp.push(rows);
    else if (found === 0) unsatisfiable.push(rows);
    else rows.forEach((row, i) => (possible[row] = [...seen[i]!].sort((a, b) => a - b)));
  }
  return { possible, unsatisfiable, gaveUp };
}

/** Whether parent = Σ parts in every column where all of them are numbers; other columns say nothing. */
export function holds(parent: OptionNumbers, parts: OptionNumbers[]): boolean {
  return parent.every((stated, column) => {
    const values = parts.map((p) => p[column]);
    if (stated === undefined || values.some((v) => v === undefined)) return true;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    // Amounts in 元 may carry decimals; a binary rounding error is not a discrepancy.
    return Math.abs(stated - sum) < 1e-6;
  });
}

/** Identities that share a row, transitively, so that they are solved together. */
function groupsOf(rowCount: number, sums: SumConstraint[]): SumConstraint[][] {
  const root = Array.from({ length: rowCount }, (_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (const s of sums) for (const part of s.parts) root[find(part)] = find(s.parent);
  const groups = new Map<number, SumConstraint[]>();
  for (const s of sums) {
    const key = find(s.parent);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()];
}
