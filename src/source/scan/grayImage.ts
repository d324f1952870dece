// A page image as the scan reader works on it: one byte of lightness per pixel (0 black, 255 white).
// Colour scans are turned grey here, with one twist: an official seal is printed in red over the
// table, and in plain luminance its ink is as dark as the numbers under it. Red ink is light in the red
// channel while black print is dark in every channel, so a red pixel is faded towards paper by how red it
// is: the seal fades and the print under it, dark in every channel, stays black.

export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** pdf.js's decoded image kinds (`ImageKind`): 1 bit per pixel (1 = white), RGB, RGBA. */
export const IMAGE_KIND = { gray1: 1, rgb: 2, rgba: 3 } as const;

/**
 * How much redder than green and blue a pixel must be to begin to fade (0–255), and to count as seal ink
 * wholly: a scan's JPEG smears colour at the stamp's edges, so the fade is gradual between the two.
 */
const RED_START = 10;
const RED_MARGIN = 42;
/** Red values from which seal ink is lifted to paper (a stamp's ink is bright in red; print under it is not). */
const DARK_RED = 120;
const BRIGHT_RED = 180;

export function grayFromDecoded(width: number, height: number, kind: number, data: ArrayLike<number>): GrayImage {
  const out = new Uint8Array(width * height);
  if (kind === IMAGE_KIND.gray1) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const byte = data[y * rowBytes + (x >> 3)]!;
        out[y * width + x] = byte & (0x80 >> (x & 7)) ? 255 : 0;
      }
    }
    return { width, height, data: out };
  }
  const step = kind === IMAGE_KIND.rgba ? 4 : 3;
  for (let i = 0, p = 0; i < out.length; i++, p += step) {
    const r = data[p]!;
    const g = data[p + 1]!;
    const b = data[p + 2]!;
    const luma = (r * 299 + g * 587 + b * 114) / 1000;
    // The redder the pixel, the more it takes its red value (a stamp's ink and its JPEG-blurred edge
    // alike), and a bright red value is lifted to paper. Print under the stamp stays dark in red too, so
    // it stays dark.
    const redness = r - Math.max(g, b);
    const fade = redness <= RED_START ? 0 : Math.min(1, (redness - RED_START) / (RED_MARGIN - RED_START));
    const lift = Math.min(1, Math.max(0, (r - DARK_RED) / (BRIGHT_RED - DARK_RED)));
    out[i] = luma + (r + (255 - r) * lift - luma) * fade;
  }
  return { width, height, data: out };
}

/** The image scaled by an integer factor down (box filter), for the cheap whole-page estimates. */
export function shrink(image: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx]!;
      }
      data[y * width + x] = sum / area;
    }
  }
  return { width, height, data };
}
