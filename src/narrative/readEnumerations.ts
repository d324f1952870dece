// Finds a whole and the parts the prose lists of it: 「申请办结464件，…，其中属于已主动公开范围数为186件、
// 同意公开答复数252件…」, 「在…主动公开的2026条政府信息中，A 161条…」, and a parenthesis right after a number
// that says what it includes: 「共办结申请520件（含上年结转40件）」. A parenthetical number is a part of the
// number before it, never the whole of what follows the parenthesis. Parts share the whole's measure word;
// whether they are a partition (categories of one division, which must add up) or overlapping subsets
// (which must each stay within the whole) is read from their words (divisions.ts).

import { claimsIn, indexOfClaims } from './claimsIn.ts';
import type { Claim, Enumeration } from '../model/types.ts';
import { categoriesOf, isPartition, mayBeAll, partitionDivision } from './divisions.ts';
import { joinCarriedOver } from './carriedOver.ts';
import { readAdditions } from './additions.ts';
import { withItemWords } from './respectively.ts';
import { parenDepths } from './parenDepths.ts';
import { SENTENCE_END, sentenceStart } from './sentences.ts';
import { exactSum } from './exactSum.ts';
import { isLevelClaim, readLevelSplits } from './readLevelSplits.ts';
import { wordsAfterNumber } from './wordsAfterNumber.ts';
import { readImplicitLists } from './readImplicitLists.ts';
import { readShareOf } from './readShareOf.ts';
import { namesPeriod, periodAt } from './period.ts';


