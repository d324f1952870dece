// Names for rows and columns, taken from the template definitions (which are data), so chart labels
// read like the report's own table and have an English form. Cells carry only the printed label.

import type { Analysis, Bilingual, TemplateId } from '../../model/types.ts';
import type { TemplateDef } from '../../template/definition.ts';
import { national2008 } from '../../template/national2008.ts';
import { fujian2008 } from '../../template/fujian2008.ts';
import { fujian2014 } from '../../template/fujian2014.ts';
import { gov2019, gov2021 } from '../../template/gov2021.ts';
import { templateFor, variantOf } from '../../template/templateFor.ts';

const TEMPLATES: Partial<Record<TemplateId, TemplateDef>> = {
  'national-2008': national2008,
  'fujian-2008': fujian2008,
  'fujian-2014': fujian2014,
  'gov-2019': gov2019,
  'gov-2021': gov2021,
};

export function templateOf(id: TemplateId): TemplateDef | undefined {
  return TEMPLATES[id];
}

/**
 * The template the report was read with, variant included: a 2021 report that prints （六） as one row
 * (淮安市洪泽区 2023) is read with that row, and its 三（七） sums it rather than （六）1–3.
 */
export function templateOfAnalysis(analysis: Analysis): TemplateDef | undefined {
  return analysis.meta.template === 'none' ? undefined : templateFor(analysis.meta.template, variantOf(analysis));
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
