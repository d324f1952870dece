// Unruled tables (tabula's "stream" mode). A table printed without ruling lines (a web page printed
// without borders, a Word table with its borders turned off, a frame drawn only around it) reaches the
// text lines as runs separated by wide gaps. Where the table leaves a cell empty (many reports print no
// zeros) nothing marks the gap, so a row 「一、本年新收… 21 21」 does not say which two of its seven
// columns hold the numbers. This step finds such tables on a page and gives every row one cell per column,
// empty where nothing is printed, so the table readers see what they see in a ruled table.
//
// Columns come from the header above the first row of numbers when its words line up with every number
// (自然人 / 商业企业 / … / 总计, each word stacked over its column); otherwise from the numbers themselves,
// whose runs overlap in x when they share a column. A table whose numbers cannot be put in columns without
// doubt (two numbers of a row under one column) is left as it was: the readers then leave such rows unread
// rather than read them into the wrong columns.

import { UNITS } from '../../model/units.ts';

export interface Piece {
  text: string;
  page: number;
  box: [number, number, number, number];
  /** The OCR confidence of the run this piece is, for text read from a scan. */
  confidence?: number;
}

/** A line of a page (or a row of a ruled table): its cells, each a run of pieces. */
export interface Block {
  /** Top of the block on its page, for reading order. */
  top: number;
  page: number;
  cells: Piece[][];
  /** Set on table rows: the stitched table they belong to and their grid-column count. */
  table?: { id: number; columns: number[] };
  /** A line of text as one run (its gaps as tab pieces), kept for when it is no row of a table. */
  line?: Piece[];
}

/**
 * The mark a line's runs carry between a number and a neighbour closer than a wide gap (「4」 under 其他
 * beside 「70」 under 总计): a cell boundary for placing numbers, a space where the line stays text.
 */
export const NARROW_BREAK = '\v';

export const STREAM_SETTINGS = Object.freeze({
  /** Lines of numbers a table without a fitting header must have before its numbers make its columns. */
  minRows: 2,
  /** The farthest two consecutive lines of one table may be apart, in line heights. */
  rowReach: 3,
  /** A line of one cell with this many characters is prose, which ends a table. */
  proseChars: 30,
  /** The farthest two lines of a header may be apart, in line heights. */
  headerReach: 2.5,
  /** How many lines above the first row of numbers a header may span. */
  headerLines: 8,
  /** How many lines of rows with no number (labels alone) may stand between a header and the first numbers. */
  emptyRowsAbove: 24,
});

/** A cell that holds one value: a count or amount, a percentage, or a dash or slash printed for none. */
const VALUE = /^(?:\d[\d,]*(?:\.\d+)?\s*[%％]?|[-—–－/／]+)$/;

const cellText = (cell: Piece[]) => cell.map((p) => p.text).join('').trim();
const isValue = (cell: Piece[]) => VALUE.test(cellText(cell));
const left = (cell: Piece[]) => Math.min(...cell.map((p) => p.box[0]));
const right = (cell: Piece[]) => Math.max(...cell.map((p) => p.box[0] + p.box[2]));
const height = (block: Block) => Math.max(...block.cells.flat().map((p) => p.box[3]), 1);

interface Row {
  block: Block;
  labels: Piece[][];
  values: Piece[][];
}

/** A row of numbers: its label cells first, then only values, at least one of them. */
function asRow(block: Block): Row | undefined {
  if (block.table) return undefined;
  const firstValue = block.cells.findIndex(isValue);
  if (firstValue < 0) return undefined;
  const values = block.cells.slice(firstValue);
  if (!values.every(isValue)) return undefined;
  return { block, labels: block.cells.slice(0, firstValue), values };
}

/** Re-lays the rows of every unruled table among a page's text lines (given top to bottom). */
export function alignStreamTables(blocks: Block[], settings = STREAM_SETTINGS): Block[] {
  const replaced = new Map<Block, Block | null>();
  for (const group of rowGroups(blocks, settings)) {
    // A single row of numbers (table 四 prints one) is placed only under a header that fits it.
    const header = headerColumns(blocks, group, settings);
    if (header === 'misfit') continue;
    const columns = header ?? (group.length >= settings.minRows ? valueColumns(group) : undefined);
    // Rows of one value column (a label and its number, table 二's sub-tables) need no placing: they keep
    // the wide gaps they print as cells, their narrow ones as spaces (「条 172385」 stays one cell, as
    // the readers of 统计指标 / 单位 / 统计数 tables read it).
    if (!columns || columns.length < 2) {
      // Only rows all of one shape (a label and its number) are split: where some print a unit between
      // them and others not, the readers make more of the line as text.
      const split = group.map((row) => (row.block.line ? wideCells(row.block.line) : row.block.cells));
      if (valueColumns(group, 1) && split.every((cells) => cells.length === 2)) group.forEach((row, i) => replaced.set(row.block, { top: row.block.top, page: row.block.page, cells: split[i]! }));
      continue;
    }
    const bands = rowBands(blocks, group, columns[0]![0], settings);
    const placed = bands.map((band) => place(band, columns));
    if (placed.some((p) => p === undefined)) continue;
    bands.forEach((band, i) => band.lines.forEach((line, k) => replaced.set(line, k === 0 ? placed[i]! : null)));
  }
  return blocks.flatMap((b) => {
    const r = replaced.get(b);
    return r === undefined ? [b] : r === null ? [] : [r];
  });
}

