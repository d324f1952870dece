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
