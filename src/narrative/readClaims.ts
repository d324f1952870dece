// Reads the numbers the narrative states, each with its unit and the words before it that say what it
// counts (its subject, within its clause). 「82.71万个」 is 827100; years, dates and document numbers are
// not claims because they carry no counting unit.

import type { Claim } from '../model/types.ts';
import type { TextStream } from './textStream.ts';

const UNIT = '人次|万元|件|条|个|期|份|次|场|篇|人|项|家|%|％|元|户|部|批|所|名|位';
/** A number with its unit, or a bare number that ends its clause (its unit left out, as lists do). */
const CLAIM = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(?:(${UNIT})|(?=[。；;，,、]))`, 'g');
/** A clause ends at these marks; the subject of a number never crosses them. */
const CLAUSE_END = /[，。；、：:,;！？!?（）()“”\n]/;

/** Chinese numerals with a counting unit: 「十四个部分」, 「两次」, 「二十三件」. A lone 「一」 is left out: 「一是」, 「一个」 and 「一次性」 are words, not counts. */
const HAN_CLAIM = /([零〇两二三四五六七八九十百千]+[零〇一二两三四五六七八九十百千]*|一[十百千][零〇一二两三四五六七八九十百千]*)\s*(个|项|次|件|条|期|份|场|家|批|名)/g;
const HAN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 「十四」 → 14, 「二十三」 → 23, 「一百零五」 → 105, 「两」 → 2; undefined for what is not a numeral. */
export function hanNumeral(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in HAN_DIGIT) digit = HAN_DIGIT[c];
    else if (c in HAN_UNIT) {
      total += (digit ?? 1) * HAN_UNIT[c]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

export function readClaims(stream: TextStream): Claim[] {
  return [...readDigitClaims(stream), ...readHanClaims(stream)].sort((a, b) => a.offset - b.offset);
}

function readHanClaims(stream: TextStream): Claim[] {
  const claims: Claim[] = [];
  const text = stream.text;
  for (const m of text.matchAll(HAN_CLAIM)) {
    const value = hanNumeral(m[1]!);
    // 「第三次」 is an ordinal, not a count.
    if (value === undefined || (m.index > 0 && /[第\dA-Za-z]/.test(text[m.index - 1]!))) continue;
    let from = m.index;
    while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
    claims.push({
      value,
      raw: m[0],
      unit: m[2]!,
      subject: text.slice(from, m.index).trim(),
      pos: stream.pos(m.index, m.index + m[0].length),
      offset: m.index,
    });
  }
  return claims;
}

function readDigitClaims(stream: TextStream): Claim[] {
  const claims: Claim[] = [];
  const text = stream.text;
  let previousEnd = 0;
  for (const m of text.matchAll(CLAIM)) {
    const start = m.index;
    // Part of a longer number or of an identifier (a phone number, a document number 〔2018〕22号).
    if (start > 0 && /[\d.\-〔[]/.test(text[start - 1]!)) continue;
    const [, digits, scale, unit] = m;
    const multiplier = scale === '万' ? 1e4 : scale === '亿' ? 1e8 : 1;
    const value = Math.round(Number(digits) * multiplier * 1e6) / 1e6;
    let from = start;
    while (from > previousEnd && !CLAUSE_END.test(text[from - 1]!)) from--;
    claims.push({
      value,
      raw: m[0],
      unit: unit === undefined ? '' : unit === '％' ? '%' : unit,
      subject: text.slice(from, start).trim(),
      pos: stream.pos(start, start + m[0].length),
      offset: start,
    });
    previousEnd = start + m[0].length;
  }
  return claims;
}
