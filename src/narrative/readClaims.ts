// Reads the numbers the narrative states, each with its measure word and the words before it that say
// what it counts (its subject, within its clause). 「82.71万个」 is 827100; years, dates, durations and
// document numbers are not claims because they carry no counting unit.

import type { Claim } from '../model/types.ts';
import type { TextStream } from './textStream.ts';
import { hanNumeral } from './hanNumeral.ts';
import { SENTENCE_END } from './sentences.ts';

export { hanNumeral };

/** Measure words of counts and amounts, longest first so that 人次 is not read as 人, nor 条次 (an item once per channel) as 条. */
const UNIT = '人次|万元|件次|件|条次|条|个|期|份|次|场|篇|人|项|家|起|宗|%|％|元|户|部|批|所|名|位|册|封|张|本';
/**
 * A number with its unit, or a bare number that ends its clause (its unit left out, as lists do).
 * 「100余件」 and 「100多件」 are approximate; 个 before a span of time (15个工作日, 3个月) is a duration.
 */
const CLAIM = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万(?!元)|亿)?\\s*(余|多)?\\s*(?:(${UNIT})(?!工作日|月|小时|自然日|星期|百分点|季度|年度|方面|环节)|(?=[。；;，,、]))`,
  'g',
);
/**
 * A clause ends at these marks; the subject of a number never crosses them. An enumeration comma (、) does
 * not end it: 「予以公开、部分公开合计107件」 speaks of both, and in a list the previous number bounds the
 * subject anyway (「同意公开12、部分公开3件」).
 */
const CLAUSE_END = /[，。；：:,;！？!?（）()“”\n]/;
/** Words just before a number that make it approximate: 「约300件」, 「近百条」, 「超过2万条」. */
const ABOUT_BEFORE = /(约|近|超过|超|逾|不足|不到|将近|大约|达到近)$/;
/** Words just after a number that make it approximate: 「300件以上」, 「300件左右」. */
const ABOUT_AFTER = /^(以上|左右|上下|有余)/;

/**
 * Chinese numerals with a counting unit: 「十四个部分」, 「两次」, 「二十三件」. A lone 「一」 counts only
 * where the clause ends right after its unit or a case noun follows (「收到复议申请一件。」, 「一起行政诉讼」
 * is not, 「一起案件」 is): 「一是」, 「一个」, 「一次性」 and 「一起」 (together) are words, not counts.
 */
const HAN_CLAIM = /([零〇两二三四五六七八九十百千]+[零〇一二两三四五六七八九十百千]*|一[十百千][零〇一二两三四五六七八九十百千]*|一)\s*(人次|件次|条次|个|项|次|件|条|期|份|场|家|批|名|起|宗|篇)/g;
const LONE_ONE_FOLLOWED_BY = /^([，。；、,;）)]|$|案件|行政|申请|政府信息)/;
/**
 * A lone 「一」 is a count too when a parenthesis saying what it was follows 「一件」/「一起」 (「不予公开一件（属于
 * 国家秘密）」), or when it is one of those just listed (「其中一起尚在审理中」).
 */
const LONE_ONE_NOTED = /^[（(]/;
const LONE_ONE_AFTER = /其中$/;

/** A number found in the prose, before its subject is known. */
interface Found {
  start: number;
  end: number;
  value: number;
  raw: string;
  unit: string;
  about: boolean;
}

/** Words before a bare number that make it an identifier, not a count: 「邮编：350400；电话：24336243；」. */
const IDENTIFIER = /邮编|邮政编码|电话|传真|编号|号码|热线|手机|QQ|qq/;

export function readClaims(stream: TextStream): Claim[] {
  const text = stream.text;
  const found = [...digitNumbers(text), ...hanNumbers(text)].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  let previousEnd = 0;
  // Sentence numbers, counted as the numbers are met in reading order.
  let sentence = 0;
  let counted = 0;
  for (const f of found) {
    // The subject of a number never reaches back past the number before it (「同意公开12、部分公开3件」).
    const subject = subjectBefore(text, f.start, previousEnd) || bracketedAlone(text, f.start, f.end, previousEnd);
    previousEnd = f.end;
    if (f.unit === '' && (!/[\u4e00-\u9fff、]/.test(text.slice(0, f.start).trimEnd().slice(-1)) || f.raw.replace(/\D/g, '').length > 6 || IDENTIFIER.test(subject))) continue;
    for (; counted < f.start; counted++) if (SENTENCE_END.test(text[counted]!)) sentence++;
    claims.push({
      sentence,
      value: f.value,
      raw: f.raw,
      unit: f.unit,
      subject,
      pos: stream.pos(f.start, f.end),
      offset: f.start,
      ...(f.about || isApproximate(text, f.end, subject) ? { approximate: true } : {}),
    });
  }
  shareListUnits(text, claims);
  return claims;
}

/**
 * 「予以公开11、部分公开2、无法提供6、不予处理1件」: bare numbers in a list joined by 、 share the measure word
 * of the list's last number, as the reader takes them. A percentage is no measure word to share.
 */
function shareListUnits(text: string, claims: Claim[]): void {
  for (let i = claims.length - 2; i >= 0; i--) {
    const [claim, next] = [claims[i]!, claims[i + 1]!];
    if (claim.unit !== '' || next.unit === '' || next.unit === '%') continue;
    const between = text.slice(claim.offset + claim.raw.length, next.offset);
    if (/^[^，。；：:,;！？!?（）()\d\n]*、[^，。；：:,;！？!?（）()\d\n]*$/.test(between)) claims[i] = { ...claim, unit: next.unit };
  }
}

/** Significant digits an exact count may have: past 15 a double no longer holds every integer. */
export const MAX_COUNT_DIGITS = 15;

/**
 * Counts the prose states with more digits than can be held exactly (「99999999999999999999件」): they are
 * not read as claims (they would print as 1e+22), and the caller says where they are.
 */
export function overlongCounts(text: string): Array<{ start: number; end: number; raw: string }> {
  const found: Array<{ start: number; end: number; raw: string }> = [];
  for (const m of text.matchAll(CLAIM)) {
    if (m[4] === undefined || (m.index > 0 && /[\d.\-〔[第]/.test(text[m.index - 1]!))) continue;
    if (m[1]!.replace(/[,.]/g, '').replace(/^0+/, '').length > MAX_COUNT_DIGITS) found.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return found;
}

function hanNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(HAN_CLAIM)) {
    const value = hanNumeral(m[1]!);
    // 「第三次」 is an ordinal, not a count; 「十一五」 and digits around it are names.
    if (value === undefined || (m.index > 0 && /[第\dA-Za-z十]/.test(text[m.index - 1]!))) continue;
    if (m[1] === '一') {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      // 「这一件」, 「每一件」 point at a thing, they do not count it.
      const pointed = m.index > 0 && /[这那每哪同某]/.test(text[m.index - 1]!);
      const counted = LONE_ONE_FOLLOWED_BY.test(after) || (!pointed && /[件起]/.test(m[2]!) && (LONE_ONE_NOTED.test(after) || LONE_ONE_AFTER.test(text.slice(Math.max(0, m.index - 2), m.index))));
      if (!counted) continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length, value, raw: m[0], unit: m[2]!, about: false });
  }
  return found;
}

function digitNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(CLAIM)) {
    const start = m.index;
    // Part of a longer number or of an identifier (a phone number, a document number 〔2018〕22号).
    // After 第 it is an ordinal (第12项), never a count.
    if (start > 0 && /[\d.\-〔[第]/.test(text[start - 1]!)) continue;
    // 「13 561条」: digits grouped by a space (or a comma in the wrong place). Which digits belong to the number cannot be told for sure,
    // so the fragment after the space is not read as a count of its own (561 would be a misreading).
    if (start > 1 && /\d[ \u00a0\u2009\u202f,]/.test(text.slice(start - 2, start))) continue;
    // 「1,17篇」: a comma inside digits that is no thousands separator; the number is malformed, not 1 and 17.
    if (/^,\d/.test(text.slice(start + m[0].length - (m[0].endsWith(',') ? 1 : 0), start + m[0].length + 2))) continue;
    const [, digits, scale, about, unit] = m;
    // Beyond 15 significant digits a number is no exact count (and would print as 1e+22): not a claim.
    if (digits!.replace(/[,.]/g, '').replace(/^0+/, '').length > MAX_COUNT_DIGITS) continue;
    const multiplier = scale === '万' ? 1e4 : scale === '亿' ? 1e8 : 1;
    // 「3,418条」: a thousands separator is printed, not meant.
    const value = Math.round(Number(digits!.replace(/,/g, '')) * multiplier * 1e6) / 1e6;
    found.push({ start, end: start + m[0].length, value, raw: m[0], unit: unit === undefined ? '' : unit === '％' ? '%' : unit, about: !!about });
  }
  return found;
}

/**
 * The words of the number's clause before it. A short parenthesis without numbers inside the clause
 * (「县（市、区）政府门户网站」, 「申请（包括上一年度结转的申请）」, up to 16 characters) is part of its words,
 * not the clause's end.
 */
/**
 * The words before the brackets a number stands alone in, when 的 follows them (「占全部办结申请（341件）的
 * 68.4%」): the number is the whole those words name. A bracketed count in a list of topics (「征地拆迁（47件）、
 * 房屋征收（21件）」) or of sub-kinds (「不属于本机关掌握范围（15件）和…」) keeps no words: it is not that row.
 */
function bracketedAlone(text: string, start: number, end: number, floor: number): string {
  const open = /[（(]\s*$/.exec(text.slice(floor, start));
  if (!open || !/^\s*[）)]\s*的/.test(text.slice(end))) return '';
  return subjectBefore(text, floor + open.index, floor);
}

function subjectBefore(text: string, at: number, floor: number): string {
  let from = at;
  while (from > floor) {
    const c = text[from - 1]!;
    if (c === '）' || c === ')') {
      const open = Math.max(text.lastIndexOf('（', from - 1), text.lastIndexOf('(', from - 1));
      if (open >= floor && from - open <= 16 && !/[\d，。；,;]/.test(text.slice(open, from))) {
        from = open;
        continue;
      }
    }
    // A short quoted name (「危及“三安全一稳定”1件」) is part of the words, as a short parenthesis is.
    if (c === '”') {
      const open = text.lastIndexOf('“', from - 1);
      if (open >= floor && from - open <= 16 && !/[\d，。；,;]/.test(text.slice(open, from))) {
        from = open;
        continue;
      }
    }
    if (CLAUSE_END.test(c)) break;
    from--;
  }
  return text.slice(from, at).replace(/^[\s、]+/, '').trim();
}

function isApproximate(text: string, end: number, subject: string): boolean {
  return ABOUT_BEFORE.test(subject) || ABOUT_AFTER.test(text.slice(end, end + 2));
}