/** 「在…主动公开的2026条政府信息中，A 161条…」: a whole followed by 「…中，」 (or 「…里，」) opens a list too. */
const WHOLE_THEN_IN = /(\d+(?:\.\d+)?)\s*([条件个项份])[^，,。；;：:\d（）()]{0,14}[中里][，,：:]/g;
/** Words of a change, or of the other year's figure a change is measured from: no whole of this year's parts. */
const COMPARED = /同比|环比|较(?!为|多|少|大|好)|比上|上一?年(?!度?结转)|去年|增加|减少|增长|下降|上升/;
/** Words of a change from another period: such a number is not a part of anything this year. */
const CHANGE = /同比|环比|较上|比上|增加|减少|增长|下降|上升/;
/** How far before a heading (characters of prose) the whole it announces may be said. */
const ANNOUNCED_REACH = 300;
/** How far before 「含/包括」 a number may start and still end within two characters of it (the longest claim is far shorter). */
const NEAR_REACH = 64;
/** Words that announce a breakdown after a colon. */
const ANNOUNCES = /(类别|分类|构成|分布)(主要)?(有|为|是|如下)?[：:]/g;
/** A parenthesis that says what the number before it includes. */
const INCLUDES = /[（(]\s*(其中|含|包括|包含|内含)/g;
/** Words of a list that says it is not all of them. */
const PARTIAL = /主要|等[方面类项]?|包括但不限于|部分(?!公开)|涉及|居前|前[两二三四五]位|位居前/;
/** The words before a percentage that make it a share of the whole (or none: 「148条（34.8%）」). */
const SHARE_WORDS = /^$|占|比例|比重|^达$|^为$/;

interface Opener {
  at: number;
  length: number;
  whole?: Claim;
  /** The opener sits inside a parenthesis that qualifies the number before it. */
  parenthetical?: boolean;
}

/** A subject that says nothing of what is counted: the words after the number do (「39件予以公开」). */
const BARE = /^[\s，,、；;]*$|^(其中|另有|还有|尚有|其余|此外)[\s，,：:]*$/;
/** Words after a number that say what all of it is (「已审结的4起均为维持」). */
const ALL_OF_IT = /^(?:均|全部|都)(?:为|是|系)/;

export function readEnumerations(text: string, given: Claim[]): Enumeration[] {
  // Lists are read from each number's words; a number that leads its words (「87件已办结申请中，39件予以公开，
  // 12件部分公开」) is read with the few words after it. Enumerations refer to claims by index, so the
  // claims handed out are the given ones.
  // A number a 「分别」 pairs with an item (「结果维持、结果纠正分别为3件、1件」) is read with that item's words.
  const claims = withItemWords(text, given).map((c, i) => {
    if (c !== given[i]) return c;
    const after = wordsAfterNumber(text, c);
    return BARE.test(c.subject) || ALL_OF_IT.test(after) ? { ...c, subject: `${c.subject}${after}` } : c;
  });
  const depth = parenDepths(text);
  const indexOf = indexOfClaims(claims);
  const openers: Opener[] = [];
  for (const m of text.matchAll(/其中|包括/g)) if (!/[（(]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) openers.push({ at: m.index, length: 2 });
  // 「法人或其他组织提出48件，具体为商业企业39件、…」, 「…26件，占14.9%，分别为商业企业21件、…」: right after a
  // number (a share of it between), these words open a breakdown of that number.
  for (const m of text.matchAll(/具体为|具体是|具体包括|分别为|分别是/g)) {
    const before = lastBefore(claimsIn(claims, m.index - NEAR_REACH, m.index), m.index, (c) => c.unit !== '%');
    if (!before || before.unit === '' || /[。！？!?；;]/.test(text.slice(before.offset, m.index))) continue;
    const between = text.slice(before.offset + before.raw.length, m.index).replace(/[，,]?\s*(占|为)?[^，,。；;]{0,8}?\d+(\.\d+)?\s*[%％]/g, '');
    if (/^[，,：:\s]*$/.test(between)) openers.push({ at: m.index, length: m[0].length, whole: before });
  }
  // 「行政复议案件共7件，结果维持、结果纠正、其他结果、尚未审结分别为3件、1件、1件、1件」: a clause right after a
  // number that names items and gives them numbers by 分别 lists that number's parts.
  for (const m of text.matchAll(/分别(?:为|是|有|达)/g)) {
    let from = m.index;
    while (from > 0 && !/[，,；;。：:]/.test(text[from - 1]!)) from--;
    const items = text.slice(from, m.index);
    if (from === 0 || /\d/.test(items) || !/[、和及与]/.test(items) || !/[，,]/.test(text[from - 1]!)) continue;
    const before = lastBefore(claimsIn(claims, from - NEAR_REACH, from), from, (c) => c.unit !== '%');
    if (!before || before.unit === '' || !/^[，,]$/.test(text.slice(before.offset + before.raw.length, from))) continue;
    openers.push({ at: from, length: 0, whole: before });
  }
  for (const m of text.matchAll(WHOLE_THEN_IN)) {
    const whole = claimsIn(claims, m.index, m.index + 1)[0];
    if (whole) openers.push({ at: m.index + m[0].length - 1, length: 1, whole });
  }
  // 「主动公开政府信息的主要类别有：机构职能类信息594条，…」: a heading that announces the parts of a
  // whole stated just before.
  for (const m of text.matchAll(ANNOUNCES)) {
    // Its whole is the last number before it said of the whole body, not of one level (「各乡镇…856条」).
    const at = m.index + m[0].length - 1;
    const whole = lastBefore(claimsIn(claims, at - ANNOUNCED_REACH, at), at, (c) => c.unit !== '%' && c.unit !== '' && !isLevelClaim(c));
    if (whole) openers.push({ at, length: 1, whole });
  }
  for (const m of text.matchAll(INCLUDES)) {
    const whole = lastBefore(claimsIn(claims, m.index - NEAR_REACH, m.index), m.index, (c) => m.index - (c.offset + c.raw.length) <= 2 && depth[c.offset] === depth[m.index]);
    if (whole) openers.push({ at: m.index + m[0].length - m[1]!.length, length: m[1]!.length, whole, parenthetical: true });
  }
  // 「不予处理4件（信访举报投诉类3件、重复申请1件）」: a parenthesis right after a number that lists numbers
  // of its measure word breaks it down as 「含」 would; one that compares (上年, 同比) or lists a single number
  // says nothing of a breakdown.
  for (const m of text.matchAll(/[（(]/g)) {
    if (/^[（(]\s*(其中|含|包括|包含|内含)/.test(text.slice(m.index, m.index + 4))) continue;
    const whole = lastBefore(claimsIn(claims, m.index - NEAR_REACH, m.index), m.index, (c) => m.index - (c.offset + c.raw.length) <= 1 && depth[c.offset] === depth[m.index]);
    if (!whole || whole.unit === '%' || whole.unit === '' || whole.approximate) continue;
    const close = closeOf(text, depth, m.index + 1);
    if (COMPARED.test(text.slice(m.index + 1, close)) || /\d{4}年/.test(text.slice(m.index + 1, close))) continue;
    const listed = claimsIn(claims, m.index + 1, close).filter((c) => c.unit === whole.unit && depth[c.offset] === depth[m.index]! + 1);
    if (listed.length >= 2) openers.push({ at: m.index + 1, length: 0, whole, parenthetical: true });
  }
  openers.sort((a, b) => a.at - b.at);
  type List = { order: number; opener: Opener; at: number; level: number; end: number; inList: Claim[]; whole?: Claim; nested?: boolean };
  const lists: List[] = [];
  // The lists each claim is a part of, in the order they were read (the lists are many in a long text).
  const listsHolding = new Map<Claim, List[]>();
  const hold = (c: Claim, list: List) => {
    const holding = listsHolding.get(c);
    if (!holding) listsHolding.set(c, [list]);
    else if (!holding.includes(list)) {
      holding.push(list);
      holding.sort((a, b) => a.order - b.order);
    }
  };
  const addList = (list: Omit<List, 'order'>) => {
    const withOrder = { ...list, order: lists.length };
    lists.push(withOrder);
    for (const c of withOrder.inList) hold(c, withOrder);
  };
  for (const opener of openers) {
    const at = opener.at;
    const level = depth[at]!;
    const end = opener.parenthetical ? closeOf(text, depth, at) : endOfList(text, depth, at + opener.length);
    // Numbers in brackets break down the part before them (「28条（包括撤销的10条和…18条）」), not the whole.
    const inList = claimsIn(claims, at + 1, end).filter((c) => c.unit !== '%' && depth[c.offset] === level);
    let whole = opener.whole ?? wholeBefore(text, depth, claims, at, inList);
    // A 「其中」 right after a category of an earlier list. When the numbers after it go on with that list's
    // categories (「予以公开14件，部分公开5件，不予公开9件，其中属于保护第三方合法权益6件…，无法提供6件，不予处理
    // 2件」), it breaks the category down and the list resumes after it. Otherwise (「…，不予处理4件；其中涉及
    // 房屋征收的有31件」) it speaks of the earlier list's whole, not of the category.
    // A category that is itself a group of the categories after it (「法人或其他组织34件，其中商业企业27件、
    // 法律服务机构5件」) is broken down by them, whatever the list it stands in.
    // (A whole the opener names itself, 「不予处理的36件中，」, is that whole.)
    const earlier = whole && !opener.whole && (listsHolding.get(whole) ?? []).find((l) => l.whole && l.inList.indexOf(whole!) >= 0 && l.inList.indexOf(whole!) < partitionPrefix(l.inList.filter((c) => c.unit === l.whole!.unit)));
    if (earlier && groupsTheParts(whole!, inList)) {
      addList({ opener, at, level, end, inList, whole, nested: true });
      continue;
    }
    if (earlier) {
      const division = partitionDivision(earlier.inList.filter((c) => c.unit === earlier.whole!.unit).map((c) => c.subject));
      const resumes = inList.findIndex((c) => division !== undefined && categoriesOf(c.subject).some((k) => k.startsWith(`${division}:`)) && partitionDivision([...earlier.inList, c].filter((x) => x.unit === earlier.whole!.unit).map((x) => x.subject)) === division);
      if (resumes > 0) {
        earlier.inList.push(...inList.slice(resumes));
        for (const c of inList.slice(resumes)) hold(c, earlier);
        addList({ opener, at, level, end: inList[resumes]!.offset, inList: inList.slice(0, resumes), whole, nested: true });
        continue;
      }
      whole = earlier.whole;
    }
    addList({ opener, at, level, end, inList, whole });
  }
  // 「新收147件，其中网上102件、当面31件；办结145件，其中予以公开63件」: a later list's whole ends the list
  // before it, so two lists in one sentence never merge.
  // A parenthesis qualifying a part (「28条（包括撤销的10条…）」) leaves the part in its list.
  // A category broken down inside its list (nested) stays one of the list's parts too.
  const laterWholes = new Set(lists.flatMap((l) => (l.whole && !l.opener.parenthetical && !l.nested ? [l.whole] : [])));
  const enumerations: Enumeration[] = [];
  for (const { opener, at, level, end: listEnd, inList: all, whole: nearest } of lists) {
    if (!nearest || nearest.approximate) continue;
    const cut = all.findIndex((c) => laterWholes.has(c));
    const inList = cut < 0 ? all : all.slice(0, cut);
    const end = cut < 0 ? listEnd : all[cut]!.offset;
    // A number printed without its unit (「不予公开信息数1402。」) in the list is still one of its parts; a
    // change (「同比减少12件」) is not.
    const listed = inList.filter((c) => (c.unit === nearest.unit || (c.unit === '' && inList.some((o) => o.unit === nearest.unit))) && !CHANGE.test(c.subject));
    // 「不予公开的4件中，涉及执法案卷3件…；不予处理的7件均为…」: a number whose words name another group of
    // answers than the one the whole's words name is that group's own count, never a part of the whole:
    // the list ended before it.
    const sibling = listed.findIndex((c) => namesSiblingCategory(nearest.subject, c.subject));
    const parts = sibling < 0 ? listed : listed.slice(0, sibling);
    if (parts.length === 0 || parts[0]!.unit === '' || parts.some((p) => p.approximate)) continue;
    // 「受理申请17件，历年累计受理96件，其中当面5件、网上12件」: a list right after a cumulative figure that
    // restates an earlier one of its sentence lists parts of that earlier figure when they add up to it
    // exactly and not to the cumulative one.
    const whole = opener.whole || opener.parenthetical ? nearest : (yearWholeOf(text, claims, nearest, parts) ?? nearest);
    const last = parts[parts.length - 1]!;
    // Whether the list calls itself partial is said within it or right after its last part (「…20件等」),
    // or earlier in its sentence, a heading included (「（二）主动公开政府信息的主要类别…」); never in
    // another sentence, so that the prose around a list does not change how it is checked.
    const sentenceFrom = sentenceStart(text, at);
    const listText = text.slice(sentenceFrom, at) + text.slice(at, Math.min(end, last.offset + last.raw.length + 4));
    // A percentage printed after a part and before the next one is that part's share of the whole.
    // A rate (「按时办结率100%」) is not a share; a share says 占 / 比例, or stands bare after its part.
    const percents = claimsIn(claims, at + 1, end).filter((c) => c.unit === '%' && depth[c.offset] === level && SHARE_WORDS.test(c.subject) && !/率/.test(c.subject));
    // 「县直部门196件、乡镇62件，占比分别为76%和24%」: percentages after the last part that say 分别 are the
    // parts' shares in order, when there are as many; otherwise none of them is the last part's.
    const respectively = percents.find((p) => p.offset > last.offset && /分别/.test(p.subject));
    const inOrder = respectively ? claimsIn(claims, respectively.offset, end).filter((c) => c.unit === '%' && depth[c.offset] === level) : [];
    const shares = respectively
      ? inOrder.length === parts.length
        ? parts.map((part, i) => ({ part: indexOf(part), percent: indexOf(inOrder[i]!) }))
        : []
      : parts.flatMap((part, i) => {
          const next = parts[i + 1]?.offset ?? end;
          const percent = percents.find((p) => p.offset > part.offset && p.offset < next);
          // 「…电子邮件申请3条，网上申请占67.2%」: a share that names another part is that part's.
          const owner = percent ? (namedPart(percent, parts) ?? (namesOther(percent, part) ? undefined : part)) : part;
          return percent && owner ? [{ part: indexOf(owner), percent: indexOf(percent) }] : [];
        });
    const between = text.slice(whole.offset + whole.raw.length, at);
    const complete =
      !PARTIAL.test(listText) && !namedBetween(between, parts) && (sumOf(parts) === whole.value || mayBeAll(parts.map((p) => p.subject)) || declaredAll(between, parts));
    // 「其中当面申请37件、网络申请44件、信函申请12件，涉及农村土地征收的有28件」: the categories of one division
    // are a partition, and an attribute listed after them cuts across it.
    // Only a clear run counts: most of the list, with one or two attributes after it. Split so, the
    // categories may still leave one out, so they are only checked for exceeding the whole.
    // 「共收到563件，其中新收551件、上年结转12件，按申请人类型分，自然人542件…」: the parts turn from one
    // division to another; the second run breaks down the item of the first it adds up to (or the whole).
    // 「历年累计主动公开21543条，其中2012年新增4310条，通过网站公开4186条、通过公报公开124条」: a first part
    // that names the year under a cumulative whole is the year's share of it, and the parts after it, which
    // name no period of their own, break down that year's figure, not the run of years.
    // 「行政复议5件、行政诉讼3件，其中复议维持3件、纠错1件，诉讼驳回2件」: one 「其中」 after two counts of
    // different kinds of case lists the parts of each in turn.
    const byKind = splitByCaseKind(text, claims, whole, parts);
    if (byKind) {
      for (const [owner, group] of byKind) {
        enumerations.push({ whole: indexOf(owner), parts: group.map(indexOf), complete, ...(isPartition(group.map((p) => p.subject)) ? {} : { subset: true }) });
      }
      continue;
    }
    const year = periodTurn(whole, parts);
    if (year) {
      enumerations.push({ whole: indexOf(whole), parts: [indexOf(year.part)], complete: false, subset: true });
      enumerations.push({ whole: indexOf(year.part), parts: year.rest.map(indexOf), complete, ...(isPartition(year.rest.map((p) => p.subject)) ? {} : { subset: true }) });
      continue;
    }
    const turn = divisionTurn(parts);
    if (turn) {
      const [first, second] = turn;
      const owner = first.find((c) => c.value === sumOf(second)) ?? (sumOf(second) === whole.value ? whole : undefined);
      enumerations.push({ whole: indexOf(whole), parts: first.map(indexOf), complete: false, ...(first.length >= 2 ? {} : { subset: true }) });
      if (owner) enumerations.push({ whole: indexOf(owner), parts: second.map(indexOf), complete: true });
      continue;
    }
    // A list whose parts add up exactly to its whole is a breakdown of it, whatever its words.
    const reconciles = parts.length >= 2 && sumOf(parts) === whole.value;
    const split = reconciles ? 0 : partitionPrefix(parts);
    const rest = parts.length - split;
    const lists = split >= 2 && rest >= 1 && rest <= 2 && split > rest ? [parts.slice(0, split), parts.slice(split)] : [parts];
    lists.forEach((group, i) => {
      const partition = reconciles || ((lists.length === 1 || i === 0) && isPartition(group.map((p) => p.subject)));
      const own = shares.filter((s) => group.includes(claims[s.part]!));
      enumerations.push({
        whole: indexOf(whole),
        parts: group.map(indexOf),
        complete: lists.length === 1 && complete,
        ...(partition ? {} : { subset: true }),
        ...(own.length ? { shares: own } : {}),
      });
    });
  }
  const implicit = readImplicitLists(text, claims, depth, enumerations);
  const levels = readLevelSplits(text, claims, [...enumerations, ...implicit]);
  const added = readAdditions(text, claims, [...enumerations, ...implicit, ...levels]);
  const all = joinCarriedOver(claims, [...enumerations, ...implicit, ...levels, ...added]);
  return [...all, ...readShareOf(text, claims, all)];
}

/** The one part whose category the share's own words name (「网上申请占67.2%」), if any. */
function namedPart(percent: Claim, parts: Claim[]): Claim | undefined {
  const words = categoriesOf(percent.subject.replace(/占.*$|比例|比重/g, ''));
  if (words.length === 0) return undefined;
  const named = parts.filter((p) => categoriesOf(p.subject).some((k) => words.includes(k)));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether a share's own words name a list of other things than its part (「其中主要负责同志解读6次，图解、视频解读等
 * 多元化解读占比达61.5%」): several items or an 等 before 占, none of them the part's category. Such a share is
 * no part's: its part is not printed.
 */
function namesOther(percent: Claim, part: Claim): boolean {
  const words = percent.subject.replace(/(占比?|比例|比重).*$/, '').replace(/^[，,、\s]*(其中|分别|合计|共计|约|达|为)?/, '');
  if (!/[、等]/.test(words) || words.length < 4) return false;
  const own = categoriesOf(part.subject);
  return !categoriesOf(words).some((k) => own.includes(k)) && !words.includes(part.subject.replace(/^(其中|，|,)+/, ''));
}

/** Words of the applicants that are not natural persons, the group the other applicant types make up. */
const ORGANISATIONS = /法人(或|和|或者|及|与)(其他|其它)组织/;

/** Whether the whole names a group (法人或其他组织) of which every part names a member, none the group's sibling. */
function groupsTheParts(whole: Claim, parts: Claim[]): boolean {
  return ORGANISATIONS.test(whole.subject) && parts.length > 0 && parts.every((p) => !/自然人|公民|个人|群众/.test(p.subject) && !ORGANISATIONS.test(p.subject) && categoriesOf(p.subject).some((k) => k.startsWith('applicant:')));
}

/** The kind of case words name (复议 or 诉讼), with 「未经复议直接起诉」 and 「复议后起诉」 counted as lawsuits. */
function caseKind(words: string): 'review' | 'lawsuit' | undefined {
  const w = words.replace(/未经复议|复议后|经复议/g, '诉讼');
  const [review, lawsuit] = [/复议/.test(w), /诉讼|起诉/.test(w)];
  return review === lawsuit ? undefined : review ? 'review' : 'lawsuit';
}

/**
 * The parts of a list as the parts of two counts said together before it (「行政复议5件、行政诉讼3件，其中…」),
 * when the counts are of different kinds of case, its first part names one of them and every part either
 * names a kind or follows one that does. Undefined otherwise.
 */
function splitByCaseKind(text: string, claims: Claim[], whole: Claim, parts: Claim[]): Array<[Claim, Claim[]]> | undefined {
  const at = claims.indexOf(whole);
  const other = claims[at - 1];
  const ownKind = caseKind(whole.subject);
  if (!other || !ownKind || other.unit !== whole.unit || /[。！？!?；;]/.test(text.slice(other.offset, whole.offset))) return undefined;
  const otherKind = caseKind(other.subject);
  if (!otherKind || otherKind === ownKind || caseKind(parts[0]!.subject) === undefined) return undefined;
  const owners = { [ownKind]: whole, [otherKind]: other } as Record<'review' | 'lawsuit', Claim>;
  const groups = new Map<Claim, Claim[]>([[other, []], [whole, []]]);
  let kind = caseKind(parts[0]!.subject)!;
  for (const part of parts) {
    kind = caseKind(part.subject) ?? kind;
    groups.get(owners[kind])!.push(part);
  }
  if (groups.get(other)!.length === 0) return undefined;
  return [...groups].filter(([, group]) => group.length > 0);
}

/**
 * The groups of answers, one level of them only (their reasons are parts of them, not siblings): a
 * number named by one of them is never a part of a number named by another.
 */
const ANSWER_GROUPS = [/予以公开|同意公开|准予公开/, /部分公开/, /不予公开|不同意公开/, /无法提供/, /不予处理/, /其他处理/];

/** Whether the whole's words name exactly one group of answers and the part's words exactly one other. */
function namesSiblingCategory(whole: string, part: string): boolean {
  const groups = (words: string) => ANSWER_GROUPS.flatMap((g, i) => (g.test(words) ? [i] : []));
  const [mine, theirs] = [groups(whole), groups(part)];
  return mine.length === 1 && theirs.length === 1 && theirs[0] !== mine[0];
}

/**
 * The figure of the year a list's parts add up to, when the whole read for them (the nearest number
 * before) is a cumulative figure and the year's figure is said just before it in the same sentence.
 */
function yearWholeOf(text: string, claims: Claim[], nearest: Claim, parts: Claim[]): Claim | undefined {
  if (parts.length < 2 || !namesPeriod(nearest.subject) || periodAt(nearest.subject) !== 'cumulative') return undefined;
  const sum = sumOf(parts);
  if (sum === nearest.value) return undefined;
  const start = sentenceStart(text, nearest.offset);
  const before = claims.filter((c) => c.offset >= start && c.offset < nearest.offset && c.unit === nearest.unit);
  const year = before[before.length - 1];
  return year && year.value === sum && periodAt(text.slice(start, year.offset + year.raw.length)) === 'year' ? year : undefined;
}

/**
 * The year's part of a cumulative whole and the parts after it, when the whole's words are cumulative
 * (累计, 历年, 以来), its first part's words name the year and the parts after it name no period.
 */
function periodTurn(whole: Claim, parts: Claim[]): { part: Claim; rest: Claim[] } | undefined {
  const [first, ...rest] = parts;
  if (!first || rest.length === 0 || !namesPeriod(whole.subject) || periodAt(whole.subject) !== 'cumulative') return undefined;
  if (!namesPeriod(first.subject) || periodAt(first.subject) !== 'year' || rest.some((p) => namesPeriod(p.subject))) return undefined;
  return { part: first, rest };
}

/**
 * The parts as two runs when they name categories of one division and then of another (two or more
 * there): 新收 / 上年结转 then 自然人 / 法律服务机构; 行政复议 then 维持 / 纠错. Undefined otherwise.
 */
function divisionTurn(parts: Claim[]): [Claim[], Claim[]] | undefined {
  const divisionsOf = (c: Claim) => new Set(categoriesOf(c.subject).map((k) => k.split(':')[0]!));
  // The first run's divisions are those its first two parts name different categories of (直接起诉 and
  // 复议后起诉 are two kinds of lawsuit, but both lawsuits: 「诉讼结果维持」 after them turns to outcomes).
  const firstTwo = parts.length >= 2 ? new Set(categoriesOf(parts[0]!.subject).filter((k) => !categoriesOf(parts[1]!.subject).includes(k)).map((k) => k.split(':')[0]!).filter((d) => divisionsOf(parts[1]!).has(d))) : undefined;
  const first = firstTwo && firstTwo.size > 0 ? firstTwo : divisionsOf(parts[0]!);
  if (first.size === 0) return undefined;
  let k = 1;
  while (k < parts.length && [...divisionsOf(parts[k]!)].some((d) => first.has(d))) k++;
  const second = parts.slice(k);
  if (k >= parts.length || second.length < 2 || !isPartition(second.map((c) => c.subject))) return undefined;
  if (second.some((c) => [...divisionsOf(c)].some((d) => first.has(d)))) return undefined;
  return [parts.slice(0, k), second];
}

/** The length of the longest run of Han characters two words share (「被申请行政复议」, 「行政复议结果维持」 → 4). */
function commonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k] && /[\u4e00-\u9fff]/.test(a[i + k]!)) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/** The parts' sum, exact for the decimals they print. */
const sumOf = (parts: Claim[]): number => exactSum(parts.map((p) => p.value));

/** The length of the longest leading run of parts (two or more) that is a partition, or 0. */
function partitionPrefix(parts: Claim[]): number {
  for (let n = parts.length; n >= 2; n--) if (isPartition(parts.slice(0, n).map((p) => p.subject))) return n;
  return 0;
}

function lastBefore(claims: Claim[], at: number, test: (c: Claim) => boolean): Claim | undefined {
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i]!;
    if (c.offset < at && test(c)) return c;
  }
  return undefined;
}

