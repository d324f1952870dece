import { describe, expect, it } from 'vitest';
import type { Span } from '../splitRowLine.ts';
import { agreed, solveJointly, splitDigitsRow, tokensOf, type CellKind } from './splitDigitsRow.ts';

const counts = (n: number): CellKind[] => Array.from({ length: n }, () => 'count');
const rowSum = (n: number[]) => n.length < 7 || n.slice(0, 6).reduce((a, b) => a + b, 0) === n[6];
/** The readings of a run as 'a|b|c' strings. */
const readings = (run: string, kinds: CellKind[], accept?: (n: number[]) => boolean) =>
  splitDigitsRow(tokensOf({ text: run, start: 0 }), kinds, accept)?.map((r) => r.map((s) => s.text).join('|'));

describe('splitDigitsRow', () => {
  it('keeps only readings without leading zeros', () => {
    expect(readings('100', counts(2))).toEqual(['10|0']);
    expect(readings('000', counts(3))).toEqual(['0|0|0']);
    expect(readings('0012', counts(2))).toEqual([]);
  });

  it('lets the row check prune: 640020470 has one reading whose six columns add up to the total', () => {
    expect(readings('640020470', counts(7), rowSum)).toEqual(['64|0|0|2|0|4|70']);
    expect(readings('640020470', counts(7))!.length).toBeGreaterThan(1);
  });

  it('treats a space as a cell border the page really had', () => {
    // Glued, 101000011 reads two ways; a border after the first 1 leaves one, a border after 10 both.
    expect(readings('101000011', counts(7), rowSum)).toEqual(['1|0|10|0|0|0|11', '10|1|0|0|0|0|11']);
    expect(readings('1 01000011', counts(7), rowSum)).toEqual(['1|0|10|0|0|0|11']);
    expect(readings('10 1000011', counts(7), rowSum)).toHaveLength(2);
    expect(readings('23 0 00 0 023', counts(7), rowSum)).toEqual(['23|0|0|0|0|0|23']);
  });

  it('gives every cell its own place in the line', () => {
    const [reading] = splitDigitsRow(tokensOf({ text: '500000 5', start: 40 }), counts(7), rowSum)!;
    expect(reading!.map((s) => s.start)).toEqual([40, 41, 42, 43, 44, 45, 47]);
  });

  it('reads decimals only in amount columns and a minus sign only in signed ones', () => {
    expect(readings('24252.311082', ['amount'])).toEqual(['24252.311082']);
    expect(readings('24252.311082', ['count'])).toEqual([]);
    expect(readings('12-3', ['count', 'signed'])).toEqual(['12|-3']);
    expect(readings('12-3', ['count', 'count'])).toEqual([]);
  });

  it('says when there are too many readings to list instead of listing some', () => {
    expect(splitDigitsRow(tokensOf({ text: '1'.repeat(40), start: 0 }), counts(15), undefined, 1000)).toBeUndefined();
  });
});

describe('solveJointly', () => {
  // Row 0 = row 1 + row 2 in column 0; row 1 has two readings, row 2 one.
  const options = [[[5]], [[3], [4]], [[1]]];
  const identity = { terms: [{ row: 0, column: 0, sign: 1 as const }, { row: 1, column: 0, sign: -1 as const }, { row: 2, column: 0, sign: -1 as const }] };

  it('keeps the options some satisfying choice uses', () => {
    expect(solveJointly(options, [identity])).toEqual({ possible: [[0], [1], [0]], solutions: 1, gaveUp: false });
  });

  it('keeps every option when no choice satisfies the identities', () => {
    const none = solveJointly([[[9]], [[3], [4]], [[1]]], [identity]);
    expect(none.solutions).toBe(0);
    expect(none.possible).toEqual([[0], [0, 1], [0]]);
  });

  it('keeps several options when several choices satisfy the identities', () => {
    const two = solveJointly([[[5], [6]], [[3], [4], [5]], [[1], [2]]], [identity]);
    expect(two.solutions).toBe(4);
    expect(two.possible).toEqual([[0, 1], [0, 1, 2], [0, 1]]);
  });
});

describe('agreed', () => {
  it('keeps the cells all readings share, at the same place', () => {
    const span = (text: string, start: number): Span => ({ text, start });
    const a = [span('10', 0), span('1', 2), span('0', 3), span('11', 4)];
    const b = [span('1', 0), span('0', 1), span('10', 2), span('11', 4)];
    expect(agreed([a, b], 4)).toEqual([undefined, undefined, undefined, span('11', 4)]);
    expect(agreed([], 2)).toEqual([undefined, undefined]);
  });
});
