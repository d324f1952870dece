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
  /** Characters closer than this many character heights join one run… */
  joinGap: number;
  /** …and a punctuation mark this close joins the run before it. */
  punctuationGap: number;
  /** Gaps inside a character shorter than this many character heights are closed. */
  stackGap: number;
  /** A run lower than this share of the page's usual character height is noise (a speck, a stain)… */
  minHeightShare: number;
  /** …unless it is at least this many character heights wide (a dash, 「一」). */
  flatMarkWidth: number;
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
  const blobs = stackFlatMarks(components({ width, height, data: smeared }).filter((c) => c.y1 - c.y0 + 1 <= charHeight * 4), charHeight);
  // Then characters into runs, left to right: a character joins the run on its line whose right end is
  // near enough, with no ruling between them.
  blobs.sort((a, b) => a.x0 - b.x0);
  const runs: TextRun[] = [];
  /** Runs whose last character is a punctuation mark. */
  const endsSmall = new Set<TextRun>();
  const gap = settings.joinGap * charHeight;
  for (const blob of blobs) {
    // Punctuation is small and sits apart within its full-width box (「一、主」): the gaps on either side of
    // it may be as wide as most of a character.
    const small = blob.x1 - blob.x0 + 1 < charHeight * 0.5 && blob.y1 - blob.y0 + 1 < charHeight * 0.5;
    const reach = (r: TextRun) => (small || endsSmall.has(r) ? settings.punctuationGap * charHeight : gap);
    const run = runs.find((r) => onOneLine(r, blob, charHeight) && blob.x0 - r.x1 <= reach(r) && !wallBetween(rulings.vertical, r, blob));
    const joined = run ?? { x0: blob.x0, y0: blob.y0, x1: blob.x1, y1: blob.y1 };
    if (small) endsSmall.add(joined);
    else endsSmall.delete(joined);
    if (run) {
      run.x0 = Math.min(run.x0, blob.x0);
      run.x1 = Math.max(run.x1, blob.x1);
      run.y0 = Math.min(run.y0, blob.y0);
      run.y1 = Math.max(run.y1, blob.y1);
    } else runs.push(joined);
  }
  // A speck is small both ways; a flat mark as wide as half a character is a dash or 「一」, and a dash in a
  // cell is a value (「—」: none), never noise.
  const kept = runs.filter((r) => r.y1 - r.y0 + 1 >= minHeight || r.x1 - r.x0 + 1 >= charHeight * settings.flatMarkWidth);
  return kept.flatMap((r) => splitStacked(ink, r, charHeight)).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/**
 * A run two lines high whose ink has a clear band between its lines is two runs: two cells one above the
 * other whose ruling was lost (under a seal, a fold) would otherwise be read as one number (「119」 over
 * 「285922」 as 「119285922」). The band must be empty across the whole run and a fifth of a character high.
 */
function splitStacked(ink: BinaryImage, run: TextRun, charHeight: number): TextRun[] {
  if (run.y1 - run.y0 + 1 < charHeight * 1.5) return [run];
  const empty = (y: number) => {
    for (let x = run.x0; x <= run.x1; x++) if (ink.data[y * ink.width + x]) return false;
    return true;
  };
  const band = Math.max(2, Math.round(charHeight * 0.2));
  let start = -1;
  for (let y = run.y0 + Math.round(charHeight * 0.5); y <= run.y1 - Math.round(charHeight * 0.5); y++) {
    if (!empty(y)) {
      start = -1;
      continue;
    }
    if (start < 0) start = y;
    if (y - start + 1 < band) continue;
    // Each part is tightened to its own ink.
    let top = start;
    while (top > run.y0 && empty(top - 1)) top--;
    let bottom = y;
    while (bottom < run.y1 && empty(bottom + 1)) bottom++;
    return [...splitStacked(ink, { ...run, y1: top - 1 }, charHeight), ...splitStacked(ink, { ...run, y0: bottom + 1 }, charHeight)];
  }
  return [run];
}

/**
 * Whether a character sits on a run's line: they share at least half of the lower one's height. A flat
 * mark (a stroke of 「二」, a dash, 「、」) is given a character's height about its middle first, so the two
 * strokes of 「二」 join each other and the line they stand on.
 */
function onOneLine(run: TextRun, blob: Component, charHeight: number): boolean {
  const [r0, r1] = band(run.y0, run.y1, charHeight);
  const [b0, b1] = band(blob.y0, blob.y1, charHeight);
  const overlap = Math.min(r1, b1) - Math.max(r0, b0) + 1;
  return overlap >= 0.5 * Math.min(r1 - r0 + 1, b1 - b0 + 1);
}

function band(y0: number, y1: number, charHeight: number): [number, number] {
  if (y1 - y0 + 1 >= charHeight * 0.5) return [y0, y1];
  const middle = (y0 + y1) / 2;
  return [middle - charHeight / 2, middle + charHeight / 2];
}

function wallBetween(vertical: Ruling[], run: TextRun, blob: Component): boolean {
  const top = Math.max(run.y0, blob.y0);
  const bottom = Math.min(run.y1, blob.y1);
  return vertical.some((v) => v.at > run.x1 - 1 && v.at < blob.x0 + 1 && v.from <= bottom && v.to >= top);
}

/**
 * The strokes of 「二」 and 「三」 are flat marks one above the other, further apart in a large heading than
 * any gap closed inside a character: flat marks that overlap across and lie within a character's height
 * of each other are one character.
 */
function stackFlatMarks(blobs: Component[], charHeight: number): Component[] {
  const flat = (c: Component) => c.y1 - c.y0 + 1 < charHeight * 0.35;
  const out = blobs.filter((c) => !flat(c)).map((c) => ({ ...c }));
  const marks = blobs.filter(flat).sort((a, b) => a.y0 - b.y0);
  const merged: Component[] = [];
  const across = (m: Component, mark: Component) => Math.min(m.x1, mark.x1) - Math.max(m.x0, mark.x0) > 0.5 * Math.min(m.x1 - m.x0, mark.x1 - mark.x0);
  // A character whose upper strokes the closing already joined (「三」's top two) takes a flat stroke just
  // below it; flat marks take each other further apart (a large 「二」).
  const ofGlyph = (mark: Component) => out.find((c) => across(c, mark) && mark.y0 > c.y1 && mark.y0 - c.y1 <= charHeight * 0.5 && c.y1 - c.y0 + 1 < charHeight * 1.2);
  for (const mark of marks) {
    const glyph = ofGlyph(mark);
    if (glyph) {
      glyph.x0 = Math.min(glyph.x0, mark.x0);
      glyph.x1 = Math.max(glyph.x1, mark.x1);
      glyph.y1 = Math.max(glyph.y1, mark.y1);
      glyph.pixels += mark.pixels;
      continue;
    }
    const above = merged.find((m) => across(m, mark) && mark.y0 - m.y1 <= charHeight * 1.2);
    if (above) {
      above.x0 = Math.min(above.x0, mark.x0);
      above.x1 = Math.max(above.x1, mark.x1);
      above.y1 = Math.max(above.y1, mark.y1);
      above.pixels += mark.pixels;
    } else merged.push({ ...mark });
  }
  return [...out, ...merged];
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
