// The 2008–2018 tables (the national appendix and the Fujian variants) as one bar chart per section and
// value column: every row of the section as a bar, totals (the parents of the template's sum relations)
// thick and dark, their parts thin, light and indented under them. A total whose parts do not add up gets
// the gap between the two hatched on its own bar. Pure data and geometry, for tests and for the component.
//
// The charts stay in the table's own order (一 … 十三) rather than failing sections first: the reader
// compares them with the printed table, and "does it add up" above already lists the failures first.
// Each failing chart carries ✖ (▲ for a warning) in its title and a coloured edge, so failures are found
// without reordering.

import { scaleLinear } from 'd3';
import type { Analysis, Bilingual } from '../../model/types.ts';
import { flagsByRef, type Flag } from './chartApp.ts';
import { columnLabel, rowLabel, templateOf, templateOfAnalysis } from '../../template/labels.ts';
import type { ShownKind } from './valueKinds.ts';

export type BarRole = 'parent' | 'child' | 'plain';

export interface SectionBar {
  ref: string;
  indicator: string;
  label: Bilingual;
  /** parent: a total the template sums; child: one of its parts (a part can itself be a parent: 三(三)4). */
  role: BarRole;
  /** How deep in the sum relations: 0 for a top total or a free row, 1 for its parts, 2 for theirs. */
  depth: number;
  kind: ShownKind;
  raw: string;
  value?: number;
  flag?: { flag: Flag; findingIndex: number };
  /** A parent's sum check in this column: what its parts give, the finding, and its flag (none: it holds). */
  sum?: { computed: number; delta: number; findingIndex: number; flag?: Flag };
  y: number;
  height: number;
  /** The bar; zero wide for a cell without a number, which is written instead. */
  x: number;
  width: number;
  labelX: number;
  /** Where a parent's parts end, and the hatched span to the stated end when they fall short or overshoot. */
  computedX?: number;
  gap?: { x: number; width: number };
}

export interface SectionChart {
  /** Unique per chart: section and column. */
  key: string;
  section: string;
  column: number;
  title: Bilingual;
  /** The worst flag on any bar or sum of the chart: error, warning, or none. */
  status: Flag | 'ok';
  bars: SectionBar[];
  width: number;
  height: number;
}

/** Room on the right for the number, its mark and a gap's 「差 145」. */
export const SECTION = { width: 360, label: 150, right: 100, top: 22, gap: 5, bottom: 6 };
const HEIGHT: Record<BarRole, number> = { parent: 14, plain: 11, child: 8 };

export function hasSections(analysis: Analysis): boolean {
  return templateOf(analysis.meta.template)?.family === 'statistics' && analysis.cells.length > 0;
}

export function sectionCharts(analysis: Analysis): SectionChart[] {
  const template = templateOfAnalysis(analysis);
  if (!template || !hasSections(analysis)) return [];
  const parentOf = new Map<string, string>();
  const parents = new Set<string>();
  for (const r of template.relations) {
    if (r.kind !== 'sum') continue;
    parents.add(r.parent);
    for (const part of r.parts) parentOf.set(part, r.parent);
  }
  const depthOf = (id: string): number => {
    const parent = parentOf.get(id);
    return parent ? depthOf(parent) + 1 : 0;
  };
  const byRef = new Map(analysis.cells.map((c) => [c.ref, c]));
  const flags = flagsByRef(analysis);
  const sections = [...new Set(template.indicators.map((d) => d.section))];
  const columns = [...new Set(analysis.cells.map((c) => c.column))].sort((a, b) => a - b);

  const charts: SectionChart[] = [];
  for (const section of sections) {
    const defs = template.indicators.filter((d) => d.section === section);
    for (const column of columns) {
      const rows = defs.filter((d) => byRef.has(`${d.id}@${column}`));
      if (!rows.length) continue;
      const bars = rows.map((def): BarData => {
        const ref = `${def.id}@${column}`;
        const cell = byRef.get(ref)!;
        const role: BarRole = parents.has(def.id) ? 'parent' : parentOf.has(def.id) ? 'child' : 'plain';
        const findingIndex = role === 'parent' ? analysis.findings.findIndex((f) => f.rule === 'sum' && f.cells[0] === ref) : -1;
        const finding = analysis.findings[findingIndex];
        const flag = flags.get(ref);
        return {
          ref,
          indicator: def.id,
          label: rowLabel(analysis, def.id),
          role,
          depth: depthOf(def.id),
          kind: cell.value.kind,
          raw: cell.value.raw,
          ...(cell.value.kind === 'number' ? { value: cell.value.value! } : {}),
          ...(flag ? { flag } : {}),
          ...(finding?.computed !== undefined && finding.stated !== undefined
            ? {
                sum: {
                  computed: finding.computed,
                  delta: finding.delta ?? finding.stated - finding.computed,
                  findingIndex,
                  ...(finding.severity !== 'info' ? { flag: finding.severity } : {}),
                },
              }
            : {}),
        };
      });
      const col = columnLabel(analysis, rows[0]!.id, column);
      const name = rowLabel(analysis, section);
      const marks = bars.flatMap((b) => [b.flag?.flag, b.sum?.flag]);
      const status = marks.includes('error') ? 'error' : marks.includes('warning') ? 'warning' : 'ok';
      charts.push(layoutSection({
        key: `${section}@${column}`,
        section,
        column,
        title: col ? { zh: `${name.zh}（${col.zh}）`, en: `${name.en} (${col.en})` } : name,
        status,
        bars,
      }));
    }
  }
  return charts;
}

type BarData = Omit<SectionBar, 'y' | 'height' | 'x' | 'width' | 'labelX' | 'computedX' | 'gap'>;

/** Places the bars of one section: one shared scale from 0 to the largest number or sum in the section. */
export function layoutSection(chart: Omit<SectionChart, 'bars' | 'width' | 'height'> & { bars: BarData[] }): SectionChart {
  const { width, label, right, top, gap, bottom } = SECTION;
  const values = chart.bars.flatMap((b) => [b.value ?? 0, b.sum?.computed ?? 0]);
  const x = scaleLinear().domain([0, Math.max(1, ...values)]).range([label, width - right]);
  const r2 = (v: number) => Math.round(v * 100) / 100;
  let y = top;
  const bars = chart.bars.map((b): SectionBar => {
    const height = HEIGHT[b.role];
    const bar: SectionBar = { ...b, y, height, x: label, width: r2(x(Math.max(0, b.value ?? 0)) - label), labelX: 4 + b.depth * 10 };
    if (b.sum && b.value !== undefined) {
      bar.computedX = r2(x(b.sum.computed));
      if (b.sum.flag) {
        const [lo, hi] = [x(Math.min(b.value, b.sum.computed)), x(Math.max(b.value, b.sum.computed))];
        bar.gap = { x: r2(lo), width: r2(Math.max(hi - lo, 1)) };
      }
    }
    y += height + gap;
    return bar;
  });
  return { ...chart, bars, width, height: y + bottom };
}
