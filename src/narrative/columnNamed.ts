// Which column of an indicator's table a claim's words name: 「现行有效行政规范性文件」 → 现行有效,
// 「自然人申请」 → 自然人. Each column's prose words are template data (ColumnDef.words); a column without
// them is named by its own heading, without 本年 and its counting word (本年废止件数 → 废止).

import type { TemplateDef } from '../template/definition.ts';

const columnStem = (name: string) => name.replace(/^本年(度)?/, '').replace(/[（(].*$/, '').replace(/(件数|数量|总数量|总数|数)$/, '');

/**
 * The column the words name: undefined for a table of one column (or a template whose columns the report
 * prints); when they name none, `otherwise` if given, else the table's total column, else null; null when
 * they name several.
 */
export function columnNamed(template: TemplateDef, indicator: string, words: string, otherwise?: number, useTotal = true): number | undefined | null {
  const table = template.indicators.find((d) => d.id === indicator)?.table;
  const def = table ? template.tables?.find((t) => t.id === table) : undefined;
  const columns = def?.columns;
  if (!columns || columns.length < 2) return undefined;
  const named = columns.flatMap((c, i) => {
    if (c.words) return c.words.test(words) ? [i] : [];
    const stem = columnStem(c.zh);
    return stem.length >= 2 && words.includes(stem) ? [i] : [];
  });
  if (named.length === 1) return named[0]!;
  if (named.length === 0) return otherwise ?? (useTotal ? def?.total : undefined) ?? null;
  return null;
}
