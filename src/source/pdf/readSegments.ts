// Reads the straight lines a page draws (table rulings) from pdf.js's operator list. Paths are in user
// space, so the current transformation matrix is tracked through save/restore/transform. A thin filled
// rectangle (how WPS and Word draw table borders) counts as a line along its long side.

import type { PdfSegment } from '../../model/types.ts';
import { DRAW, OPS } from './pdfOps.ts';
import { apply, walkOperators, type OperatorList } from './matrix.ts';

export type { OperatorList };

const PAINT = new Set<number>([
  OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);
/** A filled rectangle thinner than this (points) is a ruling line, not a shaded area. */
const THIN = 2.5;

/** `toPage` maps a user-space point (after the CTM) to top-left page coordinates. */
export function readSegments(list: OperatorList, toPage: (x: number, y: number) => [number, number]): PdfSegment[] {
  const segments: PdfSegment[] = [];
  walkOperators(list, (fn, args, ctm) => {
    if (fn !== OPS.constructPath) return;
    const [paint, data] = args as [number, [ArrayLike<number> | null] | undefined];
    const path = data?.[0];
    if (!path || !PAINT.has(paint)) return;
    const point = (x: number, y: number) => toPage(...apply(ctm, x, y));
    for (const sub of subpaths(path)) segments.push(...toSegments(sub.map(([x, y]) => point(x, y)), paint));
  });
  return segments;
}

/** Splits a path into polylines; curves end the polyline (tables are drawn with straight lines). */
function subpaths(path: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  const flush = () => {
    if (current.length > 1) out.push(current);
    current = [];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === DRAW.moveTo) {
      flush();
      current.push([path[i++]!, path[i++]!]);
    } else if (op === DRAW.lineTo) current.push([path[i++]!, path[i++]!]);
    else if (op === DRAW.curveTo) {
      i += 6;
      flush();
    } else if (op === DRAW.quadraticCurveTo) {
      i += 4;
      flush();
    } else if (op === DRAW.closePath) {
      if (current.length > 2) current.push(current[0]!);
      flush();
    } else break; // an unknown code: stop rather than misread the coordinates that follow
  }
  flush();
  return out;
}

function toSegments(points: Array<[number, number]>, paint: number): PdfSegment[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  const filled = paint === OPS.fill || paint === OPS.eoFill;
  if (filled && points.length >= 4) {
    // A filled shape is a line only when it is a thin bar.
    if (height <= THIN && width > height) return [{ x1: Math.min(...xs), y1: (Math.min(...ys) + Math.max(...ys)) / 2, x2: Math.max(...xs), y2: (Math.min(...ys) + Math.max(...ys)) / 2 }];
    if (width <= THIN && height > width) return [{ x1: (Math.min(...xs) + Math.max(...xs)) / 2, y1: Math.min(...ys), x2: (Math.min(...xs) + Math.max(...xs)) / 2, y2: Math.max(...ys) }];
    return [];
  }
  const out: PdfSegment[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    if (Math.abs(x1 - x2) < 0.5 || Math.abs(y1 - y2) < 0.5) out.push({ x1, y1, x2, y2 });
  }
  return out;
}
