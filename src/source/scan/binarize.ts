// Ink or paper, pixel by pixel. A scan's paper is rarely one grey: a photographed page is lit unevenly and
// a copy is darker at its edges, so one global threshold loses faint print in one corner and floods
// another. Sauvola's local threshold (mean and spread of a window around each pixel, from integral
// images so the cost does not grow with the window) follows the paper; a pixel must also be clearly
// darker than the page's paper level, so the noise in an empty area never becomes ink.

import type { GrayImage } from './grayImage.ts';

export interface BinaryImage {
  width: number;
  height: number;
  /** 1 = ink. */
  data: Uint8Array;
}

export interface BinarizeSettings {
  /** Half the window's side, in pixels. */
  radius: number;
  /** Sauvola's k: how far below the local mean (in units of the local spread) ink lies. */
  k: number;
}

export function binarize(image: GrayImage, settings: BinarizeSettings): BinaryImage {
  const { width, height, data } = image;
  const w1 = width + 1;
  // Sums of values and of squares up to (x, y), exclusive: Float64 holds a 300-dpi page's squares exactly.
  const sum = new Float64Array(w1 * (height + 1));
  const squares = new Float64Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    let rowSquares = 0;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      rowSum += v;
      rowSquares += v * v;
      sum[(y + 1) * w1 + x + 1] = sum[y * w1 + x + 1]! + rowSum;
      squares[(y + 1) * w1 + x + 1] = squares[y * w1 + x + 1]! + rowSquares;
    }
  }
  const out = new Uint8Array(width * height);
  const r = settings.radius;
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(width, x + r + 1);
      const n = (y1 - y0) * (x1 - x0);
      const s = sum[y1 * w1 + x1]! - sum[y0 * w1 + x1]! - sum[y1 * w1 + x0]! + sum[y0 * w1 + x0]!;
      const q = squares[y1 * w1 + x1]! - squares[y0 * w1 + x1]! - squares[y1 * w1 + x0]! + squares[y0 * w1 + x0]!;
      const mean = s / n;
      const spread = Math.sqrt(Math.max(0, q / n - mean * mean));
      const threshold = mean * (1 + settings.k * (spread / 128 - 1));
      out[y * width + x] = data[y * width + x]! < threshold ? 1 : 0;
    }
  }
  return { width, height, data: out };
}
