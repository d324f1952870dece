// Box math for the document viewer, kept free of pdf.js and the DOM so it can be tested in Node.
//
// The analysis gives every value a box `[x, y, w, h]` in the page's *reading* viewport at scale 1: pdf.js's
// `page.getViewport({ scale: 1, rotation })` with the rotation the page was read at
// (`analysis.source.turned[page] ?? page.rotate`), so top-left origin, y down. The viewer may draw the page
// at another rotation and any zoom, so a box goes back to PDF user space first (the page's own
// coordinates, y up, view box offset included), and from there through the viewer's viewport.

import type { Analysis, Finding, SourcePos } from '../../model/types.ts';

/** `[x, y, w, h]`: top-left origin, PDF points, in the page's reading rotation at scale 1. */
export type Box = [number, number, number, number];
/** `[x1, y1, x2, y2]` in PDF user space (y up), x1 ≤ x2 and y1 ≤ y2. */
export type UserRect = [number, number, number, number];
/** An affine transform `[a, b, c, d, e, f]` as pdf.js writes them. */
export type Transform = [number, number, number, number, number, number];

/** The rotation pdf.js accepts: a multiple of 90, brought into 0…270. */
export function normalizeRotation(rotation: number): number {
  const r = ((Math.round(rotation / 90) * 90) % 360 + 360) % 360;
  return r;
}

/**
 * The transform of pdf.js's `PageViewport` from user space to viewport pixels (same formula as
 * `pdfjs-dist/build/pdf.mjs`, class PageViewport, offsets 0, not flipped). `view` is the page's view box
 * `[x0, y0, x1, y1]` (`PDFPageProxy.view`), `userUnit` the page's UserUnit (1 unless PDF 2.0 says otherwise).
 */
export function viewportTransform(view: readonly number[], rotation: number, scale = 1, userUnit = 1): Transform {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const s = scale * userUnit;
  const centerX = (x1 + x0) / 2;
  const centerY = (y1 + y0) / 2;
  const [a, b, c, d] = (
    {
      0: [1, 0, 0, -1],
      90: [0, 1, 1, 0],
      180: [-1, 0, 0, 1],
      270: [0, -1, -1, 0],
    } as Record<number, [number, number, number, number]>
  )[normalizeRotation(rotation)]!;
  const offsetX = a === 0 ? Math.abs(centerY - y0) * s : Math.abs(centerX - x0) * s;
  const offsetY = a === 0 ? Math.abs(centerX - x0) * s : Math.abs(centerY - y0) * s;
  return [a * s, b * s, c * s, d * s, offsetX - a * s * centerX - c * s * centerY, offsetY - b * s * centerX - d * s * centerY];
}

export function applyTransform([a, b, c, d, e, f]: Transform, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f];
}

export function invertTransform([a, b, c, d, e, f]: Transform): Transform {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** A box of the analysis (reading viewport at scale 1) as a rectangle in PDF user space. */
export function boxToUserRect(box: Box, view: readonly number[], rotation: number, userUnit = 1): UserRect {
  const [x, y, w, h] = box;
  const back = invertTransform(viewportTransform(view, rotation, 1, userUnit));
  const [ax, ay] = applyTransform(back, x, y);
  const [bx, by] = applyTransform(back, x + w, y + h);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/** The smallest rectangle holding all of `rects` (at least one). */
export function unionRect(rects: readonly UserRect[]): UserRect {
  return [
    Math.min(...rects.map((r) => r[0])),
    Math.min(...rects.map((r) => r[1])),
    Math.max(...rects.map((r) => r[2])),
    Math.max(...rects.map((r) => r[3])),
  ];
}

/**
 * The corner of a user-space rectangle that shows top-left in a viewport (whatever its rotation), as a
 * user-space point: what an XYZ destination needs to bring the box's top-left corner into view.
 */
export function topLeftCorner(rect: UserRect, toViewport: Transform): [number, number] {
  const [x1, y1, x2, y2] = rect;
  const corners: [number, number][] = [
    [x1, y1],
    [x1, y2],
    [x2, y1],
    [x2, y2],
  ];
  let best = corners[0]!;
  let bestScore = Infinity;
  for (const corner of corners) {
    const [vx, vy] = applyTransform(toViewport, corner[0], corner[1]);
    const score = vx + vy;
    if (score < bestScore - 1e-9) {
      best = corner;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A viewport rectangle (`convertToViewportRectangle`'s result: two corners in any order) as percentages of
 * the page's viewport, so the outline keeps its place however the page div is sized by CSS.
 */
export function percentRect(rect: readonly number[], width: number, height: number, pad = 0): { left: number; top: number; width: number; height: number } {
  const [ax = 0, ay = 0, bx = 0, by = 0] = rect;
  const left = Math.min(ax, bx) - pad;
  const top = Math.min(ay, by) - pad;
  const w = Math.abs(bx - ax) + 2 * pad;
  const h = Math.abs(by - ay) + 2 * pad;
  return { left: (left / width) * 100, top: (top / height) * 100, width: (w / width) * 100, height: (h / height) * 100 };
}

/** The boxes to outline, page by page, and the first one (where the viewer scrolls to). */
export interface Target {
  first: { page: number; box: Box };
  pages: Map<number, Box[]>;
}

/**
 * The places of the selected finding (its text spans, then the cells it names) or else of the focused cell,
 * grouped by page in the order they come. Places without a page or box (text sources) are left out.
 */
export function targetOf(analysis: Pick<Analysis, 'cells'>, finding: Pick<Finding, 'cells' | 'spans'> | undefined, focusedCell: string | undefined): Target | undefined {
  const refs = finding ? finding.cells : focusedCell ? [focusedCell] : [];
  const places: SourcePos[] = [
    ...(finding?.spans ?? []),
    ...refs.map((ref) => analysis.cells.find((c) => c.ref === ref)?.pos).filter((p): p is SourcePos => !!p),
  ].filter((p) => p.page !== undefined && p.box !== undefined);
  if (places.length === 0) return undefined;
  const pages = new Map<number, Box[]>();
  const seen = new Set<string>();
  for (const place of places) {
    const key = boxKey(place.page!, place.box!);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = pages.get(place.page!) ?? [];
    list.push(place.box!);
    pages.set(place.page!, list);
  }
  return { first: { page: places[0]!.page!, box: places[0]!.box! }, pages };
}

/** The `data-box` value of an outline: `page:x,y,w,h` (points, two decimals at most). */
export function boxKey(page: number, box: Box): string {
  return `${page}:${box.map((n) => Math.round(n * 100) / 100).join(',')}`;
}

/**
 * One rotation for the whole viewer that draws every page upright, relative to each page's own /Rotate
 * (pdf.js adds its `pagesRotation` to every page's). `turned` maps page → the absolute rotation the
 * analysis read it at; `ownRotation` gives a page's /Rotate. pdf.js has a single rotation for all pages, so
 * this is only defined when every one of the `pages` is turned, and by the same extra amount. Otherwise
 * (some pages turned, others not, or turned different ways) pages are drawn as the PDF says: a known
 * limitation; their outlines are still in place, since outlines go through user space.
 */
export function sharedExtraRotation(turned: Record<number, number> | undefined, pages: number, ownRotation: (page: number) => number): number | undefined {
  if (!turned || pages < 1) return undefined;
  const extras = new Set<number>();
  for (let page = 1; page <= pages; page++) {
    const rotation = turned[page];
    if (rotation === undefined) return undefined;
    extras.add(normalizeRotation(rotation - ownRotation(page)));
  }
  if (extras.size !== 1) return undefined;
  const [extra] = extras;
  return extra === 0 ? undefined : extra;
}
