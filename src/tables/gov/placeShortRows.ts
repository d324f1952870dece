// Rows of a table with several value columns that print fewer cells than it has columns, where the line
// keeps where each cell stands: text laid out with spaces (a report that leaves zeros blank prints
// 「规章 … 12」, and the 12 may stand under any of the three columns), or a PDF row whose grid lost the
// slot of a blank cell (a table continued on a page whose column is not ruled). Taking the numbers from
// the left (as a row cut short at the page's edge would be read) puts them under the wrong columns.
//
// Where other rows of the same table print every column, their cells show where each column stands on
// the line (by source column in laid-out text, by x on the PDF page): each number of the short row goes to
// the column whose cells it stands under, its other cells are blank. A number under no column, or two
// under one, leaves the row unread, as does a short row with no full row to measure by: where its blanks
// are is then not known.

import type { NormLine } from '../../model/types.ts';
import { boxOf } from '../../source/boxOf.ts';
import { parseValue } from '../parseValue.ts';
import type { Span } from '../splitRowLine.ts';

export interface ShortRow {
  line: NormLine;
  values: Span[];
  labels?: Span[];
}

/** A digit in a row's label past its numbering (「2.其他法律行政法规禁0止公开」): a value the label swallowed. */
const swallowedDigit = (row: ShortRow) => (row.labels ?? []).some((l) => /\d/.test(l.text.replace(/\d{1,2}\s*[.．、](?!\d)/g, '')));

/** Where a span stands on its line: its x extent on the PDF page, else its first and last source column. */
function extent(line: NormLine, span: Span): [number, number] {
  const placed = line.boxes ? boxOf(line, span.start, span.start + span.text.length) : undefined;
  if (placed) return [placed.box[0], placed.box[0] + placed.box[2]];
  const first = line.cols[span.start] ?? 0;
  const last = line.cols[span.start + Math.max(span.text.length, 1) - 1] ?? first;
  return [first, last];
}

const isNumber = (s: Span) => parseValue(s.text).kind === 'number';

/**
 * Places the values of every short row under the columns of the table's full rows, in place: a placed row
 * gets `columns` values (blank where it prints nothing), an unplaceable one none (or keeps its cells, for
 * the caller to leave unread and say so, with `clearUnplaced` false). Returns how many were not placed.
 */
export function placeShortRows(rows: ShortRow[], columns: number, clearUnplaced = true): number {
  const full = rows.filter((r) => r.values.length === columns && r.values.some(isNumber));
  const short = rows.filter((r) => r.values.some(isNumber) && r.values.length < columns && r.values.every((v) => isNumber(v) || v.text.trim() === '') && !swallowedDigit(r));
  if (short.length === 0) return 0;
  // Each column's extent: from the leftmost start to the rightmost end of the full rows' cells under it
  // (their numbers, and on a PDF page their blank cells too, which keep a box of their own).
  const placed = (line: NormLine, span: Span) => isNumber(span) || (line.boxes !== undefined && boxOf(line, span.start, span.start) !== undefined);
  const bands = Array.from({ length: columns }, (_, c) => {
    const spans = full.filter((r) => placed(r.line, r.values[c]!)).map((r) => extent(r.line, r.values[c]!));
    return spans.length ? ([Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))] as [number, number]) : undefined;
  });
  const ordered = bands.every((b, c) => b !== undefined && (c === 0 || b[0] > bands[c - 1]![1]));
  let unread = 0;
  for (const row of short) {
    const printed = row.values.filter(isNumber);
    const at = ordered
      ? printed.map((v) => {
          const [first, last] = extent(row.line, v);
          // Under a column: overlapping its extent (numbers are right- or centre-aligned alike).
          return bands.findIndex((band) => first <= band![1] && last >= band![0]);
        })
      : [];
    if (!ordered || at.some((c) => c < 0) || new Set(at).size !== at.length) {
      if (clearUnplaced) row.values = [];
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
