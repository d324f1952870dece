// Removes fake bold from positioned text. Reports fake their bold type by drawing text several times at
// offsets of a fraction of a point. Two forms occur: whole runs drawn again (separate items with the same
// text at nearly the same place: keep one), and each glyph drawn k times before the next (one item
// 「2222000011118888年年年年」 whose width is that of 「2018年」: keep every k-th glyph).

import type { PdfTextItem } from '../../model/types.ts';

/** Items with the same text closer than this (points) are one run drawn several times. */
const SAME_PLACE = 1.5;

export function dedupeOverprint(items: PdfTextItem[]): PdfTextItem[] {
  const kept: PdfTextItem[] = [];
  for (const item of items) {
    const twin = kept.find(
      (k) => k.str === item.str && Math.abs(k.x - item.x) < SAME_PLACE && Math.abs(k.y - item.y) < SAME_PLACE,
    );
    if (!twin) kept.push(collapseGlyphOverprint(item));
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
