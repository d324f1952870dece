// What the Fujian readers of rows on lines share: choosing the template whose labels the rows name, and
// building the reading from rows whose cells are read (the tabbed and one-cell-per-line readers differ
// only in how they find a row's label, unit and numbers).

import type { Bilingual, Cell, RawCell, RawRow, SourcePos } from '../../model/types.ts';
import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { bestIndicator } from '../labelSimilarity.ts';
import type { Consumed, ReadingParts } from '../reading.ts';
import type { TableSettings } from '../settings.ts';

/** The template whose labels most of the rows name (each template row once), if it names enough of them. */
export function matchTemplate<R>(templates: TemplateDef[], rows: R[], labelOf: (row: R) => string, settings: TableSettings) {
  let best: { template: TemplateDef; found: Array<{ def: IndicatorDef; row: R }> } | undefined;
  for (const template of templates) {
    const used = new Set<IndicatorDef>();
    const found = rows.flatMap((row) => {
      const def = bestIndicator(template.indicators.filter((d) => !used.has(d)), labelOf(row), settings.labelMatch);
      if (!def) return [];
      used.add(def);
      return [{ def, row }];
    });
    if (found.length > (best?.found.length ?? 0)) best = { template, found };
  }
  return best && best.found.length >= settings.minTemplateRows ? best : undefined;
}

/** A template row as read: its printed label and unit, and its cells (none when it was not read). */
export interface ReadRow {
  def: IndicatorDef;
  label: string;
  unit: string;
  pos: SourcePos;
  values?: RawCell[];
}

export function fujianReading(
  template: TemplateDef,
  columns: string[],
  rows: ReadRow[],
  lines: [number, number],
  consumed: Consumed[],
  notices: Bilingual[] = [],
): ReadingParts {
  const cells: Cell[] = [];
  const rawRows: RawRow[] = [];
  for (const { def, label, unit, pos, values } of rows) {
    values?.forEach((cell, column) => cells.push({ ref: `${def.id}@${column}`, indicator: def.id, label, unit, column, ...cell }));
    rawRows.push({ label, unit, values: values ?? [], pos, ...(values ? {} : { outOfOrder: true as const }) });
  }
  return {
    template,
    tables: [{ header: ['指标名称', '计量单位', ...columns], columns, rows: rawRows, lines }],
    cells,
    unmatched: [],
    columns,
    consumed,
    notices,
    findings: [],
  };
}
