// Table 四's rows mapped to its three groups, in each of the layouts reports print it in.

import type { TemplateDef } from '../../template/definition.ts';
import { parseValue } from '../parseValue.ts';
import type { Found, Row } from './govRow.ts';
import { table4Long } from './table4Long.ts';

/** Which group of table 四 a label names: 行政复议, or a lawsuit filed directly or after reconsideration. */
export function table4Group(label: string): string | undefined {
  const text = label.replace(/\s+/g, '');
  if (/复议后/.test(text)) return '四.诉讼复议后';
  if (/未经复议|直接起诉/.test(text)) return '四.诉讼直接';
  if (/行政复议/.test(text) && !/诉讼/.test(text)) return '四.复议';
  return undefined;
}

/**
 * Table 四 as the template prints it is one row of fifteen numbers: three groups of 维持 | 纠正 | 其他 |
 * 尚未审结 | 总计. Converters also print it as three rows (or three small tables) of five numbers, each
 * named by its label or by the heading line above it (「行政复议」, 「行政诉讼（复议后起诉）」). Those are
 * read by their names; without names, only exactly three such rows are read, in the template's order.
 */
export function mapTable4(template: TemplateDef, rows: Row[]) {
  const groups = template.indicators.filter((d) => d.table === '四');
  const row = rows.find((r) => r.values.length === 15 || r.labels.length + r.values.length >= 15);
  if (row) {
    const all = [...row.labels, ...row.values].slice(-15);
    const found = groups.map((def, g) => ({ def, row: { ...row, labels: [], values: all.slice(g * 5, g * 5 + 5) } }));
    return { found, unmatched: rows.filter((r) => r !== row) };
  }
  // A row with more numbers than its five values (「1 1 2 1 1 1 1 2」: fifteen cells that lost their blanks)
  // is no group of five: which five are one group's is not known.
  const fives = rows.filter((r) => r.values.length === 5 && !r.labels.some((l) => parseValue(l.text).kind === 'number'));
  if (fives.length === 0) {
    const long = table4Long(template, rows, table4Group);
    return { found: long, unmatched: rows.filter((r) => !long.some((g) => g.row.valueLines.includes(r.line))) };
  }
  const named = fives.map((r) => table4Group([...(r.above ?? []), ...r.labels.map((l) => l.text)].join(' ')));
  const byName = new Set(named.filter((n) => n !== undefined));
  const inOrder = fives.length === groups.length && named.every((n, i) => n === undefined || n === groups[i]!.id);
  const found: Found[] = [];
  fives.forEach((r, i) => {
    const id = named[i] ?? (inOrder ? groups[i]!.id : undefined);
    const def = groups.find((d) => d.id === id);
    // Two rows naming one group leave both unread: which one the report means is not for us to guess.
    if (def && named.filter((n) => n === id).length <= 1 && (named[i] !== undefined || byName.size === 0 || inOrder)) found.push({ def, row: r });
  });
  return { found, unmatched: rows.filter((r) => !found.some((f) => f.row === r)) };
}
