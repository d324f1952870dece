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

export function readClaims(stream: TextStream): Claim[] {
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
