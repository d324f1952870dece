// What every rule sees: the mapped cells, the template that says how they relate, the report's
// metadata and the narrative's claims. Rules never read the source text themselves.

import type { Analysis, Cell, Claim, ClaimLink, Enumeration, ReportMeta } from '../model/types.ts';
import type { ColumnDef, TemplateDef } from '../template/definition.ts';
import { printedNumber } from './printedNumber.ts';

export interface RuleContext {
  template: TemplateDef;
  /** Mapped cells by ref (`${indicator}@${column}`). */
  cells: Map<string, Cell>;
  /** Names of the value columns (统计数, or 年度 / 历年累计). */
  columns: string[];
  meta: ReportMeta;
  claims: Claim[];
  enumerations: Enumeration[];
  links: ClaimLink[];
}

/**
 * The value columns' names a RuleContext gets for an analysis: multi-table templates name their columns
 * per table, so only a single-table template's report gives its own (统计数, or 年度 / 历年累计).
 */
export function reportColumns(analysis: Pick<Analysis, 'meta' | 'tables'>, template: TemplateDef): string[] {
  return analysis.meta.template !== 'none' && analysis.tables.length === 1 && !template.tables ? analysis.tables[0]!.columns : [];
}

export function cellAt(context: RuleContext, indicator: string, column: number): Cell | undefined {
  return context.cells.get(`${indicator}@${column}`);
}

/**
 * How a reader names a row: in Chinese as the report prints it (「表三 三、（三）1. 属于国家秘密」), in
 * English by the template's id and its English label (the report prints no English numbering).
 */
export function rowName(context: Pick<RuleContext, 'template'>, indicator: string): { zh: string; en: string } {
  const def = context.template.indicators.find((d) => d.id === indicator);
  return { zh: def ? `${printedNumber(indicator)}${def.label}` : indicator, en: `${indicator} ${def?.en ?? ''}`.trim() };
}

/** The value columns of the table an indicator belongs to. */
export function columnsOf(context: Pick<RuleContext, 'template' | 'columns'>, indicator: string): Array<{ zh: string; en: string; kind?: ColumnDef['kind'] }> {
  const table = context.template.indicators.find((d) => d.id === indicator)?.table;
  const def = table ? context.template.tables?.find((t) => t.id === table) : undefined;
  return def ? def.columns : context.columns.map((name) => ({ zh: name, en: name }));
}

/** The column indexes of an indicator's table that hold a cell of that indicator. */
export function columnIndexes(context: RuleContext, indicator: string): number[] {
  return columnsOf(context, indicator).map((_, i) => i).filter((i) => context.cells.has(`${indicator}@${i}`));
}

/** The column's name, only when the table has more than one value column. */
export function columnName(context: Pick<RuleContext, 'template' | 'columns'>, column: number, indicator?: string): { zh: string; en: string } {
  const columns = indicator ? columnsOf(context, indicator) : context.columns.map((name) => ({ zh: name, en: name }));
  if (columns.length <= 1) return { zh: '', en: '' };
  const name = columns[column] ?? { zh: String(column + 1), en: String(column + 1) };
  return { zh: `（${name.zh}列）`, en: ` (column ${name.en})` };
}
