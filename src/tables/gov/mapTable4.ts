// Table 四's rows mapped to its three groups, in each of the layouts reports print it in.

import type { TemplateDef } from '../../template/definition.ts';
import { parseValue } from '../parseValue.ts';
import type { Found, Row } from './govRow.ts';
import { table4Long } from './table4Long.ts';
import { table4Transposed } from './table4Transposed.ts';

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
  const fives = rows.flatMap((r) => {
    const halves = lawsuitHalves(r);
    if (halves.length) return halves;
    return r.values.length === 5 && !r.labels.some((l) => parseValue(l.text).kind === 'number') ? [r] : [];
  });
  if (fives.length === 0) {
    const long = table4Long(template, rows, table4Group);
    const byRows = long.length ? long : table4Transposed(template, rows);
    return { found: byRows, unmatched: rows.filter((r) => !byRows.some((g) => g.row.valueLines.includes(r.line))) };
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
  return { found, unmatched: rows.filter((r) => !found.some((f) => f.row === r || f.row.line === r.line)) };
}

/**
 * The lawsuits printed as a table of their own (「行政诉讼」 over 「未经复议直接起诉 | 复议后起诉」, one row of ten
 * numbers) are its two groups of five, named in the order its header names them, or in the template's
 * order under a header that names 行政诉讼 alone. A row of ten numbers under any other header is unread.
 */
function lawsuitHalves(row: Row): Row[] {
  // Split for five columns, the row's first five cells stand where its label would; an empty slot before
  // them (a label column left blank) is not one of the ten.
  const all = [...row.labels, ...row.values];
  const cells = all.length === 11 && all[0]!.text.trim() === '' ? all.slice(1) : all;
  const kinds = cells.map((c) => parseValue(c.text).kind);
  if (cells.length !== 10 || !kinds.every((k) => k === 'number' || k === 'blank' || k === 'dash') || !kinds.includes('number')) return [];
  const header = (row.above ?? []).join('').replace(/\s+/g, '');
  const direct = header.search(/未经复议|直接起诉/);
  const afterReview = header.search(/复议后/);
  const named = direct >= 0 && afterReview > direct;
  const lawsuitsAlone = direct < 0 && afterReview < 0 && /行政诉讼/.test(header) && !/行政复议/.test(header);
  if (!named && !lawsuitsAlone) return [];
  return [
    { ...row, labels: [], above: ['未经复议直接起诉'], values: cells.slice(0, 5) },
    { ...row, labels: [], above: ['复议后起诉'], values: cells.slice(5) },
  ];
}
