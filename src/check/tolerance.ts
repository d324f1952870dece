// Counts are integers and compared exactly. An amount printed with decimals (万元) was rounded to its
// printed precision, so a sum of n such numbers may be off by up to half a unit in the last printed
// place per term: that is the tolerance, and nothing looser.

import type { Value } from '../model/types.ts';

export function tolerance(values: Value[]): number {
  return values.reduce((sum, v) => sum + (v.decimals ? 0.5 * 10 ** -v.decimals : 0), 0);
}

/** Adds printed numbers without binary floating-point drift (to the finest printed precision). */
export function exactSum(values: Value[]): number {
  const places = Math.max(0, ...values.map((v) => v.decimals ?? 0));
  const scale = 10 ** places;
  return values.reduce((sum, v) => sum + Math.round((v.value ?? 0) * scale), 0) / scale;
}

export function differs(stated: Value, parts: Value[], computed: number): boolean {
  return Math.abs((stated.value ?? 0) - computed) > tolerance([stated, ...parts]) + 1e-9;
}

export function roundDelta(delta: number): number {
  return Math.round(delta * 1e6) / 1e6;
}
