// Lists of requests whose whole includes last year's carried-over ones. 「全年受理申请88件（含上年结转6件），
// 其中本年新收申请84件」 says one breakdown in two places: the parenthesis gives one of two categories, the
// 其中 the other, and together they are all of the whole (88 = 6 + 84), though each alone is only a part.
// And such a whole is what the year's requests ended as: answered or carried on into the next year
// (「受理126件（含上年结转9件），其中已办结119件，结转下一年度5件」: 一 + 二 = 三（七）+ 四). A whole that does not
// say it includes carried-over requests (「收到申请126件」) may be the new ones alone, and its answered and
// carried-forward requests are then not a breakdown of it: they stay parts that must only fit within it.

import type { Claim, Enumeration } from '../model/types.ts';
import { namesBothOfTwo } from './divisions.ts';

/** A parenthesis (or words) saying what a whole includes. */
const INCLUDES = /^[（(]?(?:含|包括|包含)/;
/** Last year's requests carried over into this one. */
const CARRIED_IN = /上一?年度?(?:结转|转入)|结转(?!下|至|到|入下|次年|明年)/;
/** The two ends of a year's requests: answered, or carried on into the next year. */
const ANSWERED = /办结|答复|办理完毕/;
const CARRIED_ON = /结转下|结转至|结转到|转入下一?年|下一?年度?继续|继续办理/;

export function joinCarriedOver(claims: Claim[], enumerations: Enumeration[]): Enumeration[] {
  const subject = (i: number) => claims[i]!.subject;
  const included = (e: Enumeration) => e.parts.length === 1 && INCLUDES.test(subject(e.parts[0]!));
  const merged = new Set<Enumeration>();
  const joined: Enumeration[] = [];
  for (const inside of enumerations.filter(included)) {
    const other = enumerations.find((e) => e !== inside && e.whole === inside.whole && !merged.has(e) && e.parts.length === 1 && !included(e));
    if (!other) continue;
    const parts = [inside.parts[0]!, other.parts[0]!];
    if (!namesBothOfTwo(parts.map((p) => subject(p).replace(INCLUDES, '')))) continue;
    merged.add(inside).add(other);
    joined.push({ whole: inside.whole, parts, complete: true, ...(other.shares ? { shares: other.shares } : {}) });
  }
  const includesCarried = new Set(enumerations.filter((e) => included(e) && CARRIED_IN.test(subject(e.parts[0]!))).map((e) => e.whole));
  const result = enumerations.filter((e) => !merged.has(e)).map((e) => {
    if (!includesCarried.has(e.whole) || e.parts.length !== 2 || !e.subset) return e;
    const [first, second] = e.parts.map(subject) as [string, string];
    const ends = ANSWERED.test(first) && !CARRIED_ON.test(first) && CARRIED_ON.test(second);
    if (!ends) return e;
    const { subset: _, ...partition } = e;
    return partition;
  });
  return [...result, ...joined];
}
