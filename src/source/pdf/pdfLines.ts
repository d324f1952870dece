// Rebuilds the reading order of a PDF as lines of text, so the rest of the pipeline reads a PDF the way
// it reads a text file. Text outside ruled tables is grouped into lines by baseline; a ruled table
// becomes one line per grid row with its cells separated by tabs (a cell's own wrapped lines rejoined),
// and a table that continues on the next page is stitched to its first part. Every run keeps its page
// and box, so a value found in a line can be shown on the page.

import type { NormLine, PdfPage, PdfSource, PdfTextItem, TextBox } from '../../model/types.ts';
import { foldWidth } from '../normalize/foldWidth.ts';
import { withoutInvisible } from '../normalize/invisible.ts';
import { dedupeOverprint } from './dedupeOverprint.ts';
import { splitSpacedItem } from './splitSpacedItem.ts';
import { findLattices, type Lattice, type Region } from './lattice.ts';
import { furnitureLines, type PageLine } from '../pageFurniture.ts';
import { alignStreamTables, NARROW_BREAK, type Block, type Piece } from './streamTables.ts';


export function pdfLines(source: PdfSource): NormLine[] {
  const blocks: Block[] = [];
  let tableId = 0;
  let open: { id: number; columns: number[]; header: string; page: number } | undefined;
  const heights = new Map<number, number>();
  for (const page of source.pages) {
    const items = dedupeOverprint(page.items)
      .flatMap(splitSpacedItem)
      .map((item) => ({ ...item, str: tidy(item.str) }));
    const lattices = findLattices(page.segments);
    const inTable = new Set<PdfTextItem>();
    const pageBlocks: Block[] = [];
    for (const lattice of lattices) {
      // A frame with no inner vertical rule (a box drawn round a table, rules between rows only) divides
      // nothing into columns: its text is read as lines, where an unruled table is found by its gaps.
      if (lattice.xs.length < 3) continue;
      const rows = latticeRows(lattice, items, page, inTable);
      if (rows.length === 0) continue;
      // A table that starts at the top of a page with the same columns as the table left open at the
      // bottom of the previous page continues it; its repeated header row is dropped.
      const columns = lattice.xs.map((x) => Math.round(x));
      const continues = open && open.page === page.number - 1 && sameColumns(open.columns, columns) && isFirstOnPage(lattice, lattices);
      const id = continues ? open!.id : ++tableId;
      const header = rowText(rows[0]!);
      if (continues && header === open!.header) rows.shift();
      for (const row of rows) pageBlocks.push({ ...row, table: { id, columns } });
      open = { id, columns, header: continues ? open!.header : header, page: page.number };
    }
    // Lines an unruled table's rows are not re-laid from stay one run of text, their wide gaps spaces.
    const lines = alignStreamTables(textLines(items.filter((i) => !inTable.has(i)), page));
    pageBlocks.push(...lines.map((b) => (b.line ? { top: b.top, page: b.page, cells: [b.line] } : b)));
    pageBlocks.sort((a, b) => a.top - b.top);
    blocks.push(...pageBlocks);
    heights.set(page.number, page.height);
    if (open && !lattices.some((l) => l.box[1] + l.box[3] > page.height * 0.6)) open = undefined;
  }
  // Running heads and feet (page numbers, a browser's date and address, the title on every page) are not
  // part of the text, and must not split a stitched table.
  const candidates = new Map<PageLine, Block>();
  for (const block of blocks) {
    if (block.table) continue;
    candidates.set({ page: block.page, text: rowText(block), top: block.top, pageHeight: heights.get(block.page) ?? Infinity }, block);
  }
  const furniture = new Set([...furnitureLines([...candidates.keys()])].map((l) => candidates.get(l)!));
  return blocks.filter((b) => !furniture.has(b)).map(toNormLine);
}

