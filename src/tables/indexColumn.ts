// Some statistics tables print a 序号 column before their labels (「序号 | 统计指标 | 单位 | 统计数」). The
// readers know the label-first layout; this takes the numbering away, so that the same reader reads both.
// It starts at a header whose first cell is 序号 and removes, from each line after it, a leading row
// number only while the numbers run in sequence (1, 2, 3 …; a gap of a few allowed for rows a page break
// or a wrap split off): prose after the table that happens to begin with a number (「12 月份……」) breaks
// the sequence and is left alone.

import type { NormLine } from '../model/types.ts';

const INDEX_HEADER = /^\s*(?:序号|编号)[\t ]+\s*(?:统计指标|指标名称|统计项目|项目名称|指标)/;
/** A row number, then a tab or a space, then the label. */
const LEADING_NUMBER = /^\s*(\d{1,3})(?:\t|[ ]+(?=\S))/;
const LEADING_EMPTY_CELL = /^\s*\t/;
/** How far the next row number may jump (rows a page break or a wrapped label left without one). */
const MOST_SKIPPED = 3;

/** The lines with a leading 序号 column removed from the tables that have one; the same array otherwise. */
export function withoutIndexColumn(lines: NormLine[]): NormLine[] {
  const firstRows = new Set(lines.flatMap((_, i) => (numberedFirstRow(lines, i) ? [i] : [])));
  if (firstRows.size === 0 && !lines.some((l) => INDEX_HEADER.test(l.text))) return lines;
  let last: number | undefined;
  return lines.map((line, i) => {
    const header = INDEX_HEADER.exec(line.text);
    if (header) {
      last = 0;
      return cut(line, line.text.search(/统计指标|指标名称|统计项目|项目名称|指标/));
    }
    if (firstRows.has(i)) last = 0;
    if (last === undefined) return line;
    const number = LEADING_NUMBER.exec(line.text);
    if (number) {
      const n = Number(number[1]);
      if (n > last && n <= last + 1 + MOST_SKIPPED) {
        last = n;
        return cut(line, number[0].length);
      }
      last = undefined; // out of sequence: past the table
      return line;
    }
    // A tabbed row whose number cell is empty keeps its place; any other line (a wrapped label) is kept.
    return LEADING_EMPTY_CELL.test(line.text) ? cut(line, line.text.indexOf('\t') + 1) : line;
  });
}

/** The line from `at` on; every kept character keeps its source column and its place on the PDF page. */
function cut(line: NormLine, at: number): NormLine {
  if (at <= 0) return line;
  const cutLine: NormLine = { ...line, text: line.text.slice(at), cols: line.cols.slice(at) };
  if (line.boxes) {
    cutLine.boxes = line.boxes.filter((b) => b.end > at).map((b) => ({ ...b, start: Math.max(0, b.start - at), end: b.end - at }));
  }
  return cutLine;
}

/**
 * Row 1 of a table whose header is not on one line (「序 单统计」 / 「统计指标」 / 「号 位 数」: a narrow header
 * wrapped cell by cell): 「1 一、主动公开情况」, its first section numbered 1, and rows 2 and 3 numbered
 * right after it. The table's first section (一、) after the number is what tells a 序号 from a line of
 * prose that begins with a number.
 */
function numberedFirstRow(lines: NormLine[], i: number): boolean {
  if (!/^\s*1(?:\t|[ ]+)\s*一[、.．]/.test(lines[i]!.text)) return false;
  const next = lines.slice(i + 1, i + 1 + 2 * MOST_SKIPPED).map((l) => Number(LEADING_NUMBER.exec(l.text)?.[1]));
  const two = next.indexOf(2);
  return two >= 0 && next.indexOf(3) > two;
}
