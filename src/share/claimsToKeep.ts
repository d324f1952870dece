// Which narrative claims a share link carries, and which of their subjects. A link recomputes the
// findings, so it needs every claim a rule reads; the rest only underline prose the link does not carry.

import type { Analysis } from '../model/types.ts';
import type { RuleContext } from '../check/context.ts';
import { narrativeRate } from '../check/rules/narrativeRate.ts';
import { narrativeEnumeration } from '../check/rules/narrativeEnumeration.ts';
import { narrativeShare } from '../check/rules/narrativeShare.ts';
import { runRule } from '../check/rule.ts';

/** How far before a rate narrative-rate looks for its counts (characters of the text stream). */
const RATE_WINDOW = 120;

/** Claim indices by position: findings point at claims through their spans. */
const claimsByPos = (analysis: Analysis) => new Map(analysis.claims.map((c, i) => [JSON.stringify(c.pos), i]));

const sorted = (set: Set<number>, count: number) => [...set].filter((i) => i >= 0 && i < count).sort((a, b) => a - b);

/**
 * The claims the rules can read: those a link or an enumeration names, and the rate, numerator and
 * denominator of every rate narrative-rate read. A subset that keeps what the rule found gives it the same
 * matches; that is checked, and the whole windows the rule searches are kept if it ever does not hold.
 */
export function claimsToKeep(analysis: Analysis): number[] {
  const keep = new Set<number>();
  for (const l of analysis.links) keep.add(l.claim);
  for (const e of analysis.enumerations) {
    keep.add(e.whole);
    e.parts.forEach((p) => keep.add(p));
    e.shares?.forEach((s) => (keep.add(s.part), keep.add(s.percent)));
  }
  const count = analysis.claims.length;
  const rate = (claims: Analysis['claims']) => JSON.stringify(runRule(narrativeRate, { claims } as RuleContext));
  const tight = new Set(keep);
  const at = claimsByPos(analysis);
  const full = runRule(narrativeRate, { claims: analysis.claims } as RuleContext);
  for (const f of full) for (const s of f.spans ?? []) tight.add(at.get(JSON.stringify(s)) ?? -1);
  const subset = sorted(tight, count);
  if (rate(subset.map((i) => analysis.claims[i]!)) === JSON.stringify(full)) return subset;
  analysis.claims.forEach((claim, index) => {
    if (claim.unit !== '%') return;
    keep.add(index);
    for (let i = 0; i < index; i++) if (analysis.claims[i]!.offset > claim.offset - RATE_WINDOW) keep.add(i);
  });
  return sorted(keep, count);
}

/**
 * Of the kept claims, those whose subject (the report's own words before the number) a rule may read, as
 * tiers from fewest to most. The findings quote the subject of a linked claim and of an enumeration's
 * whole; a finding may quote other claims it points at (narrative-rate, narrative-twice); narrative-rate
 * also matches the subjects of the counts before a rate. encodeShare takes the first tier whose findings
 * come out the same, word for word; the last tier is every kept claim.
 */
export function subjectTiers(analysis: Analysis, kept: number[]): Array<Set<number>> {
  const quoted = new Set<number>();
  for (const l of analysis.links) quoted.add(l.claim);
  for (const e of analysis.enumerations) quoted.add(e.whole);
  const pointed = new Set(quoted);
  const at = claimsByPos(analysis);
  // Enumeration and share findings point at every part but quote only the whole (already in `quoted`).
  for (const f of analysis.findings) {
    if (f.rule === narrativeEnumeration.id || f.rule === narrativeShare.id) continue;
    for (const s of f.spans ?? []) pointed.add(at.get(JSON.stringify(s)) ?? -1);
  }
  const windows = new Set(pointed);
  for (const [index, claim] of analysis.claims.entries()) {
    if (claim.unit !== '%') continue;
    for (const i of kept) if (i <= index && analysis.claims[i]!.offset > claim.offset - RATE_WINDOW) windows.add(i);
  }
  return [quoted, pointed, windows, new Set(kept)];
}
