// A sum the prose spells out: 「收到申请1047件，加上上年结转的36件，需办理申请共计1083件」. A number whose
// words begin with 加上 (再加上, 连同, 另加) adds to the number before it, and the next number whose words
// total (共计, 合计, 总计, 共) is their sum. All three share the measure word and the sentence; a number
// already read into another list is left to that list.

import type { Claim, Enumeration } from '../model/types.ts';
import { crossesSentence } from './sentences.ts';

const ADDS = /^[，,\s]*(?:再?加上|连同|另加|加)/;
const TOTALS = /共计|合计|总计|共有|^共|一共/;
/** A change from another year said of a number, not a number to add. */
const CHANGE = /同比|环比|比上年|较上年|增加|减少|增长|下降/;

export function readAdditions(text: string, claims: Claim[], known: Enumeration[]): Enumeration[] {
  const taken = new Set(known.flatMap((e) => [e.whole, ...e.parts]));
  const found: Enumeration[] = [];
  claims.forEach((added, i) => {
    // What is added to: the number before, passing over a change said of it (「156件，同比增加32件，加上…」).
    let b = i - 1;
    while (b >= 0 && CHANGE.test(claims[b]!.subject)) b--;
    const [before, total] = [claims[b], claims[i + 1]];
    if (!before || !total || !ADDS.test(added.subject) || !TOTALS.test(total.subject)) return;
    if ([b, i, i + 1].some((k) => taken.has(k)) || before.unit !== added.unit || total.unit !== added.unit || added.unit === '%' || added.unit === '') return;
    if (crossesSentence(text, before.offset, total.offset) || [before, added, total].some((c) => c.approximate)) return;
    found.push({ whole: i + 1, parts: [b, i], complete: true });
    [b, i, i + 1].forEach((k) => taken.add(k));
  });
  return found;
}
