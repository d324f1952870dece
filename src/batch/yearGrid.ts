// The bodies × years grid of a batch: a row per body group, a column per year any report of the batch is for,
// each cell the report (or reports) of that body and year with its counts of problems, and between two
// consecutive years of one body the state of the carry-over check. Laid out from what batchCarry already worked
// out (the groups, their years, the pairs compared), so the grid, the break list and the command line agree.
// Files that could not be read have no body: they share a row of their own, in the column of the year their
// name gives when it gives one, so a failed year is not mistaken for a missing one.

import type { BatchCarry } from './batchCarry.ts';

/** What the grid shows of a report that was read. */
export interface ReportSummary {
  fileName: string;
  /** The year its title gives; undefined when none could be read. */
  year?: number;
  errors: number;
  warnings: number;
  toReview: number;
}

/** A file of the batch that gave no analysis. */
export interface UnreadReport {
  id: string;
  fileName: string;
  state: 'failed' | 'cancelled';
}

export type GridEntry = ({ id: string; state: 'done' } & ReportSummary) | UnreadReport;

/**
 * The carry-over check between a year and the one after it: agreed (compared, every figure runs on), broken
 * (at least one break), unchecked (the pair was compared but had nothing to compare, e.g. a template without
 * carry-over rows), blocked (a year has two reports, so neither is paired).
 */
export interface GridLink {
  state: 'agreed' | 'broken' | 'unchecked' | 'blocked';
  /** How many figures break. */
  breaks: number;
  /** The later report of the pair, which a click opens (its findings list the breaks). */
  later?: string;
}

export interface GridCell {
  /** Undefined for the column of reports whose year could not be read. */
  year: number | undefined;
  entries: GridEntry[];
  /** A year between the body's first and last with no report. */
  missing: boolean;
  /** The check between this year and the next column's, when the two are consecutive years of the body. */
  next?: GridLink;
}

export interface GridRow {
  /** The group's id, or `unread` for the row of files that could not be read. */
  key: string;
  /** The group's display name; empty for a group whose reports name no body. */
  name: string;
  unread: boolean;
  cells: GridCell[];
}

export interface YearGrid {
  /** The columns: every year in the batch ascending, then `undefined` when some report has no year. */
  columns: Array<number | undefined>;
  rows: GridRow[];
}

/** A year printed in a file name (「2023_huaian.pdf」, 「洪泽区2022年报告.txt」), for a file that could not be read. */
export function yearInName(fileName: string): number | undefined {
  const match = /(?<!\d)(?:19[89]\d|20\d\d)(?!\d)/.exec(fileName);
  return match ? Number(match[0]) : undefined;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The state of the check of one pair, from the comparisons made. */
function linkOf(carry: BatchCarry, group: string, year: number, blocked: number[]): GridLink | undefined {
  if (blocked.includes(year)) return { state: 'blocked', breaks: 0 };
  const compared = carry.carries.find((c) => c.pair.group === group && c.pair.year === year);
  if (!compared) return undefined;
  const { breaks, findings } = compared;
  const state = breaks.length > 0 ? 'broken' : findings.length > 0 ? 'agreed' : 'unchecked';
  return { state, breaks: breaks.length, later: compared.pair.later };
}

/**
 * The grid. Rows go by body name (groups that name no body after those that do), the row of unread files last;
 * each cell's reports are in the order the group lists them.
 */
export function yearGrid(carry: BatchCarry, summaries: ReadonlyMap<string, ReportSummary>, unread: readonly UnreadReport[] = []): YearGrid {
  const byGroup = new Map(carry.years.map((g) => [g.group, g]));
  const unreadYear = new Map(unread.map((u) => [u.id, yearInName(u.fileName)]));
  const read = carry.groups.flatMap((g) => g.members.flatMap((id) => summaries.get(id) ?? []));
  const years = [...read.map((r) => r.year), ...unreadYear.values()];
  const columns: Array<number | undefined> = [...new Set(years.filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  if (years.includes(undefined)) columns.push(undefined);

  const rows: GridRow[] = carry.groups.map((group) => {
    const paired = byGroup.get(group.id);
    const cells = columns.map((year, index): GridCell => {
      const next = columns[index + 1];
      const link = year !== undefined && next === year + 1 && paired ? linkOf(carry, group.id, next, paired.blocked) : undefined;
      return {
        year,
        entries: group.members.flatMap((id): GridEntry[] => {
          const summary = summaries.get(id);
          return summary && summary.year === year ? [{ id, state: 'done', ...summary }] : [];
        }),
        missing: year !== undefined && (paired?.gaps.includes(year) ?? false),
        ...(link ? { next: link } : {}),
      };
    });
    return { key: group.id, name: group.name, unread: false, cells };
  });
  rows.sort((a, b) => ((a.name === '') !== (b.name === '') ? (a.name === '' ? 1 : -1) : collator.compare(a.name, b.name)));
  if (unread.length > 0) {
    rows.push({
      key: 'unread',
      name: '',
      unread: true,
      cells: columns.map((year) => ({ year, entries: unread.filter((u) => unreadYear.get(u.id) === year), missing: false })),
    });
  }
  return { columns, rows };
}
