// Tables as markdown writers print them (pandoc, docling, MinerU's pipe output), turned into one line per
// table row with tab-separated cells, which the table readers read cell by cell:
// - pipe tables (「| 统计指标 | 单位 | 统计数 |」): pipes become tabs, |---| rules become blank lines;
// - grid tables (pandoc: rows between 「+----+」 rules, a cell's text wrapped over several lines): the
//   lines of one row are joined cell by cell;
// - a row whose label stands on a line of its own and whose numbers follow on the next line, with the
//   label cell empty (a multi-line cell as some writers flatten it), is joined into one row;
// - a column that is empty in every row at the start or end of a table (docling adds one) is dropped.
// Every kept character keeps its source column. A joined row is placed on the line that holds its
// values, so a number's position stays exact; its label's characters keep their own columns, which then
// refer to the line above (the label is still shown, only its highlight lands on the wrong line).

import type { NormLine } from '../../model/types.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const GRID_RULE = /^\s*\+[-=:]+(\+[-=:]+)*\+\s*$/;

interface Cell {
  text: string;
  cols: number[];
}

/** A pipe row's cells, each trimmed, with the source column of every character. */
function splitPipes(line: NormLine): Cell[] {
  const { text, cols } = line;
  const first = text.indexOf('|');
  const last = text.lastIndexOf('|');
  const cells: Cell[] = [];
  let current: Cell = { text: '', cols: [] };
  for (let i = first + 1; i < last; i++) {
    if (text[i] === '|') {
      cells.push(current);
      current = { text: '', cols: [] };
    } else {
      current.text += text[i];
      current.cols.push(cols[i]!);
    }
  }
  cells.push(current);
  return cells.map(trimCell);
}

function trimCell(cell: Cell): Cell {
  const start = cell.text.length - cell.text.trimStart().length;
  const end = cell.text.trimEnd().length;
  return end <= start ? { text: '', cols: [] } : { text: cell.text.slice(start, end), cols: cell.cols.slice(start, end) };
}

/** Han and CJK punctuation: two pieces of a wrapped Chinese label join without a space. */
const CJK_END = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]$/;
const CJK_START = /^[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/;

function joinCells(a: Cell, b: Cell): Cell {
  if (a.text === '') return b;
  if (b.text === '') return a;
  const space = CJK_END.test(a.text) || CJK_START.test(b.text) ? '' : ' ';
  return { text: a.text + space + b.text, cols: [...a.cols, ...(space ? [b.cols[0]!] : []), ...b.cols] };
}

const blank = (line: NormLine): NormLine => ({ ...line, text: '', cols: [] });

function rowLine(at: NormLine, cells: Cell[]): NormLine {
  let text = '';
  const cols: number[] = [];
  cells.forEach((cell, i) => {
    if (i > 0) {
      text += '\t';
      cols.push(cell.cols[0] ?? cols[cols.length - 1] ?? 1);
    }
    text += cell.text;
    cols.push(...cell.cols);
  });
  return { ...at, text, cols };
}

interface Row {
  /** Index of the line the row is written to (the one holding its values). */
  at: number;
  cells: Cell[];
}

const hasValues = (cells: Cell[]) => cells.slice(1).some((c) => c.text !== '');

/** Rewrites a table's lines: `block` is [start, end) of the table in `lines`. */
function rewriteTable(lines: NormLine[], out: NormLine[], start: number, end: number): void {
  const rows: Row[] = [];
  const grid = lines.slice(start, end).some((l) => GRID_RULE.test(l.text));
  let pending: Row | undefined;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    out[i] = blank(line);
    if (GRID_RULE.test(line.text) || PIPE_RULE.test(line.text)) {
      if (pending) rows.push(pending);
      pending = undefined;
      continue;
    }
    const cells = splitPipes(line);
    if (grid && pending && pending.cells.length === cells.length) {
      // A grid row wraps over several lines: join its cells, and write it where its values are.
      pending = { at: hasValues(cells) ? i : pending.at, cells: pending.cells.map((c, k) => joinCells(c, cells[k]!)) };
      continue;
    }
    if (pending) rows.push(pending);
    pending = { at: i, cells };
  }
  if (pending) rows.push(pending);
  // A label alone on its row, then its numbers with the label cell empty: one row.
  const joined: Row[] = [];
  for (const row of rows) {
    const above = joined[joined.length - 1];
    if (above && !hasValues(above.cells) && above.cells[0]!.text !== '' && row.cells[0]!.text === '' && hasValues(row.cells) && above.cells.length === row.cells.length) {
      joined[joined.length - 1] = { at: row.at, cells: row.cells.map((c, k) => (k === 0 ? above.cells[0]! : c)) };
    } else joined.push(row);
  }
  // Columns empty in every row at the table's edges carry nothing (docling's extra cell).
  const width = Math.max(...joined.map((r) => r.cells.length));
  const emptyColumn = (k: number) => joined.every((r) => (r.cells[k]?.text ?? '') === '');
  let from = 0;
  while (from < width - 1 && emptyColumn(from)) from++;
  let to = width;
  while (to > from + 1 && emptyColumn(to - 1)) to--;
  for (const row of joined) out[row.at] = rowLine(lines[row.at]!, row.cells.slice(from, to));
}

export function markdownTables(lines: NormLine[]): NormLine[] {
  const out = lines.slice();
  let i = 0;
  while (i < lines.length) {
    const isTableLine = (l: NormLine) => PIPE_ROW.test(l.text) || (l.text.includes('|') && PIPE_RULE.test(l.text)) || GRID_RULE.test(l.text);
    if (!isTableLine(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && isTableLine(lines[end]!)) end++;
    // A lone pipe line is prose that happens to start and end with a bar, unless it is a whole table.
    if (end - i >= 2 || GRID_RULE.test(lines[i]!.text)) rewriteTable(lines, out, i, end);
    else out[i] = rowLine(lines[i]!, splitPipes(lines[i]!));
    i = end;
  }
  return out;
}
