// Connected components of ink (8-connected), as boxes: the glyph pieces a page is made of. Two passes
// with a union-find over provisional labels, so a 300-dpi page costs two sweeps and no recursion.

import type { BinaryImage } from './binarize.ts';

export interface Component {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Ink pixels in the component. */
  pixels: number;
}

export function components(ink: BinaryImage): Component[] {
  const { width, height, data } = ink;
  const labels = new Int32Array(width * height);
  const parent: number[] = [0];
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!data[i]) continue;
      // Neighbours already labelled: left, and the three above.
      let label = 0;
      const near = [x > 0 ? labels[i - 1]! : 0, y > 0 && x > 0 ? labels[i - width - 1]! : 0, y > 0 ? labels[i - width]! : 0, y > 0 && x + 1 < width ? labels[i - width + 1]! : 0];
      for (const n of near) {
        if (!n) continue;
        if (!label) label = n;
        else if (n !== label) union(label, n);
      }
      if (!label) {
        label = parent.length;
        parent.push(label);
      }
      labels[i] = label;
    }
  }
  const byRoot = new Map<number, Component>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const label = labels[y * width + x]!;
      if (!label) continue;
      const root = find(label);
      const c = byRoot.get(root);
      if (c) {
        if (x < c.x0) c.x0 = x;
        if (x > c.x1) c.x1 = x;
        c.y1 = y;
        c.pixels++;
      } else byRoot.set(root, { x0: x, y0: y, x1: x, y1: y, pixels: 1 });
    }
  }
  return [...byRoot.values()];
}
