// The prose a finding used, as a reader wants to see it: each sentence that holds one of its numbers, once,
// with every number the finding used marked in it. A report whose whole text sits on one line (a web page
// saved as text) shows the sentences, not the line.

import type { NormLine, SourcePos } from '../../model/types.ts';
import { SENTENCE_END } from '../../narrative/sentences.ts';

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}
export interface SentenceExcerpt {
  line: number;
  pieces: ExcerptPiece[];
}

/** The longest excerpt shown around the marks of one sentence, in characters. */
const MAX_LENGTH = 220;

/** The character range [start, end) of a line that a source position covers. */
function rangeOf(line: NormLine, pos: SourcePos): [number, number] {
  let start = line.cols.findIndex((c) => c >= pos.col);
  if (start < 0) start = line.text.length;
  let end = start;
  while (end < line.text.length && (line.cols[end] ?? Infinity) < pos.col + Math.max(pos.length, 1)) end++;
  return [start, end];
}

export function sentenceExcerpts(lines: Map<number, NormLine>, spans: SourcePos[]): SentenceExcerpt[] {
  const byLine = new Map<number, Array<[number, number]>>();
  for (const pos of spans) {
    const line = lines.get(pos.line);
    if (!line) continue;
    byLine.set(pos.line, [...(byLine.get(pos.line) ?? []), rangeOf(line, pos)]);
  }
  const excerpts: SentenceExcerpt[] = [];
  for (const [number, ranges] of [...byLine].sort(([a], [b]) => a - b)) {
    const text = lines.get(number)!.text;
    ranges.sort((a, b) => a[0] - b[0]);
    // The sentences around the marks: from the sentence start before the first to the end after the last.
    let from = ranges[0]![0];
    while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
    let to = ranges[ranges.length - 1]![1];
    while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
    const pieces: ExcerptPiece[] = [];
    let at = from;
    for (const [start, end] of ranges) {
      if (start < at) continue;
      if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
      pieces.push({ text: text.slice(start, end), marked: true });
      at = end;
    }
    if (to > at) pieces.push({ text: text.slice(at, to), marked: false });
    excerpts.push({ line: number, pieces: shorten(pieces) });
  }
  return excerpts;
}

/** Cuts long unmarked stretches to their ends near the marks, so the excerpt stays readable. */
function shorten(pieces: ExcerptPiece[]): ExcerptPiece[] {
  const total = pieces.reduce((n, p) => n + p.text.length, 0);
  if (total <= MAX_LENGTH) return pieces;
  const keep = Math.max(20, Math.floor(MAX_LENGTH / (2 * Math.max(1, pieces.filter((p) => !p.marked).length))));
  return pieces.map((p, i) => {
    if (p.marked || p.text.length <= 2 * keep) return p;
    if (i === 0) return { ...p, text: `…${p.text.slice(-keep)}` };
    if (i === pieces.length - 1) return { ...p, text: `${p.text.slice(0, keep)}…` };
    return { ...p, text: `${p.text.slice(0, keep)}…${p.text.slice(-keep)}` };
  });
}
