import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findLattices } from './lattice.ts';
import { readSegments } from './readSegments.ts';
import { DRAW, OPS } from './pdfOps.ts';

const h = (y: number, x1: number, x2: number) => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number) => ({ x1: x, y1, x2: x, y2 });

describe('findLattices', () => {
  it('finds a 2×3 grid and a merged cell where a ruling is missing', () => {
    // Rows at 0–10–20, columns at 0–10–20–30; the ruling between columns 1 and 2 is missing in row 0.
    const segments = [h(0, 0, 30), h(10, 0, 30), h(20, 0, 30), v(0, 0, 20), v(10, 0, 20), v(20, 10, 20), v(30, 0, 20)];
    const [lattice] = findLattices(segments);
    expect(lattice?.xs).toEqual([0, 10, 20, 30]);
    expect(lattice?.ys).toEqual([0, 10, 20]);
    expect(lattice?.regions.map((r) => [r.row, r.col, r.rowSpan, r.colSpan])).toEqual([
      [0, 0, 1, 1], [0, 1, 1, 2], [1, 0, 1, 1], [1, 1, 1, 1], [1, 2, 1, 1],
    ]);
  });
  it('closes a table cut by a page break where its verticals end', () => {
    const segments = [h(0, 0, 20), h(10, 0, 20), v(0, 0, 25), v(10, 0, 25), v(20, 0, 25)];
    expect(findLattices(segments)[0]?.ys).toEqual([0, 10, 25]);
  });
  it('keeps separate tables apart', () => {
    const box = (y: number) => [h(y, 0, 10), h(y + 10, 0, 10), v(0, y, y + 10), v(10, y, y + 10)];
    expect(findLattices([...box(0), ...box(100)])).toHaveLength(2);
  });
  it('cuts tables stacked with a shared border, wide over narrow and narrow over wide, each with its own columns', () => {
    // Table A: 0–40 wide, columns at 20; table B under it: 0–20 wide, columns at 8, a title row on top;
    // table C under B: 0–30 wide, a title row spanning it. Outer left border drawn in pieces that meet.
    const segments = [
      h(0, 0, 40), h(10, 0, 40), h(20, 0, 40), v(0, 0, 20), v(20, 0, 20), v(40, 0, 20),
      h(20, 0, 20), h(30, 0, 20), h(40, 0, 20), v(0, 20, 40), v(8, 30, 40), v(20, 20, 40),
      h(40, 0, 30), h(50, 0, 30), h(60, 0, 30), v(0, 40, 60), v(15, 50, 60), v(30, 40, 60),
    ];
    const lattices = findLattices(segments);
    expect(lattices.map((l) => [l.xs, l.ys])).toEqual([
      [[0, 20, 40], [0, 10, 20]],
      [[0, 8, 20], [20, 30, 40]],
      [[0, 15, 30], [40, 50, 60]],
    ]);
  });
  it('keeps a title row spanning its table with the table', () => {
    const segments = [h(0, 0, 30), h(10, 0, 30), h(20, 0, 30), v(0, 0, 20), v(30, 0, 20), v(15, 10, 20)];
    expect(findLattices(segments)).toHaveLength(1);
  });
});

describe('readSegments', () => {
  it('uses the operator codes of the installed pdf.js', () => {
    for (const [name, code] of Object.entries(OPS)) expect(pdfjs.OPS[name as keyof typeof pdfjs.OPS]).toBe(code);
  });
  it('applies the transformation matrix and reads a thin filled bar as a line', () => {
    const list = {
      fnArray: [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath],
      argsArray: [
        [],
        [2, 0, 0, 2, 10, 10],
        [OPS.fill, [[DRAW.moveTo, 0, 0, DRAW.lineTo, 50, 0, DRAW.lineTo, 50, 0.5, DRAW.lineTo, 0, 0.5, DRAW.closePath]], null],
        [],
        [OPS.stroke, [[DRAW.moveTo, 5, 5, DRAW.lineTo, 5, 40]], null],
      ],
    };
    const identity = (x: number, y: number): [number, number] => [x, y];
    expect(readSegments(list, identity)).toEqual([
      { x1: 10, y1: 10.5, x2: 110, y2: 10.5 },
      { x1: 5, y1: 5, x2: 5, y2: 40 },
    ]);
  });
});
