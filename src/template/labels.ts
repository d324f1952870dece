// Names for rows and columns, taken from the template definitions (which are data), so chart labels
// read like the report's own table and have an English form. Cells carry only the printed label.

import type { Analysis, Bilingual, TemplateId } from '../model/types.ts';
import type { TemplateDef } from './definition.ts';
import { templateFor, templateOfAnalysis as registered } from './registry.ts';

/** The template an id names, or undefined when no template was recognised. */
export function templateOf(id: TemplateId): TemplateDef | undefined {
  const def = templateFor(id);
  return def.family === 'none' ? undefined : def;
}

/**
 * The template the report was read with, variant included: a 2021 report that prints （六） as one row
 * (淮安市洪泽区 2023) is read with that row, and its 三（七） sums it rather than （六）1–3.
 */
export function templateOfAnalysis(analysis: Analysis): TemplateDef | undefined {
  const def = registered(analysis);
  return def.family === 'none' ? undefined : def;
}

/** 「三(一) 收到申请数」: the indicator id and label, falling back to the label the report printed. */
export function rowLabel(analysis: Analysis, indicator: string): Bilingual {
  const def = templateOf(analysis.meta.template)?.indicators.find((d) => d.id === indicator);
  const printed = analysis.cells.find((c) => c.indicator === indicator)?.label ?? '';
  return {
    zh: `${indicator} ${def?.label ?? printed}`.trim(),
    en: `${indicator} ${def?.en ?? printed}`.trim(),
  };
}

/** The value columns of the table an indicator belongs to: the template's for gov tables, else the report's. */
function columnsOf(analysis: Analysis, indicator: string): Bilingual[] {
  const template = templateOf(analysis.meta.template);
  const table = template?.indicators.find((d) => d.id === indicator)?.table;
  const def = table ? template?.tables?.find((t) => t.id === table) : undefined;
  if (def) return def.columns.map(({ zh, en }) => ({ zh, en }));
  const printed = analysis.tables.find((t) => t.columns.length > 1)?.columns ?? analysis.tables[0]?.columns ?? [];
  return printed.map((name) => ({ zh: name, en: name }));
}

/** A column's name, or undefined when the table has only one value column (naming it adds nothing). */
export function columnLabel(analysis: Analysis, indicator: string, column: number): Bilingual | undefined {
  const columns = columnsOf(analysis, indicator);
  if (columns.length <= 1) return undefined;
  return columns[column] ?? { zh: `第${column + 1}列`, en: `column ${column + 1}` };
}

/** Splits a ref `${indicator}@${column}`; indicators never contain '@'. */
export function parseRef(ref: string): { indicator: string; column: number } {
  const at = ref.lastIndexOf('@');
  return at < 0 ? { indicator: ref, column: 0 } : { indicator: ref.slice(0, at), column: Number(ref.slice(at + 1)) };
}

/** A row's name with its column, when the column needs naming: 「三.三(七) 总计（自然人）」. */
export function cellLabel(analysis: Analysis, ref: string): Bilingual {
  const { indicator, column } = parseRef(ref);
  const row = rowLabel(analysis, indicator);
  const col = columnLabel(analysis, indicator, column);
  return col ? { zh: `${row.zh}（${col.zh}）`, en: `${row.en} (${col.en})` } : row;
}
