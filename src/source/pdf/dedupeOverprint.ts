// Removes fake bold from positioned text. Reports fake their bold type by drawing text several times at
// offsets of a fraction of a point. Two forms occur: whole runs drawn again (separate items with the same
// text at nearly the same place: keep one), and each glyph drawn k times before the next (one item
// 「2222000011118888年年年年」 whose width is that of 「2018年」: keep every k-th glyph).

import type { PdfTextItem } from '../../model/types.ts';

/** Items with the same text closer than this (points) are one run drawn several times. */
const SAME_PLACE = 1.5;

export function dedupeOverprint(items: PdfTextItem[]): PdfTextItem[] {
  const kept: PdfTextItem[] = [];
  const placed = new TwinIndex(SAME_PLACE);
  for (const item of items) {
    if (placed.hasTwin(item, SAME_PLACE, 1, 1)) continue;
    placed.add(item);
    kept.push(collapseGlyphOverprint(item));
  }
  // When the copies of a glyph were split across runs (「德」「德」「德」「德 州」), runs overlap each other;
  // then the page is read glyph by glyph and copies of one glyph at one place are dropped.
  return overlapping(kept) ? dedupeGlyphs(kept.flatMap(glyphsOf)) : kept;
}

/**
 * Items by their text and by a square of the page `cell` points wide, so that a copy of an item drawn at
 * nearly its place is found among the few items of the squares around it, not among every item of the
 * same text (a page of digits holds hundreds of 「1」).
 */
class TwinIndex {
  readonly #byText = new Map<string, Map<number, PdfTextItem[]>>();
  constructor(readonly cell: number) {}

  // Squares far apart may share a key; the exact distance test below keeps them apart.
  #key = (gx: number, gy: number) => (gx & 0xffff) * 0x10000 + (gy & 0xffff);

  /** Whether an item of the same text lies within `near` points on both axes, looking `reachX` / `reachY` squares around. */
  hasTwin(item: PdfTextItem, near: number, reachX: number, reachY: number): boolean {
    const grid = this.#byText.get(item.str);
    if (!grid) return false;
    const gx = Math.floor(item.x / this.cell);
    const gy = Math.floor(item.y / this.cell);
    for (let dx = -reachX; dx <= reachX; dx++) {
      for (let dy = -reachY; dy <= reachY; dy++) {
        const square = grid.get(this.#key(gx + dx, gy + dy));
        if (square?.some((k) => Math.abs(k.x - item.x) < near && Math.abs(k.y - item.y) < near)) return true;
      }
    }
    return false;
  }

  add(item: PdfTextItem): void {
    let grid = this.#byText.get(item.str);
    if (!grid) this.#byText.set(item.str, (grid = new Map()));
    const key = this.#key(Math.floor(item.x / this.cell), Math.floor(item.y / this.cell));
    const square = grid.get(key);
    if (square) square.push(item);
    else grid.set(key, [item]);
  }
}

/** Whether several runs lie on top of each other: the mark of overprinted text. */
function overlapping(items: PdfTextItem[]): boolean {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  let count = 0;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    if (Math.abs(a.y - b.y) < a.height * 0.3 && dx > Math.min(a.width, b.width) * 0.5 && ++count >= 3) return true;
  }
  return false;
}

/** One item per glyph, placed by the glyph's share of the run's width (Han glyphs count double). */
function glyphsOf(item: PdfTextItem): PdfTextItem[] {
  const chars = [...item.str];
  const weight = (c: string) => (/\s/.test(c) ? 0.5 : /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(c) ? 2 : 1);
  const total = chars.reduce((w, c) => w + weight(c), 0) || 1;
  let at = 0;
  const glyphs: PdfTextItem[] = [];
  for (const c of chars) {
    const w = (item.width * weight(c)) / total;
    if (!/\s/.test(c)) glyphs.push({ ...item, str: c, x: item.x + at, width: w });
    at += w;
  }
  return glyphs;
}

function dedupeGlyphs(glyphs: PdfTextItem[]): PdfTextItem[] {
  const placed = new TwinIndex(4);
  const kept: PdfTextItem[] = [];
  for (const g of glyphs) {
    if (placed.hasTwin(g, g.height * 0.3, 2, 1)) continue;
    placed.add(g);
    kept.push(g);
  }
  return kept;
}

export function collapseGlyphOverprint(item: PdfTextItem): PdfTextItem {
  const chars = [...item.str];
  for (const k of [4, 3, 2]) {
    if (chars.length < k || chars.length % k !== 0) continue;
    const single: string[] = [];
    let folded = true;
    for (let i = 0; i < chars.length && folded; i += k) {
      for (let j = 1; j < k; j++) if (chars[i + j] !== chars[i]) folded = false;
      single.push(chars[i]!);
    }
    if (!folded) continue;
    // Only geometry tells 「1111」 printed once from 「1」 printed four times: the run must be about as
    // wide as its collapsed text, far narrower than its full text.
    const collapsedWidth = expectedWidth(single, item.height);
    const fullWidth = expectedWidth(chars, item.height);
    if (item.width < fullWidth * 0.6 && item.width < collapsedWidth * 1.5) return { ...item, str: single.join('') };
  }
  return item;
}

function expectedWidth(chars: string[], size: number): number {
  return chars.reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(c) ? size : size * 0.5), 0);
}
