import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseFakeBold } from './collapseFakeBold.ts';

/** Any UTF-16 code unit, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

// A small alphabet makes repeats likely, so the generators reach folded-looking input often.
const HAN = [...'德州市人民政府信息公开年度报告条件'];
const DIGITS = [...'0123456789'];
const PUNCT = [...'、，。（）《》-.'];
const SPACES = [' ', ' ', '\u3000'];

/** Strings of Han, digits, punctuation and spaces, built from short chunks repeated 1–8 times. */
const messyLine = fc
  .array(
    fc.record({
      chunk: fc.string({ unit: fc.constantFrom(...HAN, ...DIGITS, ...PUNCT, ...SPACES), minLength: 1, maxLength: 4 }),
      times: fc.integer({ min: 1, max: 8 }),
    }),
    { maxLength: 8 },
  )
  .map((parts) => parts.map((p) => p.chunk.repeat(p.times)).join(''));

/** Whether `s` ends in some square xx. */
function endsInSquare(s: string): boolean {
  for (let L = 1; 2 * L <= s.length; L++) {
    if (s.slice(-L) === s.slice(-2 * L, -L)) return true;
  }
  return false;
}

/**
 * Drops every character that would create a square (xx, such as 德德 or 一丁一丁). No two adjacent equal
 * characters is not enough for "plain": 一丁一丁 really is 一丁 printed twice. Square-free text has exactly
 * one reading when folded, which is what makes the round trip below a fair test.
 */
function squareFree(chars: string[]): string {
  let out = '';
  for (const c of chars) if (!endsInSquare(out + c)) out += c;
  return out;
}

/** A token of the source line: square-free text cut into the runs the PDF repeated. */
const sourceToken = fc
  .tuple(fc.array(fc.constantFrom(...HAN, ...DIGITS), { minLength: 1, maxLength: 14 }), fc.array(fc.nat(), { maxLength: 4 }))
  .map(([chars, cuts]) => {
    const text = squareFree(chars);
    const at = [...new Set(cuts.map((c) => c % text.length))].filter((c) => c > 0).sort((a, b) => a - b);
    return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
  });

const sourceLine = fc
  .record({
    lead: fc.constantFrom('', ' '),
    tokens: fc.array(sourceToken, { minLength: 1, maxLength: 5 }),
    gaps: fc.array(fc.constantFrom(...SPACES), { minLength: 5, maxLength: 5 }),
  })
  .filter(({ tokens }) => tokens.some((runs) => runs.some((r) => /\p{Script=Han}/u.test(r))));

describe('collapseFakeBold properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(messyLine, (line) => {
        const once = collapseFakeBold(line).text;
        expect(collapseFakeBold(once).text).toBe(once);
      }),
    );
  });

  it('turns a k-fold line back into its source, with the column of every first copy', () => {
    fc.assert(
      fc.property(sourceLine, fc.constantFrom(2, 3, 4), ({ lead, tokens, gaps }, k) => {
        let input = lead;
        let source = lead;
        const cols: number[] = [...lead].map((_, i) => i + 1);
        tokens.forEach((runs, t) => {
          if (t > 0) {
            const gap = gaps[t - 1] ?? ' ';
            input += gap;
            source += gap;
            cols.push(input.length);
          }
          for (const run of runs) {
            for (let j = 0; j < run.length; j++) cols.push(input.length + j + 1);
            input += run.repeat(k);
            source += run;
          }
        });
        expect(collapseFakeBold(input)).toEqual({ text: source, cols, fold: k });
      }),
    );
  });

  it('leaves a plain line of Han text alone', () => {
    const plainLine = fc
      .array(fc.array(fc.constantFrom(...HAN), { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 })
      .map((tokens) => tokens.map(squareFree).join(' '));
    fc.assert(
      fc.property(plainLine, (line) => {
        expect(collapseFakeBold(line)).toEqual({ text: line, cols: [...line].map((_, i) => i + 1), fold: 1 });
      }),
    );
  });

  it('gives strictly increasing columns, in range, that point at the same character', () => {
    fc.assert(
      fc.property(fc.oneof(messyLine, fc.string({ unit: anyUnit })), (line) => {
        const { text, cols } = collapseFakeBold(line);
        expect(cols).toHaveLength(text.length);
        // One expectation per run keeps 5000-run sessions fast; the list names every bad column.
        const bad = cols.filter(
          (col, i) => col < 1 || col > line.length || col <= (cols[i - 1] ?? 0) || line[col - 1] !== text[i],
        );
        expect(bad).toEqual([]);
      }),
    );
  });
});
