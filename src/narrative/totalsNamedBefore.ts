// 「从办理结果看，予以公开28件，…，其他处理3件，合计65件」, 「本年新收的申请中，自然人88件、商业企业14件，合计
// 108件」: a total printed after its parts names what it counts only in the words before the list. For
// linking, such a total is given those words: its sentence's words up to its first part's own words.

import type { Claim, Enumeration } from '../model/types.ts';
import { sentenceStart } from './sentences.ts';

/** The words of a total that say nothing of what it counts. */
const BARE_TOTAL = /^[，,、；;\s]*(合计|共计|总计|总共|一共|以上合计|以上共计|共|计)(为|达)?$/;

export function totalsNamedBefore(text: string, claims: Claim[], enumerations: Enumeration[]): Claim[] {
  const named = [...claims];
  for (const e of enumerations) {
    const whole = claims[e.whole]!;
    const first = claims[Math.min(...e.parts)];
    if (!first || first.offset > whole.offset || !BARE_TOTAL.test(whole.subject)) continue;
    // The words after the sentence's last number before the list, so that no other count's words are lent.
    const before = claims[Math.min(...e.parts) - 1];
    const from = Math.max(sentenceStart(text, first.offset), before ? before.offset + before.raw.length : 0);
    const firstWords = text.lastIndexOf(first.subject, first.offset);
    const lead = text.slice(from, Math.max(from, firstWords < 0 ? first.offset : firstWords)).replace(/^[，,。；;\s]+|[，,：:\s]+$/g, '');
    if (lead !== '') named[e.whole] = { ...whole, subject: `${lead}${whole.subject}` };
  }
  return named;
}
