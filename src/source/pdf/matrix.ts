// PDF's affine matrices [a b c d e f], as the content stream's `cm` composes them, and the walk through an
// operator list that follows the current one: shared by the ruling-line reader and the scan's picture.

import { OPS } from './pdfOps.ts';

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `n` applied first, then `m` (the order of `cm`: the new matrix is n × m in PDF's row-vector terms). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdf.js's operator list, as far as a walk through it needs. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/**
 * Walks an operator list with the current transformation matrix followed through save / restore /
 * transform, calling `visit` for every other operator with the matrix in force.
 */
export function walkOperators(list: OperatorList, visit: (fn: number, args: unknown[], ctm: Matrix) => void): void {
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else visit(fn, args, ctm);
  }
}
