// A one-sentence text's lists as numbers, read as the narrative stage reads them: what the list readers'
// tests compare with.

import type { NormLine } from '../model/types.ts';
import { readClaims } from './readClaims.ts';
import { readEnumerations } from './readEnumerations.ts';
import { textStream } from './textStream.ts';

const line = (text: string): NormLine => ({ line: 1, text, cols: [...text].map((_, i) => i + 1), fold: 1 });

/** The whole and the parts of every enumeration in a sentence, as numbers. */
export function enumerate(text: string) {
  const stream = textStream([line(text)]);
  const claims = readClaims(stream);
  return readEnumerations(stream.text, claims).map((e) => ({
    whole: claims[e.whole]!.value,
    parts: e.parts.map((p) => claims[p]!.value),
    complete: e.complete,
    ...(e.subset ? { subset: true } : {}),
  }));
}
