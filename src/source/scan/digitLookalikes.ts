// A number read by OCR sometimes comes out with a letter that looks like a digit: 「O」 for 0, 「l」 for 1.
// A run that is all digits and such letters is a number, and each letter is given the digit the model
// itself ranked highest at that place, with that digit's own probability as its confidence: low, so the
// value is 「待核」, never silently taken. Runs with any other character (a label, a unit) are left as read.

import type { RecognizedChar } from './recognizer.ts';

/** Letters and signs that print like a digit in the fonts reports use. */
const LOOKALIKE = /^[OoDQ〇○lI|!ZzSsB]$/;
const NUMERIC = /^[0-9,，.]$/;

export function digitsForLookalikes(chars: RecognizedChar[]): RecognizedChar[] {
  const marks = chars.filter((c) => c.char.trim() !== '');
  const lookalikes = marks.filter((c) => LOOKALIKE.test(c.char));
  if (lookalikes.length === 0 || !marks.every((c) => NUMERIC.test(c.char) || LOOKALIKE.test(c.char))) return chars;
  // A run of look-alikes alone is a number only when it is short (「O」, 「lO」), not a word (「BOSS」).
  if (!marks.some((c) => /[0-9]/.test(c.char)) && marks.length > 2) return chars;
  return chars.map((c) => (LOOKALIKE.test(c.char) && c.digit ? { ...c, char: c.digit.char, confidence: c.digit.confidence } : c));
}

/** Marks a number may end with only by a speck of the page (a seal's point, grain): 「0.」, 「12,」. */
const TRAILING_MARK = /^[.,，。、]$/;

/**
 * A mark the model is unsure of (below `unsure`) after the digits of a number is dropped: a printed
 * number does not end in a point, a speck does. Its doubt is kept on the last digit, so the value is
 * still 「待核」 (to review), never silently taken.
 */
export function withoutUnsureTrailingMark(chars: RecognizedChar[], unsure: number): RecognizedChar[] {
  const marks = chars.filter((c) => c.char.trim() !== '');
  const last = marks[marks.length - 1];
  if (!last || !TRAILING_MARK.test(last.char) || last.confidence >= unsure || marks.length < 2) return chars;
  if (!marks.slice(0, -1).every((c) => /[0-9]/.test(c.char))) return chars;
  const kept = chars.slice(0, chars.lastIndexOf(last));
  let digit = kept.length - 1;
  while (digit >= 0 && !/[0-9]/.test(kept[digit]!.char)) digit--;
  return kept.map((c, i) => (i === digit ? { ...c, confidence: Math.min(c.confidence, last.confidence) } : c));
}
