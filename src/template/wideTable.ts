// Table 四 of the 2019/2021 templates (政府信息公开行政复议、行政诉讼情况) is printed as ONE row of fifteen
// numbers under a two-level heading: 行政复议 (five outcome columns) | 行政诉讼 → 未经复议直接起诉 (five) /
// 复议后起诉 (five). The template holds it as three rows (四.复议, 四.诉讼直接, 四.诉讼复议后) of the five
// columns of table def 四. This lays those rows side by side again, as the report prints them, for the
// page's statistics table; and it names each of the fifteen columns with its headings
// (「行政复议·结果维持」), for the exports. Names come from the template definitions.

import type { Analysis, Bilingual, Cell } from '../model/types.ts';
import type { IndicatorDef } from './definition.ts';
import { templateOfAnalysis } from './labels.ts';

/** Template tables printed with their rows side by side, as one row of numbers. */
const WIDE_TABLES = ['四'];

/** Headings over several rows that the template has no row of its own for. */
const SECTION_NAMES: Record<string, Bilingual> = {
  '四.诉讼': { zh: '行政诉讼', en: 'administrative lawsuits' },
};

export interface WideHeading {
  label: Bilingual;
  colspan: number;
  rowspan: number;
}

/** One of the printed columns: a template row's value column. */
export interface WideSlot {
  indicator: string;
  column: number;
  /** `${indicator}@${column}`, the ref a cell there has. */
  ref: string;
  /** Its headings top to bottom: 「行政诉讼」「复议后起诉」「结果维持」. */
  path: Bilingual[];
  /** The headings joined: 「行政诉讼·复议后起诉·结果维持」. */
  name: Bilingual;
  /** The mapped cell, when the report has one there. */
  cell?: Cell;
}

export interface WideTable {
  /** The template's table id, e.g. 四. */
  table: string;
  name: Bilingual;
  /** Heading rows, top to bottom, each left to right; the last row names the value columns. */
  headings: WideHeading[][];
  /** The printed columns, left to right. */
  slots: WideSlot[];
}

const bilingual = (d: { zh: string; en: string }): Bilingual => ({ zh: d.zh, en: d.en });
const rowName = (d: IndicatorDef): Bilingual => ({ zh: d.label, en: d.en });

export function joinPath(path: Bilingual[]): Bilingual {
  return { zh: path.map((p) => p.zh).join('·'), en: path.map((p) => p.en).join(' · ') };
}

/**
 * The tables of the analysis's template that are printed wide, with the analysis's cells in their slots;
 * only tables the report has at least one cell of.
 */
export function wideTables(analysis: Analysis): WideTable[] {
  const template = templateOfAnalysis(analysis);
  if (!template?.tables) return [];
  const byRef = new Map(analysis.cells.map((c) => [c.ref, c]));
  const out: WideTable[] = [];
  for (const id of WIDE_TABLES) {
    const def = template.tables.find((t) => t.id === id);
    const rows = template.indicators.filter((d) => d.table === id && !d.group);
    if (!def || rows.length === 0 || def.columns.length === 0) continue;
    if (!analysis.cells.some((c) => rows.some((d) => d.id === c.indicator))) continue;

    // Rows grouped by section, in template order. A section of one row named like the section is its own heading.
    const sections: Array<{ id: string; rows: IndicatorDef[] }> = [];
    for (const d of rows) {
      const last = sections.at(-1);
      if (last && last.id === d.section) last.rows.push(d);
      else sections.push({ id: d.section, rows: [d] });
    }
    const single = (s: { id: string; rows: IndicatorDef[] }) => s.rows.length === 1 && s.rows[0]!.id === s.id;
    const twoLevels = sections.some((s) => !single(s));
    const width = def.columns.length;

    const top: WideHeading[] = [];
    const middle: WideHeading[] = [];
    const slots: WideSlot[] = [];
    for (const section of sections) {
      const own = single(section);
      const sectionName = own ? rowName(section.rows[0]!) : (SECTION_NAMES[section.id] ?? { zh: section.id, en: section.id });
      if (twoLevels) top.push({ label: sectionName, colspan: width * section.rows.length, rowspan: own ? 2 : 1 });
      for (const d of section.rows) {
        if (!own || !twoLevels) (twoLevels ? middle : top).push({ label: rowName(d), colspan: width, rowspan: 1 });
        def.columns.forEach((column, c) => {
          const path = [...(own ? [] : [sectionName]), rowName(d), bilingual(column)];
          const ref = `${d.id}@${c}`;
          slots.push({ indicator: d.id, column: c, ref, path, name: joinPath(path), cell: byRef.get(ref) });
        });
      }
    }
    const columnsRow = slots.map((s) => ({ label: s.path.at(-1)!, colspan: 1, rowspan: 1 }));
    out.push({
      table: id,
      name: bilingual(def.name),
      headings: twoLevels ? [top, middle, columnsRow] : [top, columnsRow],
      slots,
    });
  }
  return out;
}

/** The name of each wide table's column, by the ref of the cell in it: 「行政复议·结果维持」. */
export function wideColumnNames(analysis: Analysis): Map<string, Bilingual> {
  return new Map(wideTables(analysis).flatMap((t) => t.slots.map((s) => [s.ref, s.name] as const)));
}
