// One body's reports in year order, and which of them follow each other: a report can only be checked against
// the same body's report of the year before, so each group's years are listed with the consecutive pairs, the
// years missing between them, and the years that have more than one report. Two reports of one body and year
// (a draft and a final, the same report twice, or two bodies wrongly grouped) are flagged and never paired:
// choosing one of them would check a figure against a report the user may not mean.

import type { Analysis } from '../model/types.ts';
import type { BodyGroup, BodyReport } from './bodyName.ts';

/** Two reports of one body in consecutive years: `later` is for `year`, `earlier` for the year before. */
export interface YearPair {
  group: string;
  year: number;
  later: string;
  earlier: string;
}

/** One group's reports laid out by year. */
export interface GroupYears {
  group: string;
  /** Every year with at least one report, ascending. */
  years: number[];
  /** Consecutive years, each with exactly one report, latest first. */
  pairs: YearPair[];
  /** Years with no report between the group's first and last, ascending. */
  gaps: number[];
  /** Years with more than one report, and those reports. */
  duplicates: Array<{ year: number; reports: string[] }>;
  /** Consecutive years not paired because one of them has more than one report (the later year given). */
  blocked: number[];
  /** Reports whose year could not be read: they take no part in pairing. */
  undated: string[];
}

/** What grouping and pairing need of an analysis: its id in the batch, its body and year as read from its title. */
export function bodyReportOf(id: string, analysis: Pick<Analysis, 'meta'>): BodyReport {
  return {
    id,
    ...(analysis.meta.body !== undefined ? { body: analysis.meta.body } : {}),
    ...(analysis.meta.year !== undefined ? { year: analysis.meta.year } : {}),
  };
}

/** The reports of one group by year. */
function byYear(members: string[], reports: Map<string, BodyReport>): { years: Map<number, string[]>; undated: string[] } {
  const years = new Map<number, string[]>();
  const undated: string[] = [];
  for (const id of members) {
    const year = reports.get(id)?.year;
    if (year === undefined) undated.push(id);
    else years.set(year, [...(years.get(year) ?? []), id]);
  }
  return { years, undated };
}

/** Each group's years, pairs, gaps and duplicates, in the order the groups are given. */
export function pairYears(groups: BodyGroup[], reports: BodyReport[]): GroupYears[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return groups.map((group) => {
    const { years, undated } = byYear(group.members, byId);
    const sorted = [...years.keys()].sort((a, b) => a - b);
    const pairs: YearPair[] = [];
    const blocked: number[] = [];
    const gaps: number[] = [];
    for (const year of [...sorted].reverse()) {
      const [later, earlier] = [years.get(year)!, years.get(year - 1)];
      if (!earlier) continue;
      if (later.length === 1 && earlier.length === 1) pairs.push({ group: group.id, year, later: later[0]!, earlier: earlier[0]! });
      else blocked.push(year);
    }
    const [first, last] = [sorted[0], sorted[sorted.length - 1]];
    if (first !== undefined && last !== undefined) {
      for (let y = first + 1; y < last; y++) if (!years.has(y)) gaps.push(y);
    }
    const duplicates = sorted.filter((y) => years.get(y)!.length > 1).map((year) => ({ year, reports: years.get(year)! }));
    return { group: group.id, years: sorted, pairs, gaps, duplicates, blocked: blocked.sort((a, b) => a - b), undated };
  });
}
