// Sentence bounds in the narrative's text stream, the one definition every narrative reader (and the
// finding excerpts) uses: a sentence ends at 。！？ (full or half width).

export const SENTENCE_END = /[。！？!?]/;

/** Where the sentence holding `at` starts. */
export function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1]!)) i--;
  return i;
}

/** Where the sentence holding `from` ends: its end mark, or the end of the text. */
export function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (SENTENCE_END.test(text[i]!)) return i;
  return text.length;
}

/** Whether a sentence ends between `from` and `to`. */
export function crossesSentence(text: string, from: number, to: number): boolean {
  return sentenceEnd(text, from) < to;
}
