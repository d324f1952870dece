// Rows of table 二 that text without a grid gives in shapes of their own: a one-column sub-table's label and
// number one space apart (「行政许可 2293」, as a PDF viewer copies it), and a row that prints its label and
// nothing else (「规章」 where zeros are left blank). Each is taken only when its words are exactly a label of
// that sub-table in one of the two formats.

import { tabCells, type Span } from '../splitRowLine.ts';
import { parseValue } from '../parseValue.ts';
import { gov2019, gov2021 } from '../../template/gov2021.ts';

/** The row labels of a one-column sub-table of table 二 in either format, spaces removed (none for a wider one). */
const table2Labels = (table: string): Set<string> =>
  new Set(
    [gov2019, gov2021]
      .filter((t) => t.tables?.find((d) => d.id === table)?.columns.length === 1)
      .flatMap((t) => t.indicators.filter((d) => d.table === table).map((d) => d.label.replace(/\s+/g, ''))),
  );

/**
 * A row of a one-column sub-table of table 二 in text without layout, its label and its number separated by
 * a single space (「行政许可 2293」, as a PDF viewer copies it). One number after words is usually the
 * words' own (「计 1 次」 wrapped), so it is taken as a cell only when the words are exactly a label of
 * that sub-table; anything else stays one piece of text.
 */
export function singleValueRow(table: string, text: string): Span[] | undefined {
  if (text.includes('\t')) return undefined;
  const m = /^(\s*)(\S(?:.*\S)?)(\s+)(-?[\d,]+(?:\.\d+)?)\s*$/.exec(text);
  if (!m || !table2Labels(table).has(m[2]!.replace(/\s+/g, ''))) return undefined;
  const labelStart = m[1]!.length;
  const valueStart = labelStart + m[2]!.length + m[3]!.length;
  return [
    { text: m[2]!, start: labelStart },
    { text: m[4]!, start: valueStart },
  ];
}

/** How many value columns a row of table 二's sub-table `table` has when `label` is one of its labels. */
function table2Columns(table: string, label: string): number | undefined {
  const key = label.replace(/\s+/g, '');
  const counts = [gov2019, gov2021].flatMap((t) => {
    const has = t.indicators.some((d) => d.table === table && [d.label, ...(d.aliases ?? [])].some((l) => l.replace(/\s+/g, '') === key));
    return has ? [t.tables?.find((d) => d.id === table)?.columns.length ?? 0] : [];
  });
  return counts.length ? Math.max(...counts) : undefined;
}

/**
 * A row of table 二 that prints its label and nothing else (「规章」 in a report that leaves zeros blank):
 * on a line of its own, or with empty cells after it. Its values are blank, never 0. A row that prints a
 * dash in each of its cells (「规章 / / /」) is read with its dashes. Taken only when the
 * words are exactly a label of that sub-table, and, on a line of its own, when no bare number follows
 * (text with one cell per line prints the row's numbers on the next lines).
 */
export function emptyTable2Row(table: string, text: string, next: string): Span[] | undefined {
  const cells = tabCells(text);
  const at = cells.findIndex((c) => c.text.trim() !== '');
  const label = cells[at];
  if (!label || parseValue(label.text).kind !== 'text') return undefined;
  const after = cells.slice(at + 1);
  if (after.some((c) => c.text.trim() !== '' && parseValue(c.text).kind !== 'dash')) return undefined;
  const columns = table2Columns(table, label.text);
  if (columns === undefined || columns === 0) return undefined;
  // A row that prints a dash in every cell (「规章 | / | / | /」) keeps its dashes, one per column; dashes in
  // some cells only, with their blanks lost, cannot say which column each is.
  const dashes = after.filter((c) => c.text.trim() !== '');
  if (dashes.length > 0) return dashes.length === columns ? [label, ...dashes] : undefined;
  if (!text.includes('\t') && /^\s*-?[\d,]+(?:\.\d+)?\s*$/.test(next)) return undefined;
  const end = text.length;
  return [label, ...Array.from({ length: columns }, () => ({ text: '', start: end }))];
}
