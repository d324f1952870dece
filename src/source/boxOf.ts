// Where characters [start, end) of a rebuilt PDF line are on the page: the union of the runs they fall
// in, narrowed in proportion when the span covers only part of a run (a run is one font, one line).

import type { NormLine } from '../model/types.ts';

export function boxOf(line: NormLine, start: number, end: number): { page: number; box: [number, number, number, number] } | undefined {
  let page: number | undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const run of line.boxes ?? []) {
    // An empty run (an empty table cell) is where a blank value is.
    const empty = run.start === run.end;
    if (empty ? run.start < start || run.start > end : run.end <= start || run.start >= end) continue;
    if (page !== undefined && run.page !== page) continue; // a span is drawn on the page where it starts
    page = run.page;
    const [x, y, w, h] = run.box;
    const length = run.end - run.start || 1;
    const from = x + (w * (Math.max(start, run.start) - run.start)) / length;
    const to = x + (w * (Math.min(end, run.end) - run.start)) / length;
    x0 = Math.min(x0, from);
    x1 = Math.max(x1, to);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y + h);
  }
  if (page === undefined) return undefined;
  return { page, box: [round(x0), round(y0), round(x1 - x0), round(y1 - y0)] };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
