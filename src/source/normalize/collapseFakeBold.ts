// Undo "fake bold": some PDF generators embolden text by printing every glyph k times at almost the
// same position, and text extraction then repeats each run of text k times (德德德德, or whole phrases
// such as 本报告是根据本报告是根据…). This module recovers the printed text and remembers, for every
// character it keeps, where the first copy sat in the raw line, so later stages can point at the source.

/** The result of collapsing one line. */
export interface Collapsed {
  text: string;
  /** For each character of `text`, the 1-based column (UTF-16 units) of its first copy in the input. */
  cols: number[];
  /** How many times the line was overprinted (1 = plain). */
  fold: number;
}

/** Overprint counts seen in practice, tried from the highest so a 4-fold line is not read as 2-fold. */
const FOLDS = [4, 3, 2] as const;

/**
 * Share of a line's non-space characters that k-fold tokens must cover. A plain line rarely has even one
 * k-fold token (only reduplications such as 人人 or values like 1111), so half the line is strong evidence.
 */
const MIN_COVERAGE = 0.5;

/** Han or a letter: digits and punctuation repeat by chance (1111, ……), words do not. */
const WORD_CHAR = /\p{L}/u;

const WHITESPACE = /\s+/gu;

interface Token {
  /** 0-based index of the token's first character in the line. */
  start: number;
  text: string;
  space: boolean;
}

/**
 * Collapses fake bold on one line. The line is collapsed again while the result still looks folded, so
 * the function is idempotent and its output never looks more folded than a plain line would.
 */
export function collapseFakeBold(line: string): Collapsed {
  let text = line;
  let cols = Array.from({ length: line.length }, (_, i) => i + 1);
  let fold = 1;
  for (let pass = collapseOnce(text); pass !== null; pass = collapseOnce(text)) {
    // Each pass's columns point into the previous pass's text; compose them back to the raw line.
    const previous = cols;
    cols = pass.cols.map((c) => previous[c - 1] ?? c);
    text = pass.text;
    fold *= pass.fold;
  }
  return { text, cols, fold };
}

/** One pass: picks k from the evidence of the whole line, or returns null when the line looks plain. */
function collapseOnce(line: string): Collapsed | null {
  const tokens = tokenize(line);
  const total = tokens.reduce((n, t) => (t.space ? n : n + t.text.length), 0);
  if (total === 0) return null;
  for (const k of FOLDS) {
    const runs = tokens.map((t) => (t.space ? null : decompose(t.text, k)));
    let covered = 0;
    let wordy = false;
    tokens.forEach((t, i) => {
      if (runs[i] == null) return;
      covered += t.text.length;
      wordy ||= WORD_CHAR.test(t.text);
    });
    if (wordy && covered / total >= MIN_COVERAGE) return rebuild(tokens, runs, k);
  }
  return null;
}

/** Splits a line into alternating whitespace and non-whitespace tokens; whitespace is never overprinted. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const m of line.matchAll(WHITESPACE)) {
    if (m.index > at) tokens.push({ start: at, text: line.slice(at, m.index), space: false });
    tokens.push({ start: m.index, text: m[0], space: true });
    at = m.index + m[0].length;
  }
  if (at < line.length) tokens.push({ start: at, text: line.slice(at), space: false });
  return tokens;
}

/** Emits each k-fold token's runs once and every other token unchanged, with source columns. */
function rebuild(tokens: Token[], runs: (number[] | null)[], k: number): Collapsed {
  let text = '';
  const cols: number[] = [];
  tokens.forEach((t, i) => {
    const lengths = runs[i];
    if (lengths == null) {
      text += t.text;
      for (let j = 0; j < t.text.length; j++) cols.push(t.start + j + 1);
      return;
    }
    let at = 0;
    for (const len of lengths) {
      text += t.text.slice(at, at + len);
      for (let j = 0; j < len; j++) cols.push(t.start + at + j + 1);
      at += k * len;
    }
  });
  return { text, cols, fold: k };
}

/**
 * Splits `s` into runs r1^k r2^k … rn^k and returns the run lengths, or null when `s` is not k-fold.
 * A string can split in several ways (11221122 is 1122·1122 or 11·22·11·22); the PDF repeats whole text
 * runs, which are usually long, so the split with the fewest runs wins, and on a tie the longer first run.
 *
 * Dynamic programming from the end: best[i] is the fewest runs that cover s[i..]. For every shift L we keep
 * same[L], the length of the stretch from i on where s[t] = s[t+L]; r^k starts at i with |r| = L exactly
 * when that stretch is at least (k-1)L long. This costs O(n²/k) comparisons and O(n) memory for any input,
 * even a long line of one repeated character, and most plain tokens are rejected before it by `mayFold`.
 */
function decompose(s: string, k: number): number[] | null {
  const n = s.length;
  if (n < k || n % k !== 0 || !mayFold(s, k)) return null;
  const maxL = n / k;
  const none = n + 1;
  const best = new Int32Array(n + 1).fill(none);
  const choice = new Int32Array(n + 1);
  const same = new Int32Array(maxL + 1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    for (let L = 1; L <= maxL; L++) same[L] = i + L < n && s.charCodeAt(i + L) === c ? (same[L] ?? 0) + 1 : 0;
    let fewest = none;
    for (let L = Math.floor((n - i) / k); L >= 1; L--) {
      const after = best[i + k * L] ?? none;
      if (after + 1 < fewest && (same[L] ?? 0) >= (k - 1) * L) {
        fewest = after + 1;
        choice[i] = L;
      }
    }
    best[i] = fewest;
  }
  if ((best[0] ?? none) >= none) return null;
  const lengths: number[] = [];
  for (let i = 0; i < n; ) {
    const L = choice[i] ?? 0;
    lengths.push(L);
    i += k * L;
  }
  return lengths;
}

/**
 * Cheap necessary condition: a k-fold string starts with some r^k and ends with some q^k. Prose almost
 * never does, and the check usually fails on the first character compared, so the full search above
 * runs only on tokens that are very likely folded.
 */
function mayFold(s: string, k: number): boolean {
  return hasPower(s, k, (j) => j, s.length) && hasPower(s, k, (j) => s.length - 1 - j, s.length);
}

/** Whether the characters read in the order given by `at` begin with some r^k. */
function hasPower(s: string, k: number, at: (j: number) => number, n: number): boolean {
  for (let L = 1; k * L <= n; L++) {
    let j = 0;
    while (j < (k - 1) * L && s.charCodeAt(at(j)) === s.charCodeAt(at(j + L))) j++;
    if (j === (k - 1) * L) return true;
  }
  return false;
}
