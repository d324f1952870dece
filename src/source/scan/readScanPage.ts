// One scanned page into what a PDF page with a text layer gives: positioned text runs and ruling lines,
// in page points, so every later stage (tables, narrative, highlights) reads a scan as it reads any PDF.
// The page image is levelled first (deskew.ts); positions are those of the levelled page, whose turn is
// kept (`skew`) so a highlight can be turned back onto the image as printed.

import type { PdfSegment, PdfTextItem } from '../../model/types.ts';
import { binarize } from './binarize.ts';
import { rotate, skewAngle } from './deskew.ts';
import { shrink, type GrayImage } from './grayImage.ts';
import type { Recognizer } from './recognizer.ts';
import { digitsForLookalikes } from './digitLookalikes.ts';
import { settleOcrShapes } from './ocrText.ts';
import { findRulings, withoutRulings, type Ruling } from './rulings.ts';
import { SCAN_SETTINGS } from './scanSettings.ts';
import { textRuns, usualCharHeight, type TextRun } from './textLines.ts';
import { components } from './components.ts';

export interface ScannedPage {
  items: PdfTextItem[];
  segments: PdfSegment[];
  /** The slant the image was levelled by (degrees). */
  skew: number;
}

/**
 * `pixelsPerPoint` is the scan's resolution on the page (200 dpi: 2.78); `toPage` maps a pixel of the
 * image to page points.
 */
export async function readScanPage(image: GrayImage, pixelsPerPoint: number, toPage: (x: number, y: number) => [number, number], recognizer: Recognizer, signal?: AbortSignal): Promise<ScannedPage> {
  const s = SCAN_SETTINGS;
  const px = (points: number) => Math.max(1, Math.round(points * pixelsPerPoint));
  // The slant, measured on a half-size image: fast, and precise to a few hundredths of a degree.
  const half = shrink(image, 2);
  const skew = skewAngle(binarize(half, { radius: Math.max(4, px(s.binarizeRadiusPt) >> 1), k: s.binarizeK }), { maxDegrees: s.maxSkewDegrees, coarseStep: s.coarseSkewStep, fineStep: s.fineSkewStep });
  const level = rotate(image, skew);
  const ink = binarize(level, { radius: px(s.binarizeRadiusPt), k: s.binarizeK });
  // A vertical ruling is longer than any character's stroke, whatever the type size.
  const charHeight = usualCharHeight(components(ink));
  // Rulings are often hairlines that print light grey (an office suite's 0.5-pt borders): they are looked
  // for in a more sensitive reading of the ink, where only long solid runs count, so noise does not.
  const lineInk = binarize(level, { radius: px(s.binarizeRadiusPt), k: s.rulingK });
  const rulings = findRulings(lineInk, {
    minHorizontal: px(s.minHorizontalPt),
    minVertical: Math.max(px(s.minVerticalPt), Math.round(charHeight * s.minVerticalChars)),
    minOpenVertical: Math.max(px(s.minOpenVerticalPt), Math.round(charHeight * s.minOpenVerticalChars)),
    maxGap: px(s.maxGapPt),
    minFill: s.minFill,
    maxThickness: px(s.maxThicknessPt),
    maxLean: s.maxLean,
  });
  const text = withoutRulings(ink, rulings);
  const runs = textRuns(text, rulings, charHeight, { joinGap: s.joinGap, punctuationGap: s.punctuationGap, stackGap: s.stackGap, minHeightShare: s.minHeightShare, flatMarkWidth: s.flatMarkWidth });
  const pad = Math.round(charHeight * s.cropPadding);
  const read: Array<{ run: TextRun; item: PdfTextItem; inTable: boolean }> = [];
  for (const run of runs) {
    signal?.throwIfAborted();
    const inTable = inGrid(run, rulings.vertical);
    const item = toItem(run, digitsForLookalikes(await recognizer.recognize(crop(level, run, pad))), toPage, inTable);
    if (item) read.push({ run, item, inTable });
  }
  const items = joinNumbering(read, rulings.vertical, charHeight);
  const segments: PdfSegment[] = [
    ...rulings.horizontal.map((r) => segment(toPage(r.from, r.at), toPage(r.to, r.at))),
    ...rulings.vertical.map((r) => segment(toPage(r.at, r.from), toPage(r.at, r.to))),
  ];
  return { items, segments, skew };
}

/**
 * A table label's numbering read apart from its words (「二」 … 「回应解读情况」: the 、 between them too faint
 * to join them into one run) is joined to them, with its 、: in a cell, a bare numeral followed on its
 * line, within a character and a half and with no ruling between, by words is that row's numbering.
 */