/**
 * A row's label may wrap over several lines and its numbers stand on any of them (a cell's text is
 * centred in its height); a row whose cells are all empty is a label alone. A row begins at a label that
 * carries a row's numbering (「一、」, 「（二）」, 「3.」), or at numbers when the row begun has its numbers
 * already; other lines of label go with the row above. Lines before the first row of numbers and after
 * the last belong to the table while they are numbered labels (or their wrapped ends) left of its columns.
 */
interface Band {
  lines: Block[];
  labels: Piece[][];
  values: Piece[][];
}

/** A numbering that opens a row of a government table: 一、 （二） 3. */
const ROW_NUMBER = /(?:^|[^\d第])(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.．、](?!\d))/;

function rowBands(blocks: Block[], group: Row[], columnsStart: number, settings: typeof STREAM_SETTINGS): Band[] {
  const rows = new Map(group.map((r) => [r.block, r]));
  const isLabel = (b: Block) => !b.table && !rows.has(b) && !isProse(b) && Math.max(...b.cells.flat().map((p) => p.box[0] + p.box[2])) <= columnsStart;
  const numbered = (b: Block) => ROW_NUMBER.test(b.cells.map(cellText).join(' '));
  let start = blocks.indexOf(group[0]!.block);
  let end = blocks.indexOf(group[group.length - 1]!.block);
  // Upwards, the label lines a page break or a blank first row left above the first numbers, from the
  // first numbered one on (a row's wrapped end above it belongs to the page before).
  let top = start;
  while (top > 0 && start - top < settings.emptyRowsAbove && isLabel(blocks[top - 1]!) && close(blocks[top - 1]!, blocks[top]!, settings)) top--;
  while (top < start && !numbered(blocks[top]!)) top++;
  start = top;
  while (end + 1 < blocks.length && isLabel(blocks[end + 1]!) && close(blocks[end]!, blocks[end + 1]!, settings)) end++;
  const bands: Band[] = [];
  for (const block of blocks.slice(start, end + 1)) {
    const row = rows.get(block);
    const current = bands[bands.length - 1];
    const labels = row ? row.labels : block.cells;
    // A line of a label and its unit (「受理依申请公开信息总数 条」) with no number is a row left empty when
    // the row above is whole (it has its numbers, or a unit of its own): a label's wrapped end prints no
    // unit. After such a whole row, a line with a label of its own and numbers begins the next row too.
    // Only a unit tells: a second label column (table 三's 「（六）其他处理」 wrapped beside its sub-rows)
    // prints label cells side by side as well.
    const endsWithUnit = (cells: Piece[][]) => {
      const filled = cells.filter((cell) => cellText(cell) !== '');
      return filled.length >= 2 && UNITS.has(cellText(filled[filled.length - 1]!));
    };
    const whole = current !== undefined && (current.values.length > 0 || endsWithUnit(current.labels));
    const emptyRow = !row && endsWithUnit(labels) && whole;
    const labelledRow = row !== undefined && labels.some((cell) => cellText(cell) !== '') && whole;
    const ownEnd = wrappedBesideGroup(current, row, labels);
    const opens = !ownEnd && (!current || (labels.length > 0 && numbered({ ...block, cells: labels })) || (row !== undefined && current.values.length > 0) || emptyRow || labelledRow);
    if (!row && !isLabel(block)) continue;
    if (opens) bands.push({ lines: [block], labels: [...labels], values: row ? [...row.values] : [] });
    else {
      current!.lines.push(block);
      current!.labels.push(...(ownEnd ?? labels));
      current!.values.push(...(row?.values ?? []));
    }
  }
  return bands;
}

/**
 * 「2.其他法律行」 / 「（三） 政法规禁止 0 0 0 …」 / 「公开」: a numbered row whose label wraps, its numbers on
 * a later line beside its group's vertically centred label (「（三）」, in a label column left of the row's
 * own). That line goes on the row begun, not a row of the group: its numbering stands wholly left of where
 * the row's label starts, and its other words carry no numbering of their own. Returns the line's labels
 * without the group's, or undefined when the line is no such continuation.
 */