function latticeRows(lattice: Lattice, items: PdfTextItem[], page: PdfPage, used: Set<PdfTextItem>): Block[] {
  const byRegion = new Map<Region, PdfTextItem[]>();
  for (const item of items) {
    const cx = item.x + item.width / 2;
    const cy = item.y + item.height / 2;
    const region = lattice.regions.find((r) => cx >= r.box[0] && cx <= r.box[0] + r.box[2] && cy >= r.box[1] && cy <= r.box[1] + r.box[3]);
    if (!region) continue;
    used.add(item);
    byRegion.set(region, [...(byRegion.get(region) ?? []), item]);
  }
  // A cell that spans rows but holds one value per row band (the ruling between them lost under a seal or
  // in faint print) is one cell per row: its values are never joined into one number.
  const split = new Map<Region, Map<number, PdfTextItem[]>>();
  for (const [region, inside] of byRegion) {
    const perRow = valuesPerRow(region, inside, lattice);
    if (perRow) split.set(region, perRow);
  }
  const rows: Block[] = [];
  const rowCount = lattice.ys.length - 1;
  for (let r = 0; r < rowCount; r++) {
    // One slot per grid column: the cell that starts here, or nothing under a span from above or the left.
    const starting = lattice.regions.filter((g) => g.row === r);
    if (starting.length === 0) continue;
    const cells: Piece[][] = [];
    for (let c = 0; c < lattice.xs.length - 1; c++) {
      const region = starting.find((g) => g.col === c);
      const above = region ? undefined : lattice.regions.find((g) => g.col === c && g.row < r && g.row + g.rowSpan > r && split.has(g));
      // An empty cell still has a place on the page: a run with no text and the cell's box.
      if (region || above) {
        const own = region ?? above!;
        const inside = split.get(own)?.get(r) ?? (split.has(own) ? [] : byRegion.get(own) ?? []);
        const pieces = cellPieces(inside, page.number);
        cells.push(pieces.length ? pieces : [{ text: '', page: page.number, box: own.box }]);
      }
      else if (!lattice.regions.some((g) => g.col < c && g.col + g.colSpan > c && g.row <= r && g.row + g.rowSpan > r)) cells.push([]);
    }
    if (cells.every((cell) => cell.every((p) => p.text === ''))) continue;
    rows.push({ top: lattice.ys[r]!, page: page.number, cells });
  }
  return rows;
}

/**
 * The lines of a cell spanning rows, each given to the row band its middle lies in, when every line is
 * one value and no two share a band; undefined otherwise (a label wrapped over two lines, a value centred
 * in a merged cell).
 */
function valuesPerRow(region: Region, items: PdfTextItem[], lattice: Lattice): Map<number, PdfTextItem[]> | undefined {
  if (region.rowSpan < 2 || items.length < 2) return undefined;
  const lines = groupLines(items);
  if (lines.length < 2 || !lines.every((line) => VALUE_RUN.test(line.map((i) => i.str).join('')))) return undefined;
  const perRow = new Map<number, PdfTextItem[]>();
  for (const line of lines) {
    const mid = line.reduce((sum, i) => sum + i.y + i.height / 2, 0) / line.length;
    const r = lattice.ys.findIndex((y, k) => k >= region.row && k < region.row + region.rowSpan && mid >= y && mid < lattice.ys[k + 1]!);
    if (r < 0 || perRow.has(r)) return undefined;
    perRow.set(r, line);
  }
  return perRow;
}

/** A cell's runs in reading order: its own lines top to bottom, each left to right, joined without gaps. */
function cellPieces(items: PdfTextItem[], page: number): Piece[] {
  return groupLines(items).flatMap((line) => joinLine(line, page, false));
}

/**
 * Lines of text outside ruled tables, top to bottom: split into cells at wide gaps (and around numbers)
 * for the unruled tables among them, and kept whole as the line to use when no table claims it.
 */
function textLines(items: PdfTextItem[], page: PdfPage): Block[] {
  return groupLines(items).map((line) => {
    const pieces = joinLine(line, page.number, true);
    return { top: Math.min(...line.map((i) => i.y)), page: page.number, cells: splitAtTabs(pieces), line: pieces };
  });
}