export function joinNumbering(read: Array<{ run: TextRun; item: PdfTextItem; inTable: boolean }>, vertical: Ruling[], charHeight: number): PdfTextItem[] {
  // First the pairs (a numeral's words may come before it in reading order), then the items.
  const wordsOf = new Map<number, number>();
  read.forEach((a, i) => {
    if (!a.inTable || !/^[一二三四五六七八九十]{1,3}、?$/.test(a.item.str)) return;
    // Numbering begins its cell: a numeral with words just before it is inside a label (「第」「二十」「条」).
    const before = read.some((b, j) => j !== i && b.run.x1 < a.run.x0 && a.run.x0 - b.run.x1 <= charHeight * 1.5 && Math.min(a.run.y1, b.run.y1) > Math.max(a.run.y0, b.run.y0) && !vertical.some((v) => v.at > b.run.x1 && v.at < a.run.x0 && v.from <= a.run.y1 && v.to >= a.run.y0));
    if (before) return;
    const next = read.findIndex((b, j) => j !== i && b.inTable && b.run.x0 > a.run.x1 && b.run.x0 - a.run.x1 <= charHeight * 1.5 && Math.min(a.run.y1, b.run.y1) > Math.max(a.run.y0, b.run.y0) && /^[\u4e00-\u9fff]/.test(b.item.str) && !vertical.some((v) => v.at > a.run.x1 && v.at < b.run.x0 && v.from <= b.run.y1 && v.to >= b.run.y0));
    if (next >= 0 && ![...wordsOf.values()].includes(next) && !wordsOf.has(next)) wordsOf.set(i, next);
  });
  const taken = new Set(wordsOf.values());
  const out: PdfTextItem[] = [];
  read.forEach((a, i) => {
    if (taken.has(i)) return;
    const next = wordsOf.get(i);
    if (next === undefined) return out.push(a.item);
    const b = read[next]!;
    const str = a.item.str.replace(/、?$/, '、') + b.item.str;
    const x1 = Math.max(a.item.x + a.item.width, b.item.x + b.item.width);
    const y0 = Math.min(a.item.y, b.item.y);
    const y1 = Math.max(a.item.y + a.item.height, b.item.y + b.item.height);
    out.push({ ...b.item, str, x: a.item.x, y: y0, width: x1 - a.item.x, height: y1 - y0, confidence: Math.min(a.item.confidence ?? 1, b.item.confidence ?? 1) });
  });
  return out;
}

/** Whether a run stands in a ruled table's cell: a vertical ruling on either side of its centre spans it. */
function inGrid(run: TextRun, vertical: Ruling[]): boolean {
  const middle = (run.y0 + run.y1) / 2;
  const centre = (run.x0 + run.x1) / 2;
  const spans = (v: Ruling) => v.from <= middle && v.to >= middle;
  return vertical.some((v) => spans(v) && v.at < centre) && vertical.some((v) => spans(v) && v.at > centre);
}

function segment([x1, y1]: [number, number], [x2, y2]: [number, number]): PdfSegment {
  return { x1, y1, x2, y2 };
}

/** A run cut out of the levelled page for the recogniser, with `pad` pixels of margin. */
function crop(image: GrayImage, run: TextRun, pad: number): GrayImage {
  const x0 = Math.max(0, run.x0 - pad);
  const y0 = Math.max(0, run.y0 - pad);
  const x1 = Math.min(image.width - 1, run.x1 + pad);
  const y1 = Math.min(image.height - 1, run.y1 + pad);
  const width = x1 - x0 + 1;
  const height = y1 - y0 + 1;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(image.data.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + width), y * width);
  return { width, height, data };
}

/**
 * A run read by the recogniser as one text item: the run's box in page points, its text, and the
 * confidence of its least sure character (a value is only as sure as its weakest digit).
 */
function toItem(run: TextRun, chars: { char: string; confidence: number }[], toPage: (x: number, y: number) => [number, number], inTable: boolean): PdfTextItem | undefined {
  const str = settleOcrShapes(chars.map((c) => c.char).join('').trim(), inTable);
  if (str === '') return undefined;
  const [x0, y0] = toPage(run.x0, run.y0);
  const [x1, y1] = toPage(run.x1 + 1, run.y1 + 1);
  const confidence = Math.min(...chars.filter((c) => c.char.trim() !== '').map((c) => c.confidence));
  return { str, x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), fontName: 'ocr', confidence: Math.round(confidence * 1000) / 1000 };
}
