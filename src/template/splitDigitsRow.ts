// Cuts a run of table digits that lost its cell borders (「640020470」) into a row's cells, and chooses
// among the readings of several rows at once by the table's own linear identities. A run has many
// readings; only those where every cell is a well-formed number survive, and a caller's check on the
// numbers (总计 = the six applicant columns) prunes them as they are built. Nothing here guesses: when
// several readings survive, all of them are returned and the caller decides what is still undecided.

import type { Span } from '../layout/splitRowLine.ts';
import type { ColumnDef } from './definition.ts';

export type CellKind = ColumnDef['kind'];

/** A printed value never starts with 0 unless it is 0; only a signed column may carry a minus sign. */
const PATTERN: Record<CellKind, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/,
  signed: /^(?:0|-?[1-9]\d*)$/,
  amount: /^(?:0|[1-9]\d*)(?:\.\d+)?$/,
};

/** Steps tried before giving up on a run; far above what a real row needs. */
const LIMIT = 200_000;

/** The whitespace-separated tokens of a run: a stray space is a cell border the page really had. */
export function tokensOf(run: Span): Span[] {
  return [...run.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: run.start + m.index }));
}

/**
 * Every way to cut the tokens into `kinds.length` cells, each cell inside one token and well formed for
 * its column. `accept` sees the numbers read so far after each cell and may reject the prefix. Returns
 * undefined when the readings are too many to list, so that the caller says so instead of choosing.
 */
export function splitDigitsRow(
  tokens: Span[],
  kinds: CellKind[],
  accept: (numbers: number[]) => boolean = () => true,
  limit = LIMIT,
): Span[][] | undefined {
  const out: Span[][] = [];
  const cells: Span[] = [];
  const numbers: number[] = [];
  const charsAfter = tokens.map((_, i) => tokens.slice(i).reduce((n, t) => n + t.text.length, 0));
  let steps = 0;
  const visit = (t: number, offset: number): boolean => {
    if (++steps > limit) return false;
    if (t === tokens.length) {
      if (cells.length === kinds.length) out.push([...cells]);
      return true;
    }
    const token = tokens[t]!;
    const kind = kinds[cells.length];
    const cellsLeft = kinds.length - cells.length;
    // Each remaining token needs a cell of its own, and no cell can be shorter than one character.
    if (!kind || cellsLeft < tokens.length - t || cellsLeft > charsAfter[t]! - offset) return true;
    for (let end = offset + 1; end <= token.text.length; end++) {
      const text = token.text.slice(offset, end);
      if (!PATTERN[kind].test(text)) continue;
      cells.push({ text, start: token.start + offset });
      numbers.push(Number(text));
      const ok = !accept(numbers) || (end === token.text.length ? visit(t + 1, 0) : visit(t, end));
      cells.pop();
      numbers.pop();
      if (!ok) return false;
    }
    return true;
  };
  return visit(0, 0) ? out : undefined;
}

/** `sign` × the number in `column` of `row`; an identity says its terms add up to zero. */
export interface Term {
  row: number;
  column: number;
  sign: 1 | -1;
}

export interface Identity {
  terms: Term[];
}

export interface Joint {
  /** For each row, the indexes of its options that some reading satisfying every identity uses. */
  possible: number[][];
  solutions: number;
  /** Too many combinations to try: `possible` then keeps every option. */
  gaveUp: boolean;
}

/**
 * Chooses one option per row so that every identity holds, and reports which options any such choice
 * uses. Rows are tried fewest options first, and an identity is checked as soon as its last row has an
 * option, so the usual table (most rows have one reading) costs next to nothing.
 */
export function solveJointly(options: number[][][], identities: Identity[], limit = 1_000_000): Joint {
  const all = options.map((list) => list.map((_, i) => i));
  const involved = [...new Set(identities.flatMap((id) => id.terms.map((t) => t.row)))];
  const order = involved.sort((a, b) => options[a]!.length - options[b]!.length || a - b);
  const depthOf = new Map(order.map((row, depth) => [row, depth]));
  const due = order.map((_, depth) =>
    identities.filter((id) => Math.max(...id.terms.map((t) => depthOf.get(t.row)!)) === depth),
  );
  const chosen = new Map<number, number>();
  const seen = new Map(order.map((row) => [row, new Set<number>()]));
  let solutions = 0;
  let steps = 0;
  const holds = (id: Identity) =>
    Math.abs(id.terms.reduce((s, t) => s + t.sign * options[t.row]![chosen.get(t.row)!]![t.column]!, 0)) < 1e-6;
  const visit = (depth: number): boolean => {
    if (++steps > limit) return false;
    if (depth === order.length) {
      solutions++;
      for (const [row, option] of chosen) seen.get(row)!.add(option);
      return true;
    }
    const row = order[depth]!;
    for (let option = 0; option < options[row]!.length; option++) {
      chosen.set(row, option);
      if (due[depth]!.every(holds) && !visit(depth + 1)) return false;
    }
    chosen.delete(row);
    return true;
  };
  if (!visit(0)) return { possible: all, solutions, gaveUp: true };
  if (solutions === 0) return { possible: all, solutions, gaveUp: false };
  const possible = all.map((list, row) => (seen.has(row) ? [...seen.get(row)!].sort((a, b) => a - b) : list));
  return { possible, solutions, gaveUp: false };
}

/**
 * The cells every listed reading agrees on (same digits at the same place), undefined where they differ:
 * a cell all readings share is known even when its neighbours are not.
 */
export function agreed(readings: Span[][], width: number): Array<Span | undefined> {
  return Array.from({ length: width }, (_, c) => {
    const first = readings[0]?.[c];
    const same = first && readings.every((r) => r[c]?.text === first.text && r[c]?.start === first.start);
    return same ? first : undefined;
  });
}
