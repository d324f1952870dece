import { describe, expect, it } from 'vitest';
import { MEASURES, PANEL, PROBLEMS, problemBars, totalsCharts, type ChartGroup, type ChartReport } from './batchCharts.ts';

const report = (year: number | undefined, totals: ChartReport['totals'], errors = 0, warnings = 0, toReview = 0): ChartReport => ({
  ...(year !== undefined ? { year } : {}),
  totals,
  errors,
  warnings,
  toReview,
});

const reports = new Map<string, ChartReport>([
  ['a20', report(2020, { new: 10, carried: 0 }, 2, 3, 1)],
  ['a21', report(2021, { new: 40, carried: 2 })],
  ['a23', report(2023, { new: 20 }, 0, 1, 1)],
  ['b22x', report(2022, { new: 5 }, 1)],
  ['b22y', report(2022, { new: 7 })],
  ['b', report(undefined, { new: 1000 })],
]);
const groups: ChartGroup[] = [
  { id: 'A', name: '甲区人民政府', members: ['a20', 'a21', 'a23'] },
  { id: 'B', name: '乙县人民政府', members: ['b22x', 'b22y', 'b'] },
];

describe('totalsCharts', () => {
  const { years, charts } = totalsCharts(groups, reports);
  const panel = (group: number, measure: string) => charts[group]!.panels.find((p) => p.measure === measure)!;

  it('makes one chart per body with a panel per measure, all on the batch’s years', () => {
    expect(years).toEqual([2020, 2023]);
    expect(charts.map((c) => c.name)).toEqual(['甲区人民政府', '乙县人民政府']);
    expect(charts[0]!.panels.map((p) => p.measure)).toEqual(MEASURES);
    // The first and last year of the batch sit on the panel's edges in every chart.
    expect(panel(0, 'new').points[0]!.x).toBe(PANEL.left);
    expect(panel(0, 'new').points[2]!.x).toBe(PANEL.width - PANEL.right);
  });

  it('shares each measure’s scale between bodies, an undated report’s value included', () => {
    expect(panel(0, 'new').max).toBe(1000);
    expect(panel(1, 'new').max).toBe(1000);
    expect(panel(0, 'carried').max).toBe(2);
    // The same value is drawn at the same height in both bodies' charts (5 in B, and the floor for 0).
    const floor = PANEL.height - PANEL.bottom;
    expect(panel(0, 'carried').points[0]!.y).toBe(floor);
    expect(panel(0, 'carried').points[1]!.y).toBe(PANEL.top);
  });

  it('breaks the line at a missing year and draws no line through a year with two reports', () => {
    const line = panel(0, 'new').path;
    // 2020–2021 joined, 2023 alone after the missing 2022: two moves, one line segment.
    expect(line.match(/M/g)).toHaveLength(2);
    expect(line.match(/L/g)).toHaveLength(1);
    const twice = panel(1, 'new');
    expect(twice.points.map((p) => [p.value, p.duplicate])).toEqual([
      [5, true],
      [7, true],
    ]);
    expect(twice.path).toBe('');
    // A measure the reports lack has no points at all.
    expect(panel(0, 'lawsuits').points).toEqual([]);
  });

  it('draws nothing when no report has a year', () => {
    const none = totalsCharts([{ id: 'B', name: '乙', members: ['b'] }], new Map([['b', reports.get('b')!]]));
    expect(none.years).toBeUndefined();
    expect(none.charts[0]!.panels).toEqual([]);
  });
});

describe('problemBars', () => {
  it('stacks errors, warnings that are not 待核, and 待核 per body on one scale', () => {
    const { bars, height } = problemBars(groups, reports);
    expect(bars[0]!.segments.map((s) => [s.kind, s.value])).toEqual([
      ['errors', 2],
      ['warnings', 2],
      ['toReview', 2],
    ]);
    expect(bars[0]!.total).toBe(6);
    expect(bars[1]!.total).toBe(1);
    // The largest total fills the bar area; segments follow each other without gaps.
    const [e, w, r] = bars[0]!.segments;
    expect(e!.x).toBe(PROBLEMS.label);
    expect(w!.x).toBeCloseTo(e!.x + e!.width, 1);
    expect(r!.x + r!.width).toBeCloseTo(PROBLEMS.width - PROBLEMS.right, 1);
    expect(bars[1]!.y).toBe(bars[0]!.y + PROBLEMS.row);
    expect(height).toBe(PROBLEMS.top * 2 + 2 * PROBLEMS.row);
  });
});
