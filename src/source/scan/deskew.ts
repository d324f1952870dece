// A scan is rarely straight: a page fed at a slant comes out turned by a degree or so, enough to push a
// table's rows into each other and its rulings off the horizontal. The angle is the one under which the
// ink's rows are sharpest: rows of text and ruling lines make the horizontal projection of the ink
// peaky exactly when they run level (sum of squared row counts, maximal). Searched coarse on a shrunk
// image, then fine around the best; the image is then turned back by that angle.

import type { BinaryImage } from './binarize.ts';
import type { GrayImage } from './grayImage.ts';

export interface DeskewSettings {
  /** The widest slant looked for, in degrees either way. */
  maxDegrees: number;
  coarseStep: number;
  fineStep: number;
}

/** The slant of the ink in degrees (positive: the page's rows descend to the right). */
export function skewAngle(ink: BinaryImage, settings: DeskewSettings): number {
  const points = inkPoints(ink, 2);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number) => {
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const score = sharpness(points, degrees, ink.height);
      if (score > bestScore) {
        bestScore = score;
        best = degrees;
      }
    }
  };
  search(-settings.maxDegrees, settings.maxDegrees, settings.coarseStep);
  const around = best;
  search(around - settings.coarseStep, around + settings.coarseStep, settings.fineStep);
  return Math.round(best * 100) / 100;
}

/**
 * Every `stride`-th ink pixel along each row: enough for a profile, a fraction of the work. Every row is
 * kept: skipping rows would leave every other row of the level profile empty and make 0° look sharpest.
 */
function inkPoints(ink: BinaryImage, stride: number): Int32Array {
  const out: number[] = [];
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x += stride) if (ink.data[y * ink.width + x]) out.push(x, y);
  }
  return Int32Array.from(out);
}

function sharpness(points: Int32Array, degrees: number, height: number): number {
  const t = Math.tan((degrees * Math.PI) / 180);
  const margin = Math.ceil(Math.abs(t) * 20000) + 1;
  const rows = new Float64Array(height + 2 * margin);
  for (let i = 0; i < points.length; i += 2) {
    const row = Math.round(points[i + 1]! - points[i]! * t) + margin;
    if (row >= 0 && row < rows.length) rows[row]!++;
  }
  let score = 0;
  for (const count of rows) score += count * count;
  return score;
}

/** The image turned by `degrees` about its centre (bilinear; what comes in from outside is paper). */
export function rotate(image: GrayImage, degrees: number): GrayImage {
  if (degrees === 0) return image;
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The source pixel that lands at (x, y): the inverse rotation.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bottom = data[i + width]! * (1 - fx) + data[i + width + 1]! * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data: out };
}
