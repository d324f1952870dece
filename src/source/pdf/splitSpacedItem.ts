// A text run that holds several words apart by spaces: Chromium writes a header row of an unruled table
// as one run (「本年制发件数 本年废止件数 现行有效件数」), so nothing says where each header cell stands and
// the numbers under them cannot be put in their columns. Each word becomes a run of its own, placed by the
// advance of the characters before it over the run's printed width (Han and full-width forms one em,
// others about half). The text a line is made of does not change: the spaces between runs are made again
// where they were (none between Han characters, as pdf.js's justification spaces are dropped there too).

import type { PdfTextItem } from '../../model/types.ts';

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** How wide a character prints, in ems. */
const advance = (char: string) => (WIDE.test(char) ? 1 : 0.5);
const ems = (text: string) => [...text].reduce((sum, char) => sum + advance(char), 0);

export function splitSpacedItem(item: PdfTextItem): PdfTextItem[] {
  const parts = item.str.split(/(\s+)/).filter((part) => part !== '');
  if (parts.filter((part) => part.trim() !== '').length < 2) return [item];
  const em = item.width / ems(item.str);
  const words: PdfTextItem[] = [];
  let x = item.x;
  for (const part of parts) {
    const width = ems(part) * em;
    if (part.trim() !== '') words.push({ ...item, str: part, x, width });
    x += width;
  }
  return words;
}