/**
 * The whole a 「其中」 list breaks down: the nearest number before it with the parts' unit, outside any
 * parenthesis, in the same sentence, or in the sentence before when 「其中」 opens the sentence.
 */
function wholeBefore(text: string, depth: Uint16Array, claims: Claim[], at: number, inList: Claim[]): Claim | undefined {
  const unit = inList.find((c) => c.unit !== '')?.unit;
  if (!unit) return undefined;
  const sentenceFrom = sentenceStart(text, at);
  // A colon heading (「…的主要类别有：」) holds no number of its own: its whole is said before it.
  const before = claimsIn(claims, sentenceFrom, at);
  const opensSentence = text.slice(sentenceFrom, at).replace(/[\s，,]/g, '') === '' || (text[at] === '：' || text[at] === ':') && before.length === 0;
  if (!opensSentence) {
    // The nearest number before is the whole; a zero has no parts, so 「收到申请27件，上年结转0件，其中自然人
    // 申请25件」 speaks of the 27. (A nearer whole the parts exceed stays the whole: that excess is what
    // the check is for.)
    const total = sumOf(inList.filter((c) => c.unit === unit || c.unit === ''));
    // A change (「较上年增加7件」) or the figure of another year it is measured from (「较2012年的28件」) is
    // no whole of this year's parts.
    const candidates = before.filter((c) => c.unit === unit && depth[c.offset] === depth[at] && !c.approximate && !(c.value === 0 && total > 0) && !COMPARED.test(c.subject));
    const nearest = candidates[candidates.length - 1];
    // 「新收申请19件，上年结转1件，其中自然人申请17件」: parts larger than the nearest number, with an earlier
    // number of the sentence that could hold them, leave the whole uncertain: no list is read.
    // (A number before a list that the nearest one belongs to is not such a number: 「答复的72件中，…不予处理4件；
    // 其中涉及房屋征收的31件」 is about the 72, which the caller finds through that list.)
    const largest = Math.max(...inList.filter((c) => c.unit === unit).map((c) => c.value));
    const firstList = text.slice(sentenceFrom, at).indexOf('其中');
    const nearestInList = nearest !== undefined && /其中|包括|中[，,：:]/.test(text.slice(sentenceFrom, nearest.offset));
    if (nearest && !nearestInList && largest > nearest.value && candidates.some((c) => c !== nearest && c.value >= largest)) {
      // Unless the parts add up exactly to one of those earlier numbers: that one is their whole.
      const exact = candidates.filter((c) => c !== nearest && c.value === total);
      return exact.length === 1 ? exact[0] : undefined;
    }
    // 「行政复议2件、行政诉讼1件，其中行政复议结果维持1件…」: when the first part names what an earlier number
    // counts (行政复议) and the nearest number shares none of its words, the parts are the earlier one's.
    const first = inList[0]?.subject.replace(/^其中[，,：:]?/, '') ?? '';
    const shared = (c: Claim) => commonRun(c.subject, first);
    if (nearest && shared(nearest) < 3) {
      // Only numbers said before any list of the sentence: the parts of an earlier list are no wholes.
      const named = candidates.filter((c) => shared(c) >= 4 && (firstList < 0 || c.offset < sentenceFrom + firstList));
      if (named.length === 1) return named[0];
    }
    return nearest;
  }
  // 「其中」 opening a sentence speaks of a number of the sentence before; when that sentence gives several
  // (「主动公开政府文件5362件，历年累计主动公开31547件。其中…」), only one its parts add up to is certain.
  const reach = sentenceStart(text, Math.max(0, sentenceFrom - 1));
  const candidates = claimsIn(claims, reach, sentenceFrom).filter((c) => c.unit === unit && !c.approximate && depth[c.offset] === 0);
  if (new Set(candidates.map((c) => c.value)).size <= 1) return candidates[candidates.length - 1];
  const total = sumOf(inList.filter((c) => c.unit === unit || c.unit === ''));
  const equal = candidates.filter((c) => c.value === total);
  return equal.length >= 1 && new Set(equal.map((c) => c.value)).size === 1 ? equal[equal.length - 1] : undefined;
}

