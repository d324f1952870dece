// 「当面申请、网上申请和信函申请分别为4条、27条、2条」: the things listed before 分别 go with the numbers after
// it, in order. Each number gets the words of its own item (with what the items share after the last one,
// 「…的答复」, and what they did, said after 分别: 「…分别申请72件、6件」) as the words that say what it
// counts; when the items and numbers do not pair up one to one, none of them does.

import type { Claim } from '../model/types.ts';

const RESPECTIVELY = /分别(?:为|是|达|有|占)?/g;
const CLAUSE_START = /[，。；：:,;！？!?\n]/;

/** Claim index → the words of its item, for every number a 「分别」 pairs with an item. */
export function respectiveSubjects(text: string, claims: Claim[]): Map<number, string> {
  const subjects = new Map<number, string>();
  for (const m of text.matchAll(RESPECTIVELY)) {
    let from = m.index;
    while (from > 0 && !CLAUSE_START.test(text[from - 1]!)) from--;
    const listed = text.slice(from, m.index);
    const items = listed.split(/[、和及与]/).map((s) => s.trim()).filter((s) => s !== '');
    if (items.length < 2) continue;
    // The numbers right after 分别, up to the end of their clause.
    const after = m.index + m[0].length;
    let end = after;
    while (end < text.length && !/[，。；;！？!?]/.test(text[end]!)) end++;
    const numbers = claims.map((c, i) => ({ c, i })).filter(({ c }) => c.offset >= after && c.offset < end && c.unit !== '');
    if (numbers.length !== items.length) continue;
    // What the items share after the last one: 「同意部分公开的答复」 → 「的答复」.
    const last = items[items.length - 1]!;
    const shared = /的.*$/.exec(last)?.[0] ?? '';
    // What the items did, said between 分别 and the first number (「自然人、商业企业分别申请72件、3件」).
    const verb = text.slice(after, numbers[0]!.c.offset).replace(/[\s，,：:]/g, '');
    numbers.forEach(({ i }, k) => {
      const item = k === items.length - 1 ? last : `${items[k]!}${shared}`;
      subjects.set(i, `${item}${verb}`);
    });
  }
  return subjects;
}

/** The claims, each number a 「分别」 pairs with an item given that item's words for its subject. */
export function withItemWords(text: string, claims: Claim[]): Claim[] {
  const paired = respectiveSubjects(text, claims);
  return paired.size === 0 ? claims : claims.map((c, i) => (paired.has(i) ? { ...c, subject: paired.get(i)! } : c));
}