function wrappedBesideGroup(current: Band | undefined, row: Row | undefined, labels: Piece[][]): Piece[][] | undefined {
  if (!current || current.values.length > 0 || !row || row.values.length === 0) return undefined;
  const own = current.labels.filter((cell) => cellText(cell) !== '');
  if (own.length === 0 || !ROW_NUMBER.test(own.map(cellText).join(' '))) return undefined;
  // Where the row's own numbered label starts (a piece of a label column further left, such as the 「果」
  // of 「三、本年度办理结果」 printed down the table's side, is not the row's).
  const numberedPiece = own.flat().find((p) => ROW_NUMBER.test(p.text));
  if (!numberedPiece) return undefined;
  const labelStart = numberedPiece.box[0];
  // By pieces: the group's label and the row's words may be joined into one cell (「（三）政法规禁止」).
  const pieces = labels.flat().filter((p) => p.text.trim() !== '');
  const isGroup = (p: Piece) => p.box[0] + p.box[2] <= labelStart + p.box[3] * 0.25;
  const group = pieces.filter(isGroup);
  const rest = pieces.filter((p) => !isGroup(p));
  if (group.length === 0 || rest.length === 0) return undefined;
  if (!ROW_NUMBER.test(group.map((p) => p.text).join('')) || ROW_NUMBER.test(rest.map((p) => p.text).join(' '))) return undefined;
  return labels.map((cell) => cell.filter((p) => !isGroup(p))).filter((cell) => cell.length > 0);
}

const close = (upper: Block, lower: Block, settings: typeof STREAM_SETTINGS) => lower.top - upper.top <= settings.rowReach * height(upper);

/**
 * Rows of numbers that belong to one table: the lines between them are packed as a table's are (no
 * wider gap than a header's) and none is a line of prose. Rows with every cell empty and wrapped labels
 * lie between them as lines without numbers, so no fixed distance between two rows of numbers would do.
 */
function rowGroups(blocks: Block[], settings: typeof STREAM_SETTINGS): Row[][] {
  const groups: Row[][] = [];
  let current: Row[] = [];
  let last: Block | undefined;
  for (const block of blocks) {
    const row = asRow(block);
    const apart = last !== undefined && block.top - last.top > settings.rowReach * height(last);
    if (apart || (!row && isProse(block))) {
      groups.push(current);
      current = [];
    }
    if (row) current.push(row);
    last = block;
  }
  groups.push(current);
  return groups.map(withoutStrays).filter((g) => g.some((r) => r.values.length >= 2 || r.labels.length > 0));
}

/**
 * A line whose numbers stand where the other rows print their labels (「附件1」 above the table, a date
 * below it) is no row of the table.
 */
function withoutStrays(group: Row[]): Row[] {
  return group.filter((row) => {
    const labelsEnd = Math.max(...group.filter((r) => r !== row).flatMap((r) => r.labels.map(right)));
    return row.values.every((v) => left(v) >= labelsEnd);
  });
}

/** A line of running text: one cell, as long as a line of a paragraph. */
const isProse = (block: Block) => block.cells.length === 1 && cellText(block.cells[0]!).length >= STREAM_SETTINGS.proseChars;

type Interval = [number, number];

/**
 * The columns the header above the group's first row draws: its words with those stacked over them,
 * leaving out words that span several columns (「法人或其他组织」 over four). Taken only when every number
 * of the group falls under one column and no two numbers of a row under the same; 'misfit' when such a
 * header is there and the numbers do not fit it.
 */
function headerColumns(blocks: Block[], group: Row[], settings: typeof STREAM_SETTINGS): Interval[] | 'misfit' | undefined {
  const first = blocks.indexOf(group[0]!.block);
  const header: Block[] = [];
  // Rows with no number printed (a table that leaves its zeros blank, after its header repeated at a page
  // break) may stand between the header and the first row of numbers: labels only, left of every number.
  const valuesStart = Math.min(...group.flatMap((r) => r.values.map(left)));
  const labelOnly = (block: Block) => !isProse(block) && Math.max(...block.cells.flat().map((p) => p.box[0] + p.box[2])) <= valuesStart;
  let below = blocks[first]!;
  let skipped = 0;
  for (let i = first - 1; i >= 0 && header.length < settings.headerLines; i--) {
    const block = blocks[i]!;
    if (block.table || asRow(block) || below.top - block.top > settings.headerReach * height(block)) break;
    below = block;
    if (header.length === 0 && labelOnly(block) && skipped < settings.emptyRowsAbove) {
      skipped++;
      continue;
    }
    header.push(block);
  }
  const words = header.flatMap((b) => b.cells.flatMap(wordsOf));
  const leaves = words.filter((w) => !spansColumns(w, words));
  const columns = mergeOverlapping(leaves);
  const used = assign(group, columns);
  // A header with words over the numbers' side that the numbers do not fit says the columns are other
  // than the numbers alone suggest: the table is left as it is.
  const labelsEnd = Math.max(...group.flatMap((r) => r.labels.map(right)));
  if (!used) return columns.filter(([from]) => from >= labelsEnd).length >= 2 ? 'misfit' : undefined;
  // Columns after the first one holding a number are all the table's, an empty one (a column with no
  // number in any row) included. Left of it, a column is the table's when it starts right of every label
  // (table 二's 本年制发件数 with nothing printed under it) and the label's otherwise (信息内容 over 规章).
  const firstUsed = Math.min(...used);
  const hasLabels = group.some((r) => r.labels.length > 0);
  const firstRightOfLabels = hasLabels ? columns.findIndex(([from]) => from >= labelsEnd) : -1;
  return columns.slice(firstRightOfLabels >= 0 ? Math.min(firstUsed, firstRightOfLabels) : firstUsed);
}

