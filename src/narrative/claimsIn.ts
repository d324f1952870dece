// Claims are read in text order, so the claims within a stretch of text are found by binary search, not
// by a scan of every claim: each list, sentence or heading asks for its own few, and a long report has
// tens of thousands of claims (a scan per question made reading lists quadratic in the text's length).

import type { Claim } from '../model/types.ts';

/** The index of the first claim at or after `offset` in `claims` (sorted by offset). */
export function firstAtOrAfter(claims: readonly Claim[], offset: number): number {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (claims[mid]!.offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The claims with `from <= offset < to`, in text order. */
export function claimsIn(claims: readonly Claim[], from: number, to: number): Claim[] {
  return claims.slice(firstAtOrAfter(claims, from), firstAtOrAfter(claims, to));
}

/** Each claim's index in `claims`, for the enumerations' index references. */
export function indexOfClaims(claims: readonly Claim[]): (claim: Claim) => number {
  const index = new Map<Claim, number>();
  claims.forEach((c, i) => index.set(c, i));
  return (claim) => index.get(claim) ?? -1;
}
