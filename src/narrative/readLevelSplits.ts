// A total split by level without 「其中」: 「主动公开的政府信息，县直各单位主动公开政府信息2475条，占62.2%。
// 各乡镇主动公开政府信息1503条，占37.8%。」. Numbers that say the same thing of different levels (县直, 各乡镇),
// one after another, are the parts of the number that said it of the whole body just before them
// (「其中主动公开政府信息2026条」). They add up to it, whatever shares they print: the shares' whole is
// not said, so they are not checked here.

import type { Claim, Enumeration } from '../model/types.ts';

/** A level of the body the claim speaks of, at the start of its words, with the filler after it. */
const LEVEL = /^(其中)?[，,\s]*(区管委会及区直|县直|区直|市直|市本级|本级|各乡镇|乡镇|各街道|街道|各县[（(]?市[、，]?区[）)]?|各区县|各县区|县级|市级)(各单位|各部门|部门|单位|机关|政府)?/;
/** How far apart (characters of prose) the parts and their whole may be. */
const REACH = 240;

export function readLevelSplits(text: string, claims: Claim[], known: Enumeration[]): Enumeration[] {
  const listed = new Set(known.flatMap((e) => (e.parts.length >= 2 ? e.parts : [])));
  const found: Enumeration[] = [];
  let i = 0;
  while (i < claims.length) {
    const first = levelOf(claims[i]!);
    if (!first) {
      i++;
      continue;
    }
    const parts = [i];
    const levels = new Set([first.level]);
    for (let j = i + 1; j < claims.length; j++) {
      const c = claims[j]!;
      if (c.unit === '%') continue;
      const next = levelOf(c);
      if (!next || c.unit !== claims[i]!.unit || next.rest !== first.rest || levels.has(next.level) || c.offset - claims[i]!.offset > REACH) break;
      parts.push(j);
      levels.add(next.level);
    }
    i = parts[parts.length - 1]! + 1;
    if (parts.length < 2 || parts.every((p) => listed.has(p)) || parts.some((p) => claims[p]!.approximate)) continue;
    const whole = wholeOf(claims, parts[0]!, first.rest);
    if (whole === undefined) continue;
    found.push({ whole, parts, complete: true });
  }
  return found;
}

/** Whether the claim speaks of one level of the body (「各乡镇主动公开政府信息856条」). */
export const isLevelClaim = (claim: Claim): boolean => levelOf(claim) !== undefined;

function levelOf(claim: Claim): { level: string; rest: string } | undefined {
  const m = LEVEL.exec(claim.subject);
  if (!m || claim.unit === '' || claim.unit === '%') return undefined;
  const rest = claim.subject.slice(m[0].length).replace(/^(的|共|共计|合计)+/, '');
  return rest.length >= 2 ? { level: m[2]!, rest } : undefined;
}

/** The nearest claim before the parts that says the same of the whole body (its words end with theirs). */
function wholeOf(claims: Claim[], firstPart: number, rest: string): number | undefined {
  const part = claims[firstPart]!;
  for (let k = firstPart - 1; k >= 0; k--) {
    const c = claims[k]!;
    if (part.offset - c.offset > REACH) return undefined;
    if (c.unit !== part.unit || c.approximate || levelOf(c)) continue;
    if (c.subject.replace(/(的|共|共计|合计|为|达)+$/, '').endsWith(rest)) return k;
  }
  return undefined;
}
