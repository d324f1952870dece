// Reads one printed table value without guessing: a blank, a dash, a number and text are different
// facts, and a number that was cut short by conversion (“135.”) is reported as malformed, not rounded.

import type { Value } from '../model/types.ts';
import { UNITS_LONGEST_FIRST } from '../model/units.ts';

const DASHES = /^[-－—–―~～/／\\]+$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const CUT_SHORT = /^-?\d+[.,]$|^-?\d+\.\d+\.$/;
/** Significant digits a value may have and still be exact in a double. */
const MAX_DIGITS = 15;
/** A number with its unit in the same cell (「251000元」, 「96171.6万元」, cut short: 「135.万元」). */
const WITH_UNIT = new RegExp(`^(-?[\\d,]+(?:\\.\\d*)?)\\s*(${UNITS_LONGEST_FIRST.join('|')})$`);

/**
 * A footnote marker after a number: superscript digits (「81³」) or a star (「81*」, 「81※」). Typeset so,
 * it refers to a note, it is not part of the count; the number is read without it and the raw string,
 * marker included, stays the cell's provenance.
 */
const FOOTNOTE = /^(.*\d)(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|[*＊※]+)$/;

export function parseValue(printed: string): Value {
  const raw = printed.trim();
  if (raw === '') return { kind: 'blank', raw };
  if (DASHES.test(raw)) return { kind: 'dash', raw };
  if (PLAIN.test(raw) || GROUPED.test(raw)) {
    const digits = raw.replace(/,/g, '');
    // More significant digits than a double holds exactly (2^53 has 16) cannot be counted exactly: such a
    // value is reported as malformed, never shown as 1e+22 or Infinity.
    if (digits.replace(/^-?0*|\./g, '').length > MAX_DIGITS) return { kind: 'malformed', raw };
    const dot = digits.indexOf('.');
    return { kind: 'number', raw, value: Number(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1 };
  }
  const withUnit = WITH_UNIT.exec(raw);
  if (withUnit) {
    const number = parseValue(withUnit[1]!);
    if (number.kind === 'number') return { ...number, raw, unit: withUnit[2]! };
    if (number.kind === 'malformed') return { kind: 'malformed', raw };
  }
  if (CUT_SHORT.test(raw)) return { kind: 'malformed', raw };
  const footnoted = FOOTNOTE.exec(raw);
  if (footnoted) {
    const number = parseValue(footnoted[1]!);
    if (number.kind === 'number') return { ...number, raw };
  }
  return { kind: 'text', raw };
}

/** Whether a printed token is meant as a value (a number, a dash or a broken number), not as label text. */
export function isValueToken(token: string): boolean {
  const value = parseValue(token);
  // 「1条」 in a space-separated line is more likely the end of a wrapped label (…计1条）) than a value;
  // a unit inside a cell is only trusted where cells are known (tab-separated or ruled).
  if (value.unit) return false;
  return value.kind === 'number' || value.kind === 'dash' || value.kind === 'malformed';
}
