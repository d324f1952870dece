// A share that names its whole inside the percentage's own words: 「全年网上申请30件，占受理申请总数41件的
// 73.2%」. The number before 占 is the part, the number between 占 and 的 the whole; the part must be
// within the whole, and the printed share must be part ÷ whole as rounded. The whole may stand in brackets
// after its words (「占全部办结申请（341件）的68.4%」).

import type { Claim, Enumeration } from '../model/types.ts';

/** 占 … the whole … 的, right before the percentage. */
const OF_WHOLE = /占[^，。；,;]{0,20}?的?$/;

export function readShareOf(text: string, claims: Claim[], known: Enumeration[]): Enumeration[] {
  const sharedAlready = new Set(known.flatMap((e) => (e.shares ?? []).map((s) => s.percent)));
  const found: Enumeration[] = [];
  claims.forEach((percent, p) => {
    if (percent.unit !== '%' || sharedAlready.has(p)) return;
    // The whole: the claim just before the percentage whose words begin after 占.
    const whole = claims[p - 1];
    const part = claims[p - 2];
    if (!whole || !part || whole.unit === '%' || part.unit !== whole.unit || whole.approximate || part.approximate) return;
    const between = text.slice(part.offset + part.raw.length, percent.offset);
    // 「…30件，占受理申请总数41件的73.2%」: nothing but the whole's words between the part and the share.
    const wholeWords = text.slice(part.offset + part.raw.length, whole.offset);
    if (!/^[，,]?\s*占/.test(between) || !OF_WHOLE.test(wholeWords)) return;
    const rest = /[（(]$/.test(wholeWords) ? /^[）)]\s*的?\s*$/ : /^\s*的?\s*$/;
    if (!rest.test(text.slice(whole.offset + whole.raw.length, percent.offset))) return;
    found.push({ whole: p - 1, parts: [p - 2], complete: false, subset: true, shares: [{ part: p - 2, percent: p }] });
  });
  return found;
}
