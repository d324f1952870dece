// Table 三 of the 2019/2021 templates as a matrix: one row per template row, one column per applicant
// type, each cell shaded by its number. Pure geometry and colour, so what is marked and how is testable.

import { interpolateBlues, lab, scaleSequentialSqrt } from 'd3';
import type { Analysis, Bilingual } from '../../model/types.ts';
import { APPLICANTS } from '../../template/gov2021.ts';
import { flagsByRef, type Flag } from './chartApp.ts';
import { templateOfAnalysis } from '../../template/labels.ts';
import type { ShownKind } from './valueKinds.ts';

export interface MatrixCell {
  ref: string;
  column: number;
  kind: ShownKind;
  raw: string;
  value?: number;
  /** Only numbers are shaded; every other kind is drawn with its own pattern. */
  fill?: string;
  /** Light text on dark fills, dark text elsewhere. */
  ink: 'dark' | 'light';
  /** The worst failing or warning finding the cell takes part in. */
  flag?: { flag: Flag; findingIndex: number };
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MatrixRow {
  indicator: string;
  label: Bilingual;
  /** A group heading (三、本年度办理结果, （三）不予公开 …): no cells unless the report printed some. */
  group: boolean;
  y: number;
  height: number;
  cells: MatrixCell[];
}

export interface MatrixLayout {
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  columns: Array<{ index: number; label: Bilingual; x: number; width: number }>;
  rows: MatrixRow[];
  /** The largest number, which the darkest shade stands for. */
  max: number;
  legend: Array<{ value: number; fill: string; ink: 'dark' | 'light' }>;
}

export const MATRIX = { labelWidth: 230, cellWidth: 74, rowHeight: 22, groupHeight: 20, headerHeight: 30 };

/**
 * The shade of a number: d3's Blues, a single-hue scheme whose lightness alone carries the value, so it
 * reads the same with any colour vision and in greyscale. It starts a step above white so that a 0 is
 * tinted and never looks like a blank cell; the square root keeps small numbers apart when a total is
 * hundreds of times larger than most cells.
 */
export function shadeScale(max: number): (value: number) => string {
  const scale = scaleSequentialSqrt((t: number) => interpolateBlues(0.1 + 0.85 * t)).domain([0, Math.max(1, max)]);
  return (value: number) => scale(Math.max(0, value));
}

const inkOn = (fill: string): 'dark' | 'light' => (lab(fill).l < 58 ? 'light' : 'dark');

/** 「三.三(三)1」 → 「（三）1」, as the table numbers its rows. */
function rowNumber(indicator: string): string {
  const own = indicator.replace(/^三\./, '');
  return own.startsWith('三(') ? own.slice(1).replace('(', '（').replace(')', '）') : `${own}、`;
}

export function matrixLayout(analysis: Analysis): MatrixLayout {
  const defs = (templateOfAnalysis(analysis)?.indicators ?? []).filter((d) => d.table === '三');
  const byRef = new Map(analysis.cells.map((c) => [c.ref, c]));
  const flags = flagsByRef(analysis);
  const numbers = analysis.cells.filter((c) => c.indicator.startsWith('三.') && c.value.kind === 'number').map((c) => c.value.value!);
  const max = Math.max(0, ...numbers);
  const shade = shadeScale(max);
  const { labelWidth, cellWidth, rowHeight, groupHeight, headerHeight } = MATRIX;
  const columns = APPLICANTS.map((def, index) => ({ index, label: { zh: def.zh, en: def.en }, x: labelWidth + index * cellWidth, width: cellWidth }));

  const rows: MatrixRow[] = [];
  let y = headerHeight;
  for (const def of defs) {
    const present = columns.filter((c) => byRef.has(`${def.id}@${c.index}`));
    // A group heading shows its cells only when the report put numbers there (a group-empty finding).
    const shown = def.group && present.length === 0 ? [] : columns;
    const height = shown.length ? rowHeight : groupHeight;
    const cells = shown.map((c): MatrixCell => {
      const ref = `${def.id}@${c.index}`;
      const cell = byRef.get(ref);
      const kind: ShownKind = cell?.value.kind ?? 'absent';
      const fill = cell?.value.kind === 'number' ? shade(cell.value.value!) : undefined;
      const flag = flags.get(ref);
      return {
        ref,
        column: c.index,
        kind,
        raw: cell?.value.raw ?? '',
        ...(cell?.value.kind === 'number' ? { value: cell.value.value! } : {}),
        ...(fill ? { fill } : {}),
        ink: fill ? inkOn(fill) : 'dark',
        ...(flag ? { flag } : {}),
        x: c.x,
        y,
        width: cellWidth,
        height,
      };
    });
    const label = def.label.replace(/（.*$/, '');
    const number = rowNumber(def.id);
    rows.push({ indicator: def.id, label: { zh: `${number}${label}`, en: `${number.replace(/、$/, '')} ${def.en}` }, group: !!def.group, y, height, cells });
    y += height;
  }
  const legend = [0, 1 / 16, 1 / 4, 9 / 16, 1].map((f) => Math.round(f * max)).filter((v, i, all) => all.indexOf(v) === i).map((value) => {
    const fill = shade(value);
    return { value, fill, ink: inkOn(fill) };
  });
  return { width: labelWidth + columns.length * cellWidth + 2, height: y + 2, labelWidth, headerHeight, columns, rows, max, legend };
}
