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
}

/** Runs of consecutive rows (columns) that overlap, merged into rulings of their own thickness. */
function joinRuns(lines: number, runsOf: (line: number) => Run[], settings: RulingSettings): Ruling[] {
  const out: Ruling[] = [];
  let open: Open[] = [];
  const finish = (o: Open) => {
    const thickness = o.last - o.first + 1;
    if (thickness <= settings.maxThickness) out.push({ from: o.from, to: o.to, at: (o.first + o.last) / 2, thickness });
  };
  for (let line = 0; line < lines; line++) {
    const next: Open[] = [];
    for (const run of runsOf(line)) {
      const overlapping = open.filter((o) => Math.min(o.to, run.to) - Math.max(o.from, run.from) > 0.5 * Math.min(o.to - o.from, run.to - run.from));
      if (overlapping.length === 0) {
        next.push({ from: run.from, to: run.to, first: line, last: line });
        continue;
      }
      const merged = overlapping.reduce((a, o) => ({ from: Math.min(a.from, o.from), to: Math.max(a.to, o.to), first: Math.min(a.first, o.first), last: line }), { from: run.from, to: run.to, first: line, last: line });
      open = open.filter((o) => !overlapping.includes(o));
      next.push(merged);
    }
    for (const o of open) finish(o);
    open = next;
  }
  for (const o of open) finish(o);
  return out;
}

/** Ink with the rulings painted out, so text next to a line is not joined to it. */
export function withoutRulings(ink: BinaryImage, rulings: { horizontal: Ruling[]; vertical: Ruling[] }): BinaryImage {
  const data = ink.data.slice();
  const { width, height } = ink;
  for (const r of rulings.horizontal) {
    const half = Math.ceil(r.thickness / 2) + 1;
    for (let y = Math.max(0, Math.floor(r.at - half)); y <= Math.min(height - 1, Math.ceil(r.at + half)); y++) data.fill(0, y * width + r.from, y * width + r.to + 1);
  }
  for (const r of rulings.vertical) {
    const half = Math.ceil(r.thickness / 2) + 1;
    for (let y = r.from; y <= r.to; y++) {
      for (let x = Math.max(0, Math.floor(r.at - half)); x <= Math.min(width - 1, Math.ceil(r.at + half)); x++) data[y * width + x] = 0;
    }
  }
  return { width, height, data };
}
