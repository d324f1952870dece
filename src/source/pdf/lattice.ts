// Rebuilds ruled tables (lattices) from the lines a page draws: horizontal and vertical rulings that
// touch form one table; the distinct x and y positions of its rulings form a grid; two neighbouring
// grid cells with no ruling between them are one merged cell (a rowspan or colspan).

import type { PdfSegment } from '../../model/types.ts';

export interface Region {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Page box of the merged cell: x, y, width, height. */
  box: [number, number, number, number];
}

export interface Lattice {
  xs: number[];
  ys: number[];
  regions: Region[];
  box: [number, number, number, number];
}

interface H { y: number; x1: number; x2: number }
interface V { x: number; y1: number; y2: number }

const NEAR = 2;
const MIN_LENGTH = 3;

export function findLattices(segments: PdfSegment[]): Lattice[] {
  const hs = mergeCollinear(
    segments.filter((s) => Math.abs(s.y1 - s.y2) < 1 && Math.abs(s.x1 - s.x2) >= MIN_LENGTH)
      .map((s) => ({ at: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) })),
  ).map(({ at, from, to }) => ({ y: at, x1: from, x2: to }));
  const vs = mergeCollinear(
    segments.filter((s) => Math.abs(s.x1 - s.x2) < 1 && Math.abs(s.y1 - s.y2) >= MIN_LENGTH)
      .map((s) => ({ at: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) })),
  ).map(({ at, from, to }) => ({ x: at, y1: from, y2: to }));

  // Connected components of touching rulings are separate tables.
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  hs.forEach((h, i) => vs.forEach((v, j) => {
    if (v.x >= h.x1 - NEAR && v.x <= h.x2 + NEAR && h.y >= v.y1 - NEAR && h.y <= v.y2 + NEAR) parent[find(i)] = find(hs.length + j);
  }));
  const groups = new Map<number, { hs: H[]; vs: V[] }>();
  hs.forEach((h, i) => (groups.get(find(i)) ?? groups.set(find(i), { hs: [], vs: [] }).get(find(i))!).hs.push(h));
  vs.forEach((v, j) => (groups.get(find(hs.length + j)) ?? groups.set(find(hs.length + j), { hs: [], vs: [] }).get(find(hs.length + j))!).vs.push(v));

  const lattices: Lattice[] = [];
  for (const group of groups.values()) {
    for (const band of stackedTables(group.hs, group.vs)) {
      if (band.hs.length < 2 || band.vs.length < 2) continue;
      lattices.push(buildLattice(band.hs, band.vs));
    }
  }
  return lattices.sort((a, b) => a.box[1] - b.box[1]);
}

/**
 * Tables printed one under another with no gap share a border, so their rulings touch and form one
 * component (a word processor stacks the small tables of 二 so), and borders drawn in pieces that meet
 * merge into one line. A table's outer borders run its whole height; where the leftmost or rightmost
 * vertical ruling of the rows above a horizontal differs from that of the rows below, one table ends and
 * the next begins. The component is cut there, the shared border going to both, so each table keeps its
 * own columns. (A title row spanning its table keeps the table's borders, so it stays with its table;
 * tables of the same width stay one grid, which reads the same rows in the same order.)
 */
