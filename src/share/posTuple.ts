// Positions in a share link, as short tuples. Most table cells and claims span exactly their printed text
// and sit a line or two below the previous record, so the common case is two small numbers.

import type { SourcePos } from '../model/types.ts';

/**
 * `line` is relative to `previousLine` (the previous record's line in a list). Shapes, by length:
 * 2 [line, col] (length = the raw text's length), 3 [line, col, length], 4 [line, col, length, page],
 * 7 [line, col, page, x, y, w, h] (length = the raw's), 8 [line, col, length, page, x, y, w, h]; page 0 = none.
 */
export type PosT = number[];

export const POS_SHAPES = [2, 3, 4, 7, 8];

export function posT(pos: SourcePos, previousLine = 0, rawLength = -1): PosT {
  const start = [pos.line - previousLine, pos.col];
  const length = pos.length === rawLength ? [] : [pos.length];
  if (pos.box) return [...start, ...(length.length ? length : []), pos.page ?? 0, ...pos.box];
  if (pos.page !== undefined) return [...start, pos.length, pos.page];
  return [...start, ...length];
}

export function posOf(t: PosT, previousLine = 0, rawLength = 0): SourcePos {
  const n = t.length;
  // Shapes 2 and 7 leave the length out: it is the raw text's.
  const hasLength = n === 3 || n === 4 || n === 8;
  const pos: SourcePos = { line: t[0]! + previousLine, col: t[1]!, length: hasLength ? t[2]! : rawLength };
  const page = n === 4 || n === 8 ? t[3]! : n === 7 ? t[2]! : 0;
  if (page > 0) pos.page = page;
  if (n >= 7) {
    const at = n - 4;
    pos.box = [t[at]!, t[at + 1]!, t[at + 2]!, t[at + 3]!];
  }
  return pos;
}
