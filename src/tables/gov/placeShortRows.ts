// Rows of a table-二 sub-table with several columns (本年制发 | 本年废止 | 现行有效) that print fewer numbers
// than it has columns, in text laid out with spaces: a report that leaves zeros blank prints 「规章 … 12」,
// and the 12 may stand under any of the three columns. Taking it for the first column (as a row cut short
// at the page's edge would be read) puts the stock of rules in force under the year's new ones.
//
// Where another row of the same sub-table prints every column, its numbers show where each column stands
// on the line: each number of the short row goes to the column whose numbers it stands under, its other
// cells are blank. A number under no column, or two under one, leaves the row unread, as does a short
// row with no full row to measure by: where its blanks are is then not known.

import type { NormLine } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import type { Span } from '../splitRowLine.ts';

export interface ShortRow {
  line: NormLine;
  values: Span[];
}

/** The source column where a span starts and where it ends. */
function extent(line: NormLine, span: Span): [number, number] {
  const first = line.cols[span.start] ?? 0;
  const last = line.cols[span.start + Math.max(span.text.length, 1) - 1] ?? first;
  return [first, last];
}

const isNumber = (s: Span) => parseValue(s.text).kind === 'number';

/**
 * Places the values of every short row under the columns of the sub-table's full rows, in place: a placed
 * row gets `columns` values (blank where it prints nothing), an unplaceable one none. Returns how many
 * short rows were left unread.
 */
export function placeShortRows(rows: ShortRow[], columns: number): number {
  const full = rows.filter((r) => r.values.length === columns && r.values.every(isNumber));
  const short = rows.filter((r) => r.values.length > 0 && r.values.length < columns && r.values.every((v) => isNumber(v) || v.text.trim() === ''));
  if (short.length === 0) return 0;
  // Each column's extent: from the leftmost start to the rightmost end of the full rows' numbers under it.
  const bands = Array.from({ length: columns }, (_, c) => {
    const spans = full.map((r) => extent(r.line, r.values[c]!));
    return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))] as [number, number];
  });
  const ordered = full.length > 0 && bands.every((b, c) => c === 0 || b[0] > bands[c - 1]![1]);
  let unread = 0;
  for (const row of short) {
    const printed = row.values.filter(isNumber);
    const at = ordered
      ? printed.map((v) => {
          const [first, last] = extent(row.line, v);
          // Under a column: overlapping its extent (numbers are right- or centre-aligned alike).
          return bands.findIndex(([from, to]) => first <= to && last >= from);
        })
      : [];
    if (!ordered || at.some((c) => c < 0) || new Set(at).size !== at.length) {
      row.values = [];
      unread++;
      continue;
    }
    const end = row.line.text.length;
    row.values = Array.from({ length: columns }, (_, c) => {
      const k = at.indexOf(c);
      return k >= 0 ? printed[k]! : { text: '', start: end };
    });
  }
  return unread;
}
