// Where the text is on a scanned page: boxes, each one run of text on one line (a cell's number, a
// label, a line of prose), for the recogniser to read. The ink is smeared: gaps along a row shorter than
// about half a character are filled (the characters of a word, the digits of a number join), and short
// gaps down a column too (the stacked parts of 「二」 or 「京」 join their character); what is then
// connected is one run. A ruling is a wall for the smear: two cells are two runs however narrow the
// column, and a row's text does not join the row below. Runs lower than a third of a character are
// specks of noise.

import type { BinaryImage } from './binarize.ts';
import { components, type Component } from './components.ts';
import type { Ruling } from './rulings.ts';

export interface TextRun {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TextLineSettings {
  /** Characters closer than this many character heights join one run. */
  joinGap: number;
  /** Gaps inside a character shorter than this many character heights are closed. */
  stackGap: number;
  /** A run lower than this share of the page's usual character height is noise (a speck, a stain). */
  minHeightShare: number;
}

export function textRuns(ink: BinaryImage, rulings: { horizontal: Ruling[]; vertical: Ruling[] }, charHeight: number, settings: TextLineSettings): TextRun[] {
  const { width, height } = ink;
  const walls = new Uint8Array(width * height);
  for (const r of rulings.vertical) for (let y = r.from; y <= r.to; y++) walls[y * width + Math.round(r.at)] = 1;
  for (const r of rulings.horizontal) walls.fill(1, Math.round(r.at) * width + r.from, Math.round(r.at) * width + r.to + 1);
  // Characters first: close the small gaps inside a character in both directions.
  const smeared = ink.data.slice();
  const close = Math.max(1, Math.round(settings.stackGap * charHeight));
  for (let y = 0; y < height; y++) fillGaps(smeared, walls, y * width, 1, width, close);
  for (let x = 0; x < width; x++) fillGaps(smeared, walls, x, width, height, close);
  const minHeight = settings.minHeightShare * charHeight;
  const blobs = components({ width, height, data: smeared }).filter((c) => c.y1 - c.y0 + 1 <= charHeight * 4);
  // Then characters into runs, left to right: a character joins the run on its line whose right end is
  // near enough, with no ruling between them.
  blobs.sort((a, b) => a.x0 - b.x0);
  const runs: TextRun[] = [];
  const gap = settings.joinGap * charHeight;
  for (const blob of blobs) {
    const run = runs.find((r) => onOneLine(r, blob) && blob.x0 - r.x1 <= gap && !wallBetween(rulings.vertical, r, blob));
    if (run) {
      run.x0 = Math.min(run.x0, blob.x0);
      run.x1 = Math.max(run.x1, blob.x1);
      run.y0 = Math.min(run.y0, blob.y0);
      run.y1 = Math.max(run.y1, blob.y1);
    } else runs.push({ x0: blob.x0, y0: blob.y0, x1: blob.x1, y1: blob.y1 });
  }
  return runs.filter((r) => r.y1 - r.y0 + 1 >= minHeight).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Whether a character sits on a run's line: they share at least half of the lower one's height. */
function onOneLine(run: TextRun, blob: Component): boolean {
  const overlap = Math.min(run.y1, blob.y1) - Math.max(run.y0, blob.y0) + 1;
  return overlap >= 0.5 * Math.min(run.y1 - run.y0 + 1, blob.y1 - blob.y0 + 1);
}

function wallBetween(vertical: Ruling[], run: TextRun, blob: Component): boolean {
  const top = Math.max(run.y0, blob.y0);
  const bottom = Math.min(run.y1, blob.y1);
  return vertical.some((v) => v.at > run.x1 - 1 && v.at < blob.x0 + 1 && v.from <= bottom && v.to >= top);
}

/** Fills runs of paper no longer than `gap` between two inks on one line of pixels, unless a wall lies there. */
function fillGaps(data: Uint8Array, walls: Uint8Array, start: number, step: number, count: number, gap: number): void {
  let lastInk = -1;
  for (let i = 0; i < count; i++) {
    const at = start + i * step;
    if (walls[at]) {
      lastInk = -1;
      continue;
    }
    if (!data[at]) continue;
    if (lastInk >= 0 && i - lastInk > 1 && i - lastInk - 1 <= gap) {
      for (let j = lastInk + 1; j < i; j++) data[start + j * step] = 1;
    }
    lastInk = i;
  }
}

/**
 * The height of a character on this page: among the pieces that look like whole characters (not specks,
 * not long strokes), the height most of them reach. Han characters are about as tall as wide; digits are
 * taller than wide; a character's separate parts are lower, so the upper quartile, not the median.
 */
export function usualCharHeight(pieces: Component[]): number {
  const heights = pieces
    .map((p) => ({ w: p.x1 - p.x0 + 1, h: p.y1 - p.y0 + 1 }))
    .filter(({ w, h }) => h >= 6 && h <= 200 && w <= h * 1.6 && w >= h * 0.25)
    .map(({ h }) => h)
    .sort((a, b) => a - b);
  return heights.length ? heights[Math.floor(heights.length * 0.75)]! : 20;
}
