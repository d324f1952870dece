// What a batch (the page's and the command line's) needs of carry-over, from the reports read so far: the same steps as the command line
// (group by body, pair consecutive years, check every pair: src/batch/), laid out for display — each break with
// its body and years, the notes that say why a pair was not compared, which reports take part in a break, and
// for each later report the earlier one it was compared with, so opening it shows the cross-year findings too.

import type { Analysis, Bilingual, Finding } from '../model/types.ts';
import { groupBodies, type BodyGroup } from './bodyName.ts';
import { NO_GROUP_EDITS, reportKeys, stepsByIds, type GroupEdits } from './groupEdits.ts';
import { bodyReportOf, pairYears, type GroupYears } from './pairYears.ts';
import { asSameBody, carryOver, type PairCarry } from './carryOver.ts';

export interface CarryBreak {
  /** The group's display name (the fullest name its reports print). */
  body: string;
  earlierYear: number;
  year: number;
  later: string;
  earlier: string;
  finding: Finding;
}

export interface CarryNote {
  body: string;
  year: number;
  message: Bilingual;
}

export interface BatchCarry {
  /** How many consecutive pairs were compared. */
  pairs: number;
  breaks: CarryBreak[];
  notes: CarryNote[];
  /** Report ids on either side of a break. */
  involved: Set<string>;
  /** Each report's group name, for the tidy CSV (one body is one name in a pivot). */
  groupName: Map<string, string>;
  /**
   * For a later report of a compared pair, the earlier report as the comparison saw it (under the later one's
   * name, since the batch put them in one group even when their titles spell the body differently).
   */
  earlierOf: Map<string, Analysis>;
  /** Each report's key, by which the user's group edits name it (groupEdits.ts). */
  reportKey: Map<string, string>;
  /** The steps' own results, for a caller that lays them out its own way (the command line, the grid). */
  groups: BodyGroup[];
  years: GroupYears[];
  carries: PairCarry[];
}

/** The carry-over of a batch; `edits` are the user's merges and splits of body groups (none from the command line). */
export function batchCarry(reports: ReadonlyMap<string, Analysis>, edits: GroupEdits = NO_GROUP_EDITS): BatchCarry {
  const bodyReports = [...reports].map(([id, analysis]) => bodyReportOf(id, analysis));
  const reportKey = reportKeys([...reports].map(([id, analysis]) => [id, analysis.fileName] as const));
  const groups = groupBodies(bodyReports, stepsByIds(edits, reportKey));
  const years = pairYears(groups, bodyReports);
  const carries = carryOver(years.flatMap((g) => g.pairs), reports);
  const nameOf = new Map(groups.map((g) => [g.id, g.name]));
  const body = (group: string) => nameOf.get(group) || '?';
  const result: BatchCarry = {
    pairs: carries.length,
    breaks: [],
    notes: [],
    involved: new Set(),
    groupName: new Map(groups.flatMap((g) => (g.name ? g.members.map((id) => [id, g.name] as const) : []))),
    earlierOf: new Map(),
    reportKey,
    groups,
    years,
    carries,
  };
  for (const { pair, findings, breaks, notices } of carries) {
    const common = { body: body(pair.group), earlierYear: pair.year - 1, year: pair.year, later: pair.later, earlier: pair.earlier };
    for (const finding of breaks) result.breaks.push({ ...common, finding });
    if (breaks.length > 0) result.involved.add(pair.later).add(pair.earlier);
    for (const message of notices) result.notes.push({ body: common.body, year: pair.year, message });
    const [later, earlier] = [reports.get(pair.later)!, reports.get(pair.earlier)!];
    if (findings.length > 0) {
      result.earlierOf.set(pair.later, asSameBody(earlier, later));
    }
  }
  for (const g of years) {
    for (const d of g.duplicates) {
      result.notes.push({
        body: body(g.group),
        year: d.year,
        message: {
          zh: `同一年度有 ${d.reports.length} 份报告（${d.reports.map((id) => reports.get(id)?.fileName ?? id).join('、')}），未做跨年度核对。`,
          en: `${d.reports.length} reports for one year (${d.reports.map((id) => reports.get(id)?.fileName ?? id).join(', ')}): not compared across years.`,
        },
      });
    }
  }
  return result;
}

/** The earlier and later report of the only pair of a two-file batch, when the two are consecutive years of one body. */
export function onlyPair(reports: ReadonlyMap<string, Analysis>): { later: string; earlier: string } | undefined {
  if (reports.size !== 2) return undefined;
  const bodyReports = [...reports].map(([id, analysis]) => bodyReportOf(id, analysis));
  const years = pairYears(groupBodies(bodyReports), bodyReports);
  const pairs = years.flatMap((g) => g.pairs);
  return pairs.length === 1 ? { later: pairs[0]!.later, earlier: pairs[0]!.earlier } : undefined;
}
