// Rows of table 三 that text laid out with spaces splits over two lines.

import { ROW_MARK, type Row } from './govRow.ts';

/**
 * In text laid out with spaces, a row whose label wraps in a narrow column may print its first numbers
 * beside the label's first line and the rest beside its second (「1.本机关不掌握相 47」 / 「关政府信息 12 0 1 1 0
 * 61」). Two such lines are one row when together they hold exactly table 三's seven numbers, the second
 * line starts no row of its own, and every number of the first stands left of every number of the second.
 */
export function joinSplitRows(rows: Row[]): void {
  for (let k = rows.length - 2; k >= 0; k--) {
    const [first, second] = [rows[k]!, rows[k + 1]!];
    if (first.values.length === 0 || second.values.length === 0 || first.values.length + second.values.length !== 7) continue;
    const secondLabel = second.labels.map((l) => l.text.trim()).filter((t) => t !== '').join('');
    if (ROW_MARK.test(secondLabel) || !near(first, second)) continue;
    const lastOfFirst = Math.max(...first.values.map((v) => first.line.cols[v.start] ?? 0));
    const firstOfSecond = Math.min(...second.values.map((v) => second.line.cols[v.start] ?? 0));
    if (lastOfFirst >= firstOfSecond) continue;
    rows.splice(k, 2, {
      line: first.line,
      labels: [...first.labels, ...second.labels],
      values: [...first.values, ...second.values],
      valueLines: [...first.values.map(() => first.line), ...second.values.map(() => second.line)],
      ...(first.above ? { above: first.above } : {}),
    });
  }
}

/** Whether the second row's line is the next one, or the one after a blank line (pdftotext -layout spaces rows so). */
const near = (first: Row, second: Row) => second.line.line - first.line.line <= 2;
