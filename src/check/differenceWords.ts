// A difference said the way a reader says it: 「分项合计比总数多 145」, not 「相差 -145」. Which side is larger
// is in the words, so the sign of a number never has to be decoded.

import type { Bilingual } from '../model/types.ts';
import { roundDelta } from './tolerance.ts';

/** How `computed` (what the parts give) stands to `stated` (the printed total), in words. */
export function partsVersusTotal(stated: number, computed: number, parts: Bilingual = { zh: '分项合计', en: 'the parts add up to' }): Bilingual {
  const d = roundDelta(Math.abs(computed - stated));
  return computed > stated
    ? { zh: `${parts.zh}比总数多 ${d}`, en: `${parts.en} ${d} more than the total` }
    : { zh: `${parts.zh}比总数少 ${d}`, en: `${parts.en} ${d} less than the total` };
}

/** How the prose's number stands to the table's. */
export function textVersusTable(stated: number, table: number): Bilingual {
  const d = roundDelta(Math.abs(stated - table));
  return stated > table ? { zh: `正文比表格多 ${d}`, en: `the text says ${d} more than the table` } : { zh: `正文比表格少 ${d}`, en: `the text says ${d} less than the table` };
}

/**
 * How two sides that should be equal differ, naming the larger: 「左边比右边多 d」. `left` and `right` are
 * what a reader calls each side (「一 + 二」, 「三（七） + 四」; 「本表」, 「上年报告」).
 */
export function sideVersusSide(leftValue: number, rightValue: number, left: Bilingual, right: Bilingual): Bilingual {
  const d = roundDelta(Math.abs(leftValue - rightValue));
  return leftValue > rightValue
    ? { zh: `${left.zh}比${right.zh}多 ${d}`, en: `${left.en} is ${d} more than ${right.en}` }
    : { zh: `${left.zh}比${right.zh}少 ${d}`, en: `${left.en} is ${d} less than ${right.en}` };
}

/** The two sides of an identity or a pair, as a sentence that has just named them calls them. */
export const FIRST_SIDE: Bilingual = { zh: '前者', en: 'the first' };
export const SECOND_SIDE: Bilingual = { zh: '后者', en: 'the second' };
