// The Fujian table as a page's HTML gives it: one row per line, cells separated by tabs (指标名称 | 计量单位
// | 年度 | 历年累计), so no digits are glued and nothing needs solving. Each row is matched to the template
// row its label names; the template whose labels match best is the report's.

import type { Cell, NormLine, RawRow } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import { tabCells, type Span } from '../splitRowLine.ts';
import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { bestIndicator } from '../labelSimilarity.ts';
import type { ReadingParts } from '../reading.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from '../settings.ts';

const HEADER = /^\s*指标名称\s*\t\s*计量\s*单位\s*\t\s*(\S*?\s*年度)\s*\t\s*(历年累计|累计)\s*$/;

export function readFujianTabbed(lines: NormLine[], templates: TemplateDef[], settings: TableSettings = DEFAULT_TABLE_SETTINGS): ReadingParts | undefined {
  const at = lines.findIndex((l) => HEADER.test(l.text));
  if (at < 0) return undefined;
  const header = HEADER.exec(lines[at]!.text)!;
  const body: NormLine[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.text.includes('\t')) break;
    body.push(line);
  }
  let best: { template: TemplateDef; rows: Array<{ def: IndicatorDef; line: NormLine; cells: Span[] }> } | undefined;
  for (const template of templates) {
    const used = new Set<IndicatorDef>();
    const rows = body.flatMap((line) => {
      const cells = tabCells(line.text);
      const def = bestIndicator(template.indicators.filter((d) => !used.has(d)), cells[0]?.text ?? '', settings.labelMatch);
      if (!def) return [];
      used.add(def);
      return [{ def, line, cells }];
    });
    if (rows.length > (best?.rows.length ?? 0)) best = { template, rows };
  }
  if (!best || best.rows.length < settings.minTemplateRows) return undefined;
  const columns = [header[1]!.replace(/\s+/g, ''), header[2]!];
  const cells: Cell[] = [];
  const rawRows: RawRow[] = [];
  for (const { def, line, cells: spansOf } of best.rows) {
    const [label, unit, ...values] = spansOf;
    const raw = columns.map((_, c) => {
      const span = values[c] ?? { text: '', start: line.text.length };
      return { value: parseValue(span.text), pos: posOf(line, span) };
    });
    raw.forEach((cell, column) => cells.push({ ref: `${def.id}@${column}`, indicator: def.id, label: label!.text, unit: unit?.text ?? '', column, ...cell }));
    rawRows.push({ label: label!.text, unit: unit?.text ?? '', values: raw, pos: posOf(line, label!) });
  }
  const last = body[body.length - 1]!;
  return {
    template: best.template,
    tables: [{ header: ['指标名称', '计量单位', ...columns], columns, rows: rawRows, lines: [lines[at]!.line, last.line] }],
    cells,
    unmatched: [],
    columns,
    consumed: [lines[at]!, ...body].map((l) => ({ line: l.line, start: 0, end: l.text.length })),
    notices: [],
    findings: [],
  };
}


