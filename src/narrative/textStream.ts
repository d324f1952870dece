// The narrative as one string, so that sentences wrapped over lines (and, in seed 000, over blank lines)
// read as sentences, while every character still maps back to its line and column.

import type { NormLine, SourcePos } from '../model/types.ts';
import { boxOf } from '../source/boxOf.ts';

const WIDE = /[\u3000-\u9fff\uff00-\uffef]/;

export interface TextStream {
  text: string;
  /** Source position of the characters [start, end) of `text`. */
  pos(start: number, end: number): SourcePos;
}

/** Joins the given lines; a line break between two Han characters or punctuation marks joins with nothing. */
export function textStream(lines: NormLine[]): TextStream {
  let text = '';
  let last = '';
  const lineOf: number[] = [];
  const colOf: number[] = [];
  /** For each character: its line and its offset in that line's text (for page boxes). */
  const lineRef: Array<NormLine | undefined> = [];
  const offsetOf: number[] = [];
  for (const line of lines) {
    const body = line.text.trim();
    if (body === '') continue;
    const lead = line.text.indexOf(body);
    if (text !== '') {
      // Only the last character matters; it is kept aside, since indexing into the growing string would
      // flatten it on every line.
      const glue = WIDE.test(last) && WIDE.test(body[0]!) ? '' : ' ';
      if (glue) {
        text += glue;
        lineOf.push(line.line);
        colOf.push(0);
        lineRef.push(undefined);
        offsetOf.push(0);
      }
    }
    for (let i = 0; i < body.length; i++) {
      lineOf.push(line.line);
      colOf.push(line.cols[lead + i] ?? 0);
      lineRef.push(line);
      offsetOf.push(lead + i);
    }
    text += body;
    last = body[body.length - 1]!;
  }
  return {
    text,
    pos(start, end) {
      const last = Math.max(start, end - 1);
      const line = lineOf[start] ?? 0;
      const col = colOf[start] ?? 0;
      // A span that wraps to the next line is highlighted to the end of its first line only.
      // The span ends where the next character of its line begins; only at the end of a line does the
      // last character's own width (k copies in a fake-bold line) say where it ends.
      const next = lineOf[last + 1] === line && (colOf[last + 1] ?? 0) > (colOf[last] ?? 0) ? colOf[last + 1] : undefined;
      const before = lineOf[last - 1] === line ? colOf[last - 1] : undefined;
      const width = before !== undefined && (colOf[last] ?? 0) - before > 1 ? (colOf[last] ?? 0) - before : 1;
      const endCol = lineOf[last] === line ? (next ?? (colOf[last] ?? col) + width) : col + (end - start);
      const pos: SourcePos = { line, col, length: Math.max(0, endCol - col) };
      const source = lineRef[start];
      if (!source?.boxes) return pos;
      const from = offsetOf[start]!;
      const to = lineRef[last] === source ? offsetOf[last]! + 1 : source.text.length;
      const placed = boxOf(source, from, to);
      return placed ? { ...pos, ...placed } : pos;
    },
  };
}
