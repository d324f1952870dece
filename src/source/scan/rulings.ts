// Table rulings found in a scan's ink, as the PDF reader finds them in path operators: straight
// horizontal and vertical lines. A ruling is a long run of ink, nearly unbroken (noise and a faint copy
// leave pinholes, so short gaps are bridged, but the run must stay almost solid: a row of text crossed
// at the height of its strokes is long too, yet full of the gaps between its characters), and thin. Runs
// in neighbouring rows (columns) that overlap are one ruling drawn a few pixels thick.

import type { BinaryImage } from './binarize.ts';

export interface Ruling {
  /** Along the line: x for a horizontal ruling, y for a vertical one (pixels). */
  from: number;
  to: number;
  /** Across the line: its centre (pixels). */
  at: number;
  thickness: number;
  /** The runs it is made of, row by row (column by column): [across, from, to]; a leaning line's ink lies
   * here, not all at `at`. A ruling given without one lies along `at`, `thickness` wide. */
  path?: Array<[number, number, number]>;
}

export interface RulingSettings {
  /** The shortest horizontal ruling, in pixels. */
  minHorizontal: number;
  /** The shortest vertical ruling, in pixels… */
  minVertical: number;
  /** …and the shortest that meets a horizontal ruling at one end only. */
  minOpenVertical: number;
  /** The widest gap bridged inside a run, in pixels. */
  maxGap: number;
  /** The share of a run's length that must be ink. */
  minFill: number;
  /** The thickest ruling, in pixels: a thicker band is a filled area or a seal, not a line. */
  maxThickness: number;
  /** The steepest lean of a ruling from the page's axes (a slope, across ÷ along): a photographed page
   * leans its lines apart even once levelled as a whole. */
  maxLean: number;
}

export function findRulings(ink: BinaryImage, settings: RulingSettings): { horizontal: Ruling[]; vertical: Ruling[] } {
  const { width, height, data } = ink;
  const horizontal = joinRuns(height, (y) => runsAlong(width, (x) => data[y * width + x]!, settings.minHorizontal, settings), settings);
  const vertical = joinRuns(width, (x) => runsAlong(height, (y) => data[y * width + x]!, settings.minVertical, settings), settings);
  // A vertical ruling of a table runs from one horizontal ruling to another (its row's borders); a long
  // stroke of a large character or a bracket meets none, or one when a heading sits just above a table.
  // A ruling that meets one only (a table left open at a page break) must be longer than such strokes.
  const reach = settings.maxGap + settings.maxThickness;
  const meets = (v: Ruling, y: number) => horizontal.some((h) => Math.abs(h.at - y) <= reach && v.at >= h.from - reach && v.at <= h.to + reach);
  const kept = vertical.filter((v) => {
    const ends = Number(meets(v, v.from)) + Number(meets(v, v.to));
    return ends === 2 || (ends === 1 && v.to - v.from + 1 >= settings.minOpenVertical);
  });
  return { horizontal, vertical: kept };
}

interface Run {
  from: number;
  to: number;
}

/** The solid runs of one row (or column) at least `minLength` long. */
function runsAlong(length: number, inkAt: (i: number) => number, minLength: number, settings: RulingSettings): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let last = -1;
  let filled = 0;
  const close = () => {
    if (start >= 0 && last - start + 1 >= minLength && filled / (last - start + 1) >= settings.minFill) runs.push({ from: start, to: last });
    start = -1;
  };
  for (let i = 0; i < length; i++) {
    if (!inkAt(i)) continue;
    if (start >= 0 && i - last - 1 > settings.maxGap) close();
    if (start < 0) {
      start = i;
      filled = 0;
    }
    filled++;
    last = i;
  }
  close();
  return runs;
}

interface Open {
  from: number;
  to: number;
  first: number;
  last: number;
  /** Ink along the ruling: the runs' lengths added up (a line a few pixels thick covers each point that often). */
  ink: number;
  path: Array<[number, number, number]>;
}

/**
 * Runs of consecutive rows (columns) that overlap or continue one another, merged into rulings. A line
 * that leans a little (a photographed page, a sheet not laid flat) is a staircase of runs, each starting
 * where the one in the row before ends: those are one ruling too. Its thickness is how often its ink
 * covers each point along it, not how far it drifts sideways, so a leaning line stays thin and a filled
 * area (a seal, a shaded cell) stays thick.
 */
function joinRuns(lines: number, runsOf: (line: number) => Run[], settings: RulingSettings): Ruling[] {
  const out: Ruling[] = [];
  let open: Open[] = [];
  const finish = (o: Open) => {
    const thickness = o.ink / (o.to - o.from + 1);
    // Sideways it may drift by the lean a ruling can have (settings.maxLean, a slope) over its length.
    const drift = o.last - o.first + 1;
    if (thickness <= settings.maxThickness && drift <= settings.maxThickness + settings.maxLean * (o.to - o.from + 1)) {
      out.push({ from: o.from, to: o.to, at: (o.first + o.last) / 2, thickness: Math.max(1, Math.round(thickness)), path: o.path });
    }
  };
  const joins = (o: Open, run: Run) => {
    const overlap = Math.min(o.to, run.to) - Math.max(o.from, run.from);
    // Overlapping over half the shorter, or one run continuing the other within a gap (a staircase step).
    return overlap > 0.5 * Math.min(o.to - o.from, run.to - run.from) || (overlap >= -settings.maxGap && (run.to > o.to || run.from < o.from));
  };
  for (let line = 0; line < lines; line++) {
    const next: Open[] = [];
    for (const run of runsOf(line)) {
      const length = run.to - run.from + 1;
      const overlapping = open.filter((o) => joins(o, run));
      if (overlapping.length === 0) {
        next.push({ from: run.from, to: run.to, first: line, last: line, ink: length, path: [[line, run.from, run.to]] });
        continue;
      }
      const merged = overlapping.reduce(
        (a, o) => ({ from: Math.min(a.from, o.from), to: Math.max(a.to, o.to), first: Math.min(a.first, o.first), last: line, ink: a.ink + o.ink, path: [...o.path, ...a.path] }),
        { from: run.from, to: run.to, first: line, last: line, ink: length, path: [[line, run.from, run.to]] as Array<[number, number, number]> },
      );
      open = open.filter((o) => !overlapping.includes(o));
      next.push(merged);
    }
    for (const o of open) finish(o);
    open = next;
  }
  for (const o of open) finish(o);
  return out;
}

/** Ink with the rulings painted out (each run of each, two pixels more on either side), so text next to a line is not joined to it. */
export function withoutRulings(ink: BinaryImage, rulings: { horizontal: Ruling[]; vertical: Ruling[] }): BinaryImage {
  const data = ink.data.slice();
  const { width, height } = ink;
  const clear = (x0: number, x1: number, y0: number, y1: number) => {
    for (let y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) data.fill(0, y * width + Math.max(0, x0), y * width + Math.min(width - 1, x1) + 1);
  };
  const pathOf = (r: Ruling): Array<[number, number, number]> => {
    if (r.path) return r.path;
    const half = Math.ceil(r.thickness / 2);
    return Array.from({ length: 2 * half + 1 }, (_, k): [number, number, number] => [Math.round(r.at) - half + k, r.from, r.to]);
  };
  // Two pixels either side of the ink: the antialiased edge of the line and what touches it.
  for (const r of rulings.horizontal) for (const [y, from, to] of pathOf(r)) clear(from, to, y - 2, y + 2);
  for (const r of rulings.vertical) for (const [x, from, to] of pathOf(r)) clear(x - 2, x + 2, from, to);
  return { width, height, data };
}
