// The batch's charts as data and geometry, for the tests and for BatchCharts.svelte to draw: the key totals
// over the years as small multiples — one chart per body, one panel per measure, every body's panel of a measure
// on the same scale so that a glance down the column compares bodies — and the problems of each body as stacked
// bars (errors, warnings, 待核). Only a linear scale and a line generator are taken from d3; the bundler keeps
// nothing else of it in the batch page's code.

import { line, scaleLinear } from 'd3';
import { TOTAL_KEYS, type TotalKey } from '../../batch/overviewRow.ts';

export const MEASURES: readonly TotalKey[] = TOTAL_KEYS;

/** What the charts need of a report read. */
export interface ChartReport {
  year?: number;
  totals: Partial<Record<TotalKey, number>>;
  errors: number;
  /** Every warning, those to review included (as the overview counts them). */
  warnings: number;
  toReview: number;
}

/** A body group: its id, display name and reports. */
export interface ChartGroup {
  id: string;
  name: string;
  members: string[];
}

/** One panel's size and the panels' layout in a body's chart (3 × 2). */
export const PANEL = { width: 124, height: 78, top: 18, bottom: 16, left: 8, right: 8, columns: 3, title: 22 };

export interface TotalPoint {
  report: string;
  year: number;
  value: number;
  x: number;
  y: number;
  /** Another report of the body has the same year: the dot is drawn hollow and no line runs through it. */
  duplicate: boolean;
}

export interface TotalPanel {
  measure: TotalKey;
  /** The panel's top left corner in the chart. */
  x: number;
  y: number;
  /** The line through the years with one value each, broken where a year is missing; empty when none is. */
  path: string;
  points: TotalPoint[];
  /** The top of the measure's scale, shared by every body. */
  max: number;
}

export interface TotalsChart {
  group: string;
  name: string;
  width: number;
  height: number;
  panels: TotalPanel[];
}

export interface TotalsCharts {
  /** The first and last year of the batch: the x scale of every panel. */
  years: [number, number] | undefined;
  charts: TotalsChart[];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The key totals over the years, one chart per group, in the order the groups are given. */
export function totalsCharts(groups: readonly ChartGroup[], reports: ReadonlyMap<string, ChartReport>): TotalsCharts {
  const dated = [...reports.values()].flatMap((r) => (r.year !== undefined ? [r.year] : []));
  if (dated.length === 0) return { years: undefined, charts: groups.map((g) => ({ group: g.id, name: g.name, width: 0, height: 0, panels: [] })) };
  const years: [number, number] = [Math.min(...dated), Math.max(...dated)];
  // One year alone is put in the middle of the panel, not on its edge.
  const x = scaleLinear()
    .domain(years[0] === years[1] ? [years[0] - 1, years[0] + 1] : years)
    .range([PANEL.left, PANEL.width - PANEL.right]);
  const maxOf = new Map(MEASURES.map((m) => [m, Math.max(0, ...[...reports.values()].map((r) => r.totals[m] ?? 0))]));
  const rows = Math.ceil(MEASURES.length / PANEL.columns);
  const width = PANEL.width * PANEL.columns;
  const height = PANEL.title + PANEL.height * rows;

  const charts = groups.map((group): TotalsChart => {
    const members = group.members.flatMap((id) => {
      const report = reports.get(id);
      return report?.year !== undefined ? [{ id, year: report.year, report }] : [];
    });
    const perYear = new Map<number, number>();
    for (const m of members) perYear.set(m.year, (perYear.get(m.year) ?? 0) + 1);
    const panels = MEASURES.map((measure, index): TotalPanel => {
      const max = maxOf.get(measure)!;
      // A measure that is 0 everywhere still gets a scale, its dots on the floor of the panel.
      const y = scaleLinear().domain([0, Math.max(1, max)]).range([PANEL.height - PANEL.bottom, PANEL.top]);
      const points = members.flatMap((m): TotalPoint[] => {
        const value = m.report.totals[measure];
        return value === undefined ? [] : [{ report: m.id, year: m.year, value, x: r2(x(m.year)), y: r2(y(value)), duplicate: perYear.get(m.year)! > 1 }];
      });
      const single = points.filter((p) => !p.duplicate).sort((a, b) => a.year - b.year);
      // Every year from the body's first to its last, so a missing year breaks the line rather than bridging it.
      const run = single.length === 0 ? [] : Array.from({ length: single[single.length - 1]!.year - single[0]!.year + 1 }, (_, i) => single.find((p) => p.year === single[0]!.year + i));
      const path = line<TotalPoint | undefined>()
        .defined((p) => p !== undefined)
        .x((p) => p!.x)
        .y((p) => p!.y)(run);
      return { measure, x: (index % PANEL.columns) * PANEL.width, y: PANEL.title + Math.floor(index / PANEL.columns) * PANEL.height, path: path ?? '', points, max };
    });
    return { group: group.id, name: group.name, width, height, panels };
  });
  return { years, charts };
}

export type ProblemKind = 'errors' | 'warnings' | 'toReview';

export interface ProblemSegment {
  kind: ProblemKind;
  value: number;
  x: number;
  width: number;
}

export interface ProblemBar {
  group: string;
  name: string;
  y: number;
  /** Errors, warnings that are not 待核, and 待核, each summed over the body's reports. */
  segments: ProblemSegment[];
  total: number;
  /** Where the total is written, after the bar. */
  endX: number;
}

export const PROBLEMS = { width: 420, label: 150, right: 44, row: 20, bar: 13, top: 4 };

/** The problems of each group as stacked bars on one scale, in the order the groups are given. */
export function problemBars(groups: readonly ChartGroup[], reports: ReadonlyMap<string, ChartReport>): { width: number; height: number; bars: ProblemBar[] } {
  const sums = groups.map((g) => {
    const of = g.members.flatMap((id) => reports.get(id) ?? []);
    const sum = (pick: (r: ChartReport) => number) => of.reduce((s, r) => s + pick(r), 0);
    return { group: g, values: { errors: sum((r) => r.errors), warnings: sum((r) => r.warnings - r.toReview), toReview: sum((r) => r.toReview) } };
  });
  const max = Math.max(1, ...sums.map((s) => s.values.errors + s.values.warnings + s.values.toReview));
  const x = scaleLinear().domain([0, max]).range([PROBLEMS.label, PROBLEMS.width - PROBLEMS.right]);
  const bars = sums.map(({ group, values }, index): ProblemBar => {
    let start = 0;
    const segments = (['errors', 'warnings', 'toReview'] as const).map((kind): ProblemSegment => {
      const segment = { kind, value: values[kind], x: r2(x(start)), width: r2(x(start + values[kind]) - x(start)) };
      start += values[kind];
      return segment;
    });
    return { group: group.id, name: group.name, y: PROBLEMS.top + index * PROBLEMS.row, segments, total: start, endX: r2(x(start) + 4) };
  });
  return { width: PROBLEMS.width, height: PROBLEMS.top * 2 + groups.length * PROBLEMS.row, bars };
}
