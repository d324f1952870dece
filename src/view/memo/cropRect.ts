// Which part of a page the memo shows for a finding: the band of the page around its boxes, the page's
// full width (so a table cell is printed with its row's label), capped in height so that a finding with
// its crop fits on one printed page. Pure box math in the reading viewport at scale 1 (boxes.ts), so it is
// tested in Node.

import type { Box } from '../viewer/boxes.ts';

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Space kept above the boxes, in points: a few rows, so a cell comes with the table's column heads or the
 * rows above it, which say what it counts.
 */
export const CROP_ABOVE = 96;
/** Space kept below the boxes, in points: the row after. */
export const CROP_BELOW = 36;
/**
 * The tallest crop, in points. Printed at the memo's width (an A4 page's text width for a page 595 pt wide)
 * 360 pt come out about 11 cm tall, which leaves room on the sheet for the finding's words.
 */
export const CROP_MAX_HEIGHT = 360;

/**
 * The crop of a page `pageWidth` × `pageHeight` points around `boxes` (at least one). When the boxes span
 * more than the tallest crop, the crop starts above the first box (the stated value comes first), so
 * what is cut off is the end of the finding's places, never its start.
 */
export function cropRect(boxes: readonly Box[], pageWidth: number, pageHeight: number, above = CROP_ABOVE, below = CROP_BELOW, maxHeight = CROP_MAX_HEIGHT): CropRect {
  const top = Math.min(...boxes.map((b) => b[1]));
  const bottom = Math.max(...boxes.map((b) => b[1] + b[3]));
  let y = Math.max(0, top - above);
  let end = Math.min(pageHeight, bottom + below);
  if (end - y > maxHeight) {
    const first = boxes[0]!;
    y = Math.max(0, Math.min(first[1] - above, pageHeight - maxHeight));
    end = Math.min(pageHeight, y + maxHeight);
  }
  return { x: 0, y, width: pageWidth, height: Math.max(1, end - y) };
}

/** A box as a rectangle in the crop's pixels at `scale`, grown by `pad` points on every side. */
export function boxInCrop(box: Box, crop: CropRect, scale: number, pad = 2): CropRect {
  return {
    x: (box[0] - crop.x - pad) * scale,
    y: (box[1] - crop.y - pad) * scale,
    width: (box[2] + 2 * pad) * scale,
    height: (box[3] + 2 * pad) * scale,
  };
}

/** The crops a memo makes at most: past this, findings print their excerpt (a long report stays quick to print). */
export const MAX_CROPS = 40;
/** Pages cropped for one finding at most (a cross-page finding's first pages: the stated value is on the first). */
export const MAX_PAGES_PER_FINDING = 2;

/** The crops to make, finding by finding in the memo's order, up to the caps. */
export function planCrops<T extends { index: number; pages: Array<{ page: number; boxes: Box[] }> }>(findings: readonly T[]): Array<{ index: number; page: number; boxes: Box[] }> {
  const plan: Array<{ index: number; page: number; boxes: Box[] }> = [];
  for (const finding of findings) {
    for (const { page, boxes } of finding.pages.slice(0, MAX_PAGES_PER_FINDING)) {
      if (plan.length >= MAX_CROPS) return plan;
      plan.push({ index: finding.index, page, boxes });
    }
  }
  return plan;
}
