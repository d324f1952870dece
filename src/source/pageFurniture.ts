// Running heads and feet: what a paginated document prints in the margin of every page — a browser's
// date, title and address, a report's title and 「3/21」, a page number. They are not the report's words,
// and where a table continues over a page break they stand between its rows. A line counts as furniture
// when it sits in a page's top or bottom band and, with its digits ignored, recurs in that band on at
// least `minShare` of the pages (and two of them); or, on any page, when it is a page number or has the
// shape of a browser's print header (a date and time beside an address).

/** One line of a page, as the caller knows it. */
export interface PageLine {
  page: number;
  text: string;
  /** Top of the line on its page and the page's height (same unit), for the margin bands. */
  top: number;
  pageHeight: number;
}

export interface FurnitureSettings {
  /** Share of the page height, from the top and from the bottom, where running heads and feet live. */
  band: number;
  /** Share of the pages a line must recur on. */
  minShare: number;
  /** How far apart (a share of the page height) two lines may stand and still be at one place. */
  samePlace: number;
}

export const DEFAULT_FURNITURE: FurnitureSettings = { band: 0.12, minShare: 0.4, samePlace: 0.02 };

const PAGE_COUNTER = /^\s*(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)\s*$/i;
/** 「12/1/26, 11:29 PM https://…」, 「2026/12/1 23:29 file:///…」: what browsers print in the margins. */
const BROWSER_HEAD = /^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\b.*(?:https?:\/\/|file:\/\/|about:blank)/i;
const ADDRESS_WITH_COUNTER = /^\s*(?:https?:\/\/|file:\/\/)\S*\s+\d+\s*\/\s*\d+\s*$/i;
/** A title or address followed by its page counter, as a print footer writes it: 「…年度报告 17/21」. */
const TEXT_WITH_COUNTER = /\S\s+\d+\s*\/\s*\d+\s*$/;

/** 「… 17/21」 is a page counter when 17 is this page's number and 21 the page count (or close to them). */
function counterFits(text: string, page: number, pages: number): boolean {
  const m = /(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  return !!m && Number(m[1]) === page && Number(m[2]) >= pages && Number(m[2]) <= pages + 2;
}

/** The line's shape, digits and spaces ignored: 「…年度报告 17/21」 and 「…年度报告 18/21」 are one. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

export function furnitureLines(lines: PageLine[], settings: FurnitureSettings = DEFAULT_FURNITURE): Set<PageLine> {
  const pages = new Set(lines.map((l) => l.page)).size;
  const inBand = (l: PageLine) => l.top <= l.pageHeight * settings.band || l.top >= l.pageHeight * (1 - settings.band);
  // Where each shape stands on each page, as a share of the page's height.
  const placesOf = new Map<string, Array<{ page: number; at: number }>>();
  for (const line of lines) {
    if (!inBand(line) || line.text.trim() === '') continue;
    const key = shape(line.text);
    placesOf.set(key, [...(placesOf.get(key) ?? []), { page: line.page, at: line.top / line.pageHeight }]);
  }
  // Only lines with some words recur as furniture: a bare number at a page's edge may be a table cell printed
  // one per line (pdftotext without -layout), and 「0」 recurs on every page of such a table.
  const recurring = (l: PageLine) => {
    if (l.text.replace(/[\d\s.,:/-]/g, '').length < 4) return false;
    // A running head stands at one place on every page it is on. A table's header row repeated where the
    // table continues stands at the top of the pages after the first, but the first one stands wherever the
    // table begins (near a page's foot, for a table that starts low): only pages where the line stands at
    // this line's place count, so the header where the table begins is kept.
    const at = l.top / l.pageHeight;
    const pagesHere = new Set((placesOf.get(shape(l.text)) ?? []).filter((p) => Math.abs(p.at - at) <= settings.samePlace).map((p) => p.page));
    // Three pages at least: a table's header repeated at the top of the two pages it spans is the table's.
    return pagesHere.size >= 3 && pagesHere.size >= pages * settings.minShare;
  };
  const out = new Set<PageLine>();
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    const counter = TEXT_WITH_COUNTER.exec(text) && counterFits(text, line.page, pages);
    if (PAGE_COUNTER.test(text) || (inBand(line) && (BROWSER_HEAD.test(text) || ADDRESS_WITH_COUNTER.test(text) || counter || recurring(line)))) out.add(line);
  }
  return out;
}
