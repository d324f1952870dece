// How deep in parentheses each character of the prose sits, counted from the start of its sentence: a
// parenthesis the prose forgets to close ends with its sentence, so one slip does not bury the rest of
// the report. The opening bracket itself is at the outer depth, its contents one deeper.

import { SENTENCE_END } from './sentences.ts';

export function parenDepths(text: string): Uint16Array {
  const depth = new Uint16Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '）' || c === ')') d = Math.max(0, d - 1);
    depth[i] = d;
    if (c === '（' || c === '(') d = Math.min(d + 1, 0xffff);
    else if (SENTENCE_END.test(c)) d = 0;
  }
  depth[text.length] = 0;
  return depth;
}
