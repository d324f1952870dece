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

/**
 * Latin letters with accents printed against Han characters (「ÿ七Ā总计」, 「服ó机构」): a font whose codes
 * were re-mapped wrongly (a PDF re-distilled by ghostscript shows it) turns full-width brackets and some
 * characters into Latin-1 letters, so labels lose their brackets and rows go unread. Real Chinese reports
 * never set an accented Latin letter against a Han character (none of the fixtures does).
 */
const MISDECODED_PAIR = /[\u4e00-\u9fff][\u00c0-\u024f]|[\u00c0-\u024f][\u4e00-\u9fff]/g;

/** At least this many such pairs before the text layer is called damaged. */
const MIN_MISDECODED = 10;

export interface MisdecodedText {
  count: number;
  pages: number[];
  /** One place as printed, for the notice. */
  sample: string;
}

export function misdecodedText(source: PdfSource): MisdecodedText | undefined {
  let count = 0;
  let sample = '';
  const pages: number[] = [];
  for (const page of source.pages) {
    const text = page.items.map((i) => i.str).join('');
    const found = [...text.matchAll(MISDECODED_PAIR)];
    if (found.length === 0) continue;
    count += found.length;
    pages.push(page.number);
    if (!sample) sample = text.slice(Math.max(0, found[0]!.index - 2), found[0]!.index + 4);
  }
  return count >= MIN_MISDECODED ? { count, pages, sample } : undefined;
}
