// A font embedded without a map from its glyphs to characters (no ToUnicode, codes of its own) gives
// text that is not the text on the page: control characters, private-use code points, U+FFFD, or letters
// that merely share the glyphs' codes. Read as a report, such text yields numbers that are not there, or
// none. Real reports give almost none of these characters (0 in every fixture), so a share of a few
// per cent already means a font's text cannot be trusted.

import type { PdfSource } from '../../model/types.ts';

/** Control characters (C0 but whitespace, DEL, C1), private-use code points and the replacement character. */
const UNDECODED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]/g;
const HAN = /[\u4e00-\u9fff]/g;

export interface UndecodedText {
  /** Characters that are no text, of all non-space characters. */
  share: number;
  /** Han characters, of all non-space characters: a report is mostly Han. */
  hanShare: number;
  /** Pages with such characters, in order. */
  pages: number[];
}

/** How much of a PDF's text is undecoded glyph codes; undefined when (nearly) none is. */
export function undecodedText(source: PdfSource): UndecodedText | undefined {
  let total = 0;
  let undecoded = 0;
  let han = 0;
  const pages: number[] = [];
  for (const page of source.pages) {
    let onPage = 0;
    for (const item of page.items) {
      total += item.str.replace(/\s/g, '').length;
      onPage += item.str.match(UNDECODED)?.length ?? 0;
      han += item.str.match(HAN)?.length ?? 0;
    }
    if (onPage > 0) pages.push(page.number);
    undecoded += onPage;
  }
  if (total === 0 || undecoded < 5 || undecoded < total * 0.02) return undefined;
  return { share: undecoded / total, hanShare: han / total, pages };
}
