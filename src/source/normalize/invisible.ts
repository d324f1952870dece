// Characters that print nothing: zero-width spaces and joiners, bidi marks and isolates, word joiners, a
// byte-order mark inside the text, soft hyphens, NUL. Pasted from web pages and chat apps they sit inside
// numbers (「办结6\u200B47件」) and would cut them or turn a cell into text. Every source (text, web page,
// PDF) drops them from the normalised text; the column map keeps every remaining character's place in the
// line as ingested, and the count of those that sat inside a number is kept so the report can say where.

const INVISIBLE = /[\u0000\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const DIGIT = /[0-9０-９]/;

export interface Visible {
  text: string;
  cols: number[];
  /** How many of the dropped characters stood between two digits. */
  insideNumbers: number;
  /**
   * Whether a bidi override or embedding was dropped (U+202A–202E): it makes a reader's screen show
   * characters in another order than stored (「‮18‬」 shows as 81), so what was read may not be what was seen.
   */
  reordered: boolean;
}

const REORDERING = /[\u202A-\u202E]/;

export function withoutInvisible(text: string, cols: number[]): Visible {
  if (!INVISIBLE.test(text)) return { text, cols, insideNumbers: 0, reordered: false };
  let out = '';
  const kept: number[] = [];
  let insideNumbers = 0;
  let pending = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (INVISIBLE.test(ch)) {
      if (DIGIT.test(out.slice(-1))) pending++;
      continue;
    }
    if (pending > 0 && DIGIT.test(ch)) insideNumbers += pending;
    pending = 0;
    out += ch;
    kept.push(cols[i]!);
  }
  return { text: out, cols: kept, insideNumbers, reordered: REORDERING.test(text) };
}
