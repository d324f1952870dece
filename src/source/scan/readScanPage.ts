// One scanned page into what a PDF page with a text layer gives: positioned text runs and ruling lines,
// in page points, so every later stage (tables, narrative, highlights) reads a scan as it reads any PDF.
// The page image is levelled first (deskew.ts); positions are those of the levelled page, whose turn is
// kept (`skew`) so a highlight can be turned back onto the image as printed.

import type { PdfSegment, PdfTextItem } from '../../model/types.ts';
import { binarize } from './binarize.ts';
import { rotate, skewAngle } from './deskew.ts';
import { shrink, type GrayImage } from './grayImage.ts';
import type { Recognizer } from './recognizer.ts';
import { findRulings, withoutRulings } from './rulings.ts';
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
  const rulings = findRulings(ink, {
    minHorizontal: px(s.minHorizontalPt),
    minVertical: Math.max(px(s.minVerticalPt), Math.round(charHeight * s.minVerticalChars)),
    maxGap: px(s.maxGapPt),
    minFill: s.minFill,
    maxThickness: px(s.maxThicknessPt),
  });
  const text = withoutRulings(ink, rulings);
  const runs = textRuns(text, rulings, charHeight, { joinGap: s.joinGap, stackGap: s.stackGap, minHeightShare: s.minHeightShare });
  const items: PdfTextItem[] = [];
  for (const run of runs) {
    signal?.throwIfAborted();
    const pad = Math.round(charHeight * s.cropPadding);
    const chars = await recognizer.recognize(crop(level, run, pad));
    const item = toItem(run, pad, chars, toPage);
    if (item) items.push(item);
  }
  const segments: PdfSegment[] = [
    ...rulings.horizontal.map((r) => segment(toPage(r.from, r.at), toPage(r.to, r.at))),
    ...rulings.vertical.map((r) => segment(toPage(r.at, r.from), toPage(r.at, r.to))),
  ];
  return { items, segments, skew };
}

function segment([x1, y1]: [number, number], [x2, y2]: [number, number]): PdfSegment {
  return { x1, y1, x2, y2 };
}

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
function toItem(run: TextRun, pad: number, chars: { char: string; confidence: number }[], toPage: (x: number, y: number) => [number, number]): PdfTextItem | undefined {
  const str = chars.map((c) => c.char).join('').trim();
  if (str === '') return undefined;
  void pad;
  const [x0, y0] = toPage(run.x0, run.y0);
  const [x1, y1] = toPage(run.x1 + 1, run.y1 + 1);
  const confidence = Math.min(...chars.filter((c) => c.char.trim() !== '').map((c) => c.confidence));
  return { str, x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), fontName: 'ocr', confidence: Math.round(confidence * 1000) / 1000 };
}