function splitAtTabs(pieces: Piece[]): Piece[][] {
  const cells: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece.text === '\t' || piece.text === NARROW_BREAK) cells.push([]);
    else cells[cells.length - 1]!.push(piece);
  }
  return cells;
}

/** Items whose vertical middles are within half a glyph of the line's first item share a line. */
function groupLines(items: PdfTextItem[]): PdfTextItem[][] {
  const mid = (i: PdfTextItem) => i.y + i.height / 2;
  const sorted = [...items].sort((a, b) => mid(a) - mid(b));
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    // Sorted by middle, an item can only belong to the line opened last.
    const line = lines[lines.length - 1];
    if (line && Math.abs(mid(line[0]!) - mid(item)) < Math.min(line[0]!.height, item.height) * 0.5) line.push(item);
    else lines.push([item]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => a[0]!.y - b[0]!.y);
}

/**
 * Joins the runs of one line. Touching runs join directly (PDFs split text at every font change); a
 * small gap is a space unless it falls between two Han characters; outside tables a gap wider than two
 * glyphs separates columns of an unruled table and becomes a tab.
 */
/** A run that is one value of a table: digits (with separators), a percentage, a dash. */
const VALUE_RUN = /^\s*(?:\d[\d,]*(?:\.\d+)?[%％]?|[-—–－/／])\s*$/;

function joinLine(line: PdfTextItem[], page: number, tabs: boolean): Piece[] {
  const pieces: Piece[] = [];
  let previous: PdfTextItem | undefined;
  for (const item of line) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const size = Math.min(previous.height, item.height);
      const hanBoth = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]$/.test(previous.str) && /^[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(item.str);
      // A number apart from its neighbour is a cell of its own even where the columns are narrow (「4」
      // under 其他 beside 「70」 under 总计; the unit 「条」 beside 「172385」).
      const valueApart = (VALUE_RUN.test(previous.str) || VALUE_RUN.test(item.str)) && gap > size * 0.3;
      const sep = tabs && gap > size * 2 ? '\t' : tabs && valueApart ? NARROW_BREAK : gap > size * 0.25 && !hanBoth ? ' ' : '';
      if (sep) pieces.push({ text: sep, page, box: [previous.x + previous.width, item.y, Math.max(gap, 0), item.height] });
    }
    pieces.push({ text: item.str, page, box: [item.x, item.y, item.width, item.height], ...(item.confidence !== undefined ? { confidence: item.confidence } : {}) });
    previous = item;
  }
  return pieces;
}

/**
 * pdf.js inserts spaces where a justified line spreads its glyphs; between two Han characters a space is
 * never text. Radicals and full-width digits are folded as in text input.
 */
function tidy(str: string): string {
  return withoutInvisible(foldWidth(str), []).text.replace(/(?<=[\u2e80-\u9fff])\s+(?=[\u2e80-\u9fff])/g, '');
}

function rowText(block: Block): string {
  return block.cells.map((cell) => cell.map((p) => p.text).join('')).join('\t');
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3);
}

function isFirstOnPage(lattice: Lattice, all: Lattice[]): boolean {
  return all[0] === lattice;
}

function toNormLine(block: Block, index: number): NormLine {
  let text = '';
  const boxes: TextBox[] = [];
  block.cells.forEach((cell, c) => {
    if (c > 0) text += '\t';
    for (const piece of cell) {
      // Line breaks inside a cell were only the cell's width: the runs join directly.
      const start = text.length;
      text += piece.text.replace(/[\t\n\v]/g, ' ');
      boxes.push({ start, end: text.length, page: piece.page, box: piece.box, ...(piece.confidence !== undefined ? { confidence: piece.confidence } : {}) });
    }
  });
  return { line: index + 1, text, cols: Array.from({ length: text.length }, (_, i) => i + 1), fold: 1, boxes };
}
