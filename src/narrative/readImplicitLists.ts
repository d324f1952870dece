// Lists the prose gives without 「其中」: a whole followed by the categories of one division (「全年共受理
// 申请215件，从申请方式看，网络申请168件，占78.1%；当面申请39件…」), categories followed by their total
// (「予以公开112件、…、其他处理9件，以上合计办结262件」), or a parenthesis of categories right after a
// number (「4起行政争议（行政复议3起、行政诉讼1起）」). Only categories of one division make such a list:
// without a word that opens a list, nothing else says the numbers are parts.

import type { Claim, Enumeration } from '../model/types.ts';
import { categoriesOf, mayBeAll, partitionDivision } from './divisions.ts';
import { crossesSentence, sentenceEnd } from './sentences.ts';
import { exactSum } from './exactSum.ts';
import { wordsAfterNumber } from './wordsAfterNumber.ts';

/** Words that open a total after its parts, after the whole body's scope (「全县合计」, 「全市共计」). */
const TOTAL_AFTER = /^(全[县市区省镇乡旗州盟])?(以上|上述|共|合计|共计|总计|累计)/;
/** The words before a percentage that make it a share (or none: 「84件（40%）」). */
const SHARE_WORDS = /^$|占|比例|比重/;

export function readImplicitLists(text: string, claims: Claim[], depth: Uint16Array, known: Enumeration[]): Enumeration[] {
  const taken = new Set(known.flatMap((e) => [...e.parts, ...(e.parts.length >= 2 ? [e.whole] : [])]));
  const found: Enumeration[] = [];
  const counts = claims.map((c, i) => ({ c, i })).filter(({ c }) => c.unit !== '%' && c.unit !== '' && !c.approximate);
  for (let k = 0; k < counts.length; k++) {
    const { c: whole, i: w } = counts[k]!;
    if (taken.has(w)) continue;
    // Parts after the whole, in its sentence and at its depth or in a parenthesis right after it.
    const run: number[] = [];
    for (let m = k + 1; m < counts.length; m++) {
      const { c, i } = counts[m]!;
      if (c.unit !== whole.unit || taken.has(i) || crossesSentence(text, whole.offset, c.offset)) break;
      run.push(i);
    }
    const parts = longestPartition(run, claims);
    // A number in the middle of a list is one of its items, not the whole of the items after it.
    const previous = k > 0 && !crossesSentence(text, counts[k - 1]!.c.offset, whole.offset) && counts[k - 1]!.c.unit === whole.unit ? counts[k - 1]!.i : undefined;
    // So is a number that names a category of the same division as the number just before it
    // (「维持3件、其他结果1件；行政诉讼中直接起诉3件…」: 其他结果 is an item of the outcomes, not a whole).
    const inList =
      previous !== undefined &&
      parts.length >= 2 &&
      (partitionDivision([previous, ...parts].map((p) => claims[p]!.subject)) !== undefined || partitionDivision([previous, w].map((p) => claims[p]!.subject)) !== undefined);
    // Without 「其中」, a clause of its own (after 「；」) does not go on with the number before it.
    // Parts after 「其中」 or 「包括」 are an explicit list's (readEnumerations), read or left unread there.
    const newClause = parts.length > 0 && /[；;]|其中|包括/.test(text.slice(whole.offset, claims[parts[0]!]!.offset));
    if (parts.length >= 2 && !inList && !newClause && !sibling(text, whole, parts, claims, depth)) {
      const opensParenthesis = depth[claims[parts[0]!]!.offset]! > depth[whole.offset]!;
      const sameLevel = parts.every((p) => depth[claims[p]!.offset] === depth[claims[parts[0]!]!.offset]);
      if (sameLevel && (opensParenthesis || depth[claims[parts[0]!]!.offset] === depth[whole.offset])) {
        found.push(list(w, parts, claims, text, depth));
        [w, ...parts].forEach((i) => taken.add(i));
        continue;
      }
    }
    // Parts before a total: 「…，以上合计办结262件」.
    if (TOTAL_AFTER.test(whole.subject)) {
      const before: number[] = [];
      for (let m = k - 1; m >= 0; m--) {
        const { c, i } = counts[m]!;
        if (c.unit !== whole.unit || taken.has(i) || crossesSentence(text, c.offset, whole.offset)) break;
        before.unshift(i);
      }
      const tail = longestPartition(before.slice().reverse(), claims).reverse();
      if (tail.length >= 2 && tail[tail.length - 1] === before[before.length - 1]) {
        found.push(list(w, tail, claims, text, depth));
        [w, ...tail].forEach((i) => taken.add(i));
      }
    }
  }
  return found;
}