/**
 * A list runs to the end of its sentence, or to the next 「其中」, or to a semicolon after which the prose
 * turns to another whole: 「…；对依申请公开的答复总数21条，其中…」, 「…；因政府信息公开引起的行政复议…」.
 */
const NEW_TOPIC = /^\s*(因|另|此外|同时|对|全年|全区|全市|全县|自|截至|截止|累计|历年)|^[^，,。；;]*(总数|合计|总计|复议|诉讼)/;

// (「尚有1件正在审理」 is the rest of the list, one of its parts: 尚有 is not here.)
// 「另3件」 is outside too, but 「另行制作」 is a reason of 无法提供.
const OUTSIDE = /^\s*(另有|另外|此外|还有|另(?=\s*[\d一二两三四五六七八九十]))/;

function endOfList(text: string, depth: Uint16Array, from: number): number {
  const level = depth[from]!;
  for (let i = from; i < text.length; i++) {
    if (depth[i]! < level) return i;
    if (SENTENCE_END.test(text[i]!) || (depth[i] === level && text.startsWith('其中', i))) return i;
    if ((text[i] === '；' || text[i] === ';') && NEW_TOPIC.test(text.slice(i + 1, i + 40))) return i;
    // 「…，另有2件转下一年度办理」: what the prose adds with 另有 lies outside the list.
    if (/[，,；;]/.test(text[i]!) && OUTSIDE.test(text.slice(i + 1, i + 5))) return i;
    // 「…政府公报公开22条，历年累计主动公开信息4210条」: a figure of a run of years is no part of a year's list.
    if (/[，,；;]/.test(text[i]!) && RUN_OF_YEARS.test(text.slice(i + 1, i + 12))) return i;
  }
  return text.length;
}