/** Columns from the numbers alone: runs that overlap in x share a column. */
function valueColumns(group: Row[], count = 2): Interval[] | undefined {
  const columns = mergeOverlapping(group.flatMap((r) => r.values.map((v): Interval => [left(v), right(v)])));
  return assign(group, columns, count) ? columns : undefined;
}

/** A line's cells split at its wide gaps only, a narrow break kept as a space. */
function wideCells(line: Piece[]): Piece[][] {
  const cells: Piece[][] = [[]];
  for (const piece of line) {
    if (piece.text === '\t') cells.push([]);
    else cells[cells.length - 1]!.push(piece.text === NARROW_BREAK ? { ...piece, text: ' ' } : piece);
  }
  return cells;
}

/**
 * The words of a cell: runs that touch join (a PDF splits 「行政复议」 into 「⾏」 and 「政复议」 at a font
 * change), a space between runs parts them.
 */
function wordsOf(cell: Piece[]): Interval[] {
  const words: Interval[] = [];
  let open = false;
  for (const piece of cell) {
    if (piece.text.trim() === '') {
      open = false;
      continue;
    }
    const [from, to] = [piece.box[0], piece.box[0] + piece.box[2]];
    const last = words[words.length - 1];
    if (open && last && from - last[1] < piece.box[3] * 0.25) last[1] = Math.max(last[1], to);
    else words.push([from, to]);
    open = true;
  }
  return words;
}

/** A word overlaps two words that do not overlap each other: it is a heading over several columns. */
function spansColumns(word: Interval, words: Interval[]): boolean {
  const under = words.filter((w) => w !== word && overlaps(w, word) && w[1] - w[0] < word[1] - word[0]);
  return under.some((a) => under.some((b) => !overlaps(a, b)));
}

const overlaps = (a: Interval, b: Interval) => a[0] < b[1] && b[0] < a[1];

function mergeOverlapping(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** The column a value stands under: the one its middle falls in, or the nearest within half a gap. */
function columnOf(value: Piece[], columns: Interval[]): number | undefined {
  const mid = (left(value) + right(value)) / 2;
  let best: number | undefined;
  let bestDistance = Infinity;
  columns.forEach(([from, to], i) => {
    const distance = mid < from ? from - mid : mid > to ? mid - to : 0;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  if (best === undefined || bestDistance === 0) return best;
  const [from, to] = columns[best]!;
  const neighbour = mid < from ? columns[best - 1] : columns[best + 1];
  const gap = neighbour ? (mid < from ? from - neighbour[1] : neighbour[0] - to) : Infinity;
  return bestDistance < gap / 2 ? best : undefined;
}

/** The columns the group's numbers fall under, or undefined when one does not fit or two share one. */
function assign(group: Row[], columns: Interval[], count = 2): Set<number> | undefined {
  const used = new Set<number>();
  for (const row of group) {
    const taken = new Set<number>();
    for (const value of row.values) {
      const c = columnOf(value, columns);
      if (c === undefined || taken.has(c)) return undefined;
      // A number left of the row's label is no value of this table.
      if (row.labels.length > 0 && right(row.labels[row.labels.length - 1]!) > left(value)) return undefined;
      taken.add(c);
      used.add(c);
    }
  }
  // Numbers under one column only need no placing: a label and its number say it all.
  return used.size >= count ? used : undefined;
}

/** The row with one cell per column; an empty cell keeps the column's place on the line. */
function place(band: Band, columns: Interval[]): Block | undefined {
  const first = band.lines[0]!;
  const cells: Piece[][] = columns.map(([from, to]) => [{ text: '', page: first.page, box: [from, first.top, to - from, height(first)] }]);
  for (const value of band.values) {
    const c = columnOf(value, columns);
    if (c === undefined || cells[c]![0]!.text !== '') return undefined;
    cells[c] = value;
  }
  return { top: first.top, page: first.page, cells: [...band.labels.filter((l) => cellText(l) !== ''), ...cells] };
}