/**
 * The longest leading run of claims (two or more) whose words name categories of one division. A claim
 * whose words end in 和 / 及 / 的 (「11个县市区和32个市直部门」) names the thing counted after the number
 * before it, not its own category: the run stops there.
 */
function longestPartition(run: number[], claims: Claim[]): number[] {
  const usable = run.findIndex((i) => /[和及与的]$/.test(claims[i]!.subject));
  const candidates = usable < 0 ? run : run.slice(0, usable);
  for (let n = candidates.length; n >= 2; n--) if (partitionDivision(candidates.slice(0, n).map((i) => claims[i]!.subject))) return candidates.slice(0, n);
  return [];
}

/**
 * Whether the would-be whole is itself a category of the parts' division (a sibling, not their total), by
 * its words before the number or, when the number leads its words, after it (「共有2件申请因信息不存在未能
 * 提供，5件告知…，另有3件…」: 共有 counts that one outcome, not the outcomes after it).
 */
function sibling(text: string, whole: Claim, parts: number[], claims: Claim[], depth: Uint16Array): boolean {
  const division = partitionDivision(parts.map((p) => claims[p]!.subject));
  // Categories of information add up to a count of information in general (「主动公开政府信息2069条」).
  if (division === 'information') return /类/.test(whole.subject) || !/信息$/.test(whole.subject.replace(/(数|的|为|是|共|计|达|有|总数|数量)+$/, ''));
  // Parts in a bracket right after the number break it down (「6件申请作出不予处理决定（信访举报投诉类4件、…）」):
  // there its words after it name the group they belong to.
  const bracketed = depth[claims[parts[0]!]!.offset]! > depth[whole.offset]!;
  const words = bracketed ? [whole.subject] : [whole.subject, wordsAfterNumber(text, whole)];
  return words.some((w) => categoriesOf(w).some((c) => c.startsWith(`${division}:`)));
}

function list(whole: number, parts: number[], claims: Claim[], text: string, depth: Uint16Array): Enumeration {
  // A percentage after a part and before the next one is that part's share of the whole.
  // A total printed after its parts ends its last part's words (「…，全市共计591件，市本级占34.3%」): a share
  // after it is the share of the part its words name, or of none.
  const after = claims[whole]!.offset > claims[parts[parts.length - 1]!]!.offset ? claims[whole]!.offset : undefined;
  const named = after === undefined ? [] : claims.flatMap((c, index) => {
    if (c.unit !== '%' || c.offset < after || crossesSentence(text, after, c.offset) || !SHARE_WORDS.test(c.subject.replace(/^.*?(?=占)/, ''))) return [];
    const words = c.subject.replace(/占.*$/, '');
    const owner = parts.filter((p) => words !== '' && categoriesOf(words).some((k) => categoriesOf(claims[p]!.subject).includes(k)));
    return owner.length === 1 ? [{ part: owner[0]!, percent: index }] : [];
  });
  const shares = [...parts.flatMap((part, i) => {
    const next = parts[i + 1] !== undefined ? claims[parts[i + 1]!]!.offset : Math.min(after ?? Infinity, sentenceEnd(text, claims[part]!.offset));
    const percent = claims.findIndex(
      (c) => c.unit === '%' && c.offset > claims[part]!.offset && c.offset < next && SHARE_WORDS.test(c.subject) && !/率/.test(c.subject) && depth[c.offset]! <= depth[claims[part]!.offset]! + 1,
    );
    return percent >= 0 ? [{ part, percent }] : [];
  }), ...named];
  const addsUp = exactSum(parts.map((p) => claims[p]!.value)) === claims[whole]!.value;
  return { whole, parts, complete: addsUp || mayBeAll(parts.map((p) => claims[p]!.subject)), ...(shares.length ? { shares } : {}) };
}