function stackedTables(hs: H[], vs: V[]): Array<{ hs: H[]; vs: V[] }> {
  const ys = cluster(hs.map((h) => h.y));
  const outer = (from: number, to: number) => {
    const xs = vs.filter((v) => v.y1 <= from + NEAR && v.y2 >= to - NEAR).map((v) => v.x);
    return xs.length ? [Math.min(...xs), Math.max(...xs)] : undefined;
  };
  const cuts = ys.slice(1, -1).filter((y, k) => {
    const above = outer(ys[k]!, y);
    const below = outer(y, ys[k + 2]!);
    return !!above && !!below && (Math.abs(above[0]! - below[0]!) > NEAR || Math.abs(above[1]! - below[1]!) > NEAR);
  });
  if (cuts.length === 0) return [{ hs, vs }];
  const bounds = [-Infinity, ...cuts, Infinity];
  return bounds.slice(0, -1).map((top, k) => {
    const bottom = bounds[k + 1]!;
    // A border drawn in pieces that met was merged into one line across tables: each table keeps its part,
    // and the shared horizontal border only the width of the table it bounds.
    const bandVs = vs
      .map((v) => ({ x: v.x, y1: Math.max(v.y1, top), y2: Math.min(v.y2, bottom) }))
      .filter((v) => v.y2 - v.y1 >= MIN_LENGTH);
    const x1 = Math.min(...bandVs.map((v) => v.x));
    const x2 = Math.max(...bandVs.map((v) => v.x));
    const bandHs = hs
      .filter((h) => h.y >= top - NEAR && h.y <= bottom + NEAR)
      .map((h) => ({ y: h.y, x1: Math.max(h.x1, x1), x2: Math.min(h.x2, x2) }))
      .filter((h) => h.x2 - h.x1 >= MIN_LENGTH);
    return { hs: bandHs, vs: bandVs };
  });
}

function buildLattice(hs: H[], vs: V[]): Lattice {
  // A table cut by a page break has no ruling along the cut: its verticals run past the last horizontal
  // (or start above the first). The table's edge is then where its verticals end.
  const xs = cluster([...vs.map((v) => v.x), ...edges(hs.map((h) => h.x1), hs.map((h) => h.x2), vs.map((v) => v.x))]);
  const ys = cluster([...hs.map((h) => h.y), ...edges(vs.map((v) => v.y1), vs.map((v) => v.y2), hs.map((h) => h.y))]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const verticalAt = (x: number, y: number) => vs.some((v) => Math.abs(v.x - x) < NEAR && v.y1 - NEAR <= y && y <= v.y2 + NEAR);
  const horizontalAt = (y: number, x: number) => hs.some((h) => Math.abs(h.y - y) < NEAR && h.x1 - NEAR <= x && x <= h.x2 + NEAR);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !verticalAt(xs[c + 1]!, midY)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !horizontalAt(ys[r + 1]!, midX)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const s = spans.get(root);
      if (!s) spans.set(root, { r0: r, r1: r, c0: c, c1: c });
      else Object.assign(s, { r0: Math.min(s.r0, r), r1: Math.max(s.r1, r), c0: Math.min(s.c0, c), c1: Math.max(s.c1, c) });
    }
  }
  const regions = [...spans.values()]
    .map(({ r0, r1, c0, c1 }) => ({
      row: r0,
      col: c0,
      rowSpan: r1 - r0 + 1,
      colSpan: c1 - c0 + 1,
      box: [xs[c0]!, ys[r0]!, xs[c1 + 1]! - xs[c0]!, ys[r1 + 1]! - ys[r0]!] as [number, number, number, number],
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, regions, box: [xs[0]!, ys[0]!, xs[cols]! - xs[0]!, ys[rows]! - ys[0]!] };
}

/** The outer ends of the crossing rulings, where they reach beyond every ruling of this direction. */
function edges(starts: number[], ends: number[], lines: number[]): number[] {
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  const out: number[] = [];
  const low = Math.min(...starts);
  const high = Math.max(...ends);
  if (low < first - 3 * NEAR) out.push(low);
  if (high > last + 3 * NEAR) out.push(high);
  return out;
}

/** Joins rulings on the same line whose pieces touch or overlap (tables often draw each cell edge apart). */
function mergeCollinear(lines: Array<{ at: number; from: number; to: number }>) {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Array<{ at: number; from: number; to: number }> = [];
  for (const line of sorted) {
    const last = out.find((o) => Math.abs(o.at - line.at) < 1 && line.from <= o.to + NEAR && line.to >= o.from - NEAR);
    if (last) {
      last.from = Math.min(last.from, line.from);
      last.to = Math.max(last.to, line.to);
    } else out.push({ ...line });
  }
  return out;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! < NEAR) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}