/** A clause that opens with a figure of a run of years (历年累计, 截至…累计, 自2008年以来). */
const RUN_OF_YEARS = /^\s*(历年|累计|截至[^，,。；;]{0,8}累计|截止[^，,。；;]{0,8}累计|自\d{4}年[^，,。；;]{0,10}以来)/;

/**
 * Whether the words between a whole and its list name a category of the list's division that no part
 * names: 「受理申请16件，以网上申请为主。其中，传真申请1件、其它形式申请2件」 leaves out the 网上申请 it has
 * just spoken of, so the list is not all of the whole.
 */
function namedBetween(words: string, parts: Claim[]): boolean {
  const division = partitionDivision(parts.map((p) => p.subject));
  if (!division) return false;
  const listed = new Set(parts.flatMap((p) => categoriesOf(p.subject)));
  return words.split(/[，,。；;：:]/).some((clause) => categoriesOf(clause).some((k) => k.startsWith(`${division}:`) && !listed.has(k)));
}

/**
 * Whether the words between a whole and its list say the whole is all of the categories the list names
 * (「共办结申请45件，全部为予以公开或部分公开，其中予以公开36件、部分公开7件」): then two of many are all of it.
 */
function declaredAll(words: string, parts: Claim[]): boolean {
  const said = /(?:全部|均|都|皆)(?:为|是|属于|系)([^，,。；;]+)/.exec(words)?.[1];
  if (!said || parts.length < 2) return false;
  const named = new Set(said.split(/[或和及与、]/).flatMap((w) => categoriesOf(w)));
  const listed = parts.map((p) => categoriesOf(p.subject));
  return listed.every((k) => k.length > 0 && k.some((c) => named.has(c))) && named.size <= new Set(listed.flat()).size;
}

/** Where the parenthesis holding `at` closes. */
function closeOf(text: string, depth: Uint16Array, at: number): number {
  const level = depth[at]!;
  for (let i = at; i < text.length; i++) {
    if (depth[i]! < level || SENTENCE_END.test(text[i]!)) return i;
    if (/[，,；;]/.test(text[i]!) && OUTSIDE.test(text.slice(i + 1, i + 5))) return i;
  }
  return text.length;
}

