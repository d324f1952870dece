// When several identities of a table fail together, the cell most likely misprinted is the one whose
// change alone makes all of them hold: it sits in every failing identity of its group (a row total, a
// column sum and the balance at once) and in no identity that holds. The search is exact integer
// arithmetic over the template's identities; the answer is given only when it is unique, or as a short
// list of candidates, never as a guess.

import type { Cell } from '../model/types.ts';
import type { RuleContext } from './context.ts';
import { identitiesOf, residual, type Identity } from './identities.ts';

export interface CellFix {
  ref: string;
  /** The value that, with the rest of its solution, makes every identity of its group hold. */
  value: number;
}

/**
 * The groups of failing identities (joined by shared cells), each with its solutions: every way of
 * changing one cell that makes all of the group's identities hold without breaking one that holds.
 */
export function likelyCells(context: RuleContext): Array<{ failing: Identity[]; solutions: CellFix[][] }> {
  const identities = identitiesOf(context);
  const failing = identities.filter((i) => residual(i, context.cells) !== 0);
  const inHolding = new Set(identities.filter((i) => residual(i, context.cells) === 0).flatMap((i) => i.terms.map((t) => t.ref)));
  return groups(failing).map((group) => {
    const candidates = [...new Set(group.flatMap((i) => i.terms.map((t) => t.ref)))].filter((ref) => !inHolding.has(ref));
    // One cell only: an answer that needs two changed cells is a guess the report's numbers cannot settle
    // (any pair that adds up would do), so none is offered.
    return { failing: group, solutions: candidates.flatMap((ref) => solve([ref], group, context.cells) ?? []) };
  });
}

/**
 * The values of `refs` that make every identity of the group hold, if exactly one such assignment
 * exists: each identity must hold a changed cell, each changed cell's change is fixed by an identity that
 * holds it alone, and every identity must then add up. (Written for any number of cells; used with one.)
 */
function solve(refs: string[], group: Identity[], cells: Map<string, Cell>): CellFix[][] | undefined {
  const delta = new Map<string, number>();
  const coefficient = (identity: Identity, ref: string) => identity.terms.find((t) => t.ref === ref)?.coefficient ?? 0;
  for (const identity of group) {
    const inside = refs.filter((ref) => coefficient(identity, ref) !== 0);
    if (inside.length === 0) return undefined;
    if (inside.length !== 1) continue;
    const needed = -residual(identity, cells) / coefficient(identity, inside[0]!);
    const seen = delta.get(inside[0]!);
    if (seen !== undefined && seen !== needed) return undefined;
    delta.set(inside[0]!, needed);
  }
  if (refs.some((ref) => !delta.has(ref) || delta.get(ref) === 0)) return undefined;
  for (const identity of group) {
    const change = refs.reduce((s, ref) => s + coefficient(identity, ref) * delta.get(ref)!, 0);
    if (residual(identity, cells) + change !== 0) return undefined;
  }
  const fixes = refs.map((ref) => ({ ref, value: cells.get(ref)!.value.value! + delta.get(ref)! }));
  return fixes.every((f) => Number.isInteger(f.value) && f.value >= 0) ? [fixes] : undefined;
}

/** Failing identities joined when they share a cell. */
function groups(failing: Identity[]): Identity[][] {
  const parent = failing.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byRef = new Map<string, number>();
  failing.forEach((identity, i) => {
    for (const { ref } of identity.terms) {
      const seen = byRef.get(ref);
      if (seen === undefined) byRef.set(ref, i);
      else parent[find(i)] = find(seen);
    }
  });
  const out = new Map<number, Identity[]>();
  failing.forEach((identity, i) => out.set(find(i), [...(out.get(find(i)) ?? []), identity]));
  return [...out.values()];
}
