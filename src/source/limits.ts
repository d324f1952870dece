// The largest input the analysis accepts, in one place, each with the message that names it. Every cap
// is about ten times the largest real report the project has seen, so no real report meets one, and a
// hostile or broken file is refused early with a sentence saying which limit it passed, instead of
// freezing the page or running for minutes. The README lists the same figures.

import type { Bilingual, NormLine } from '../model/types.ts';

export const INPUT_LIMITS = {
  /** Real reports with photos reach about 20 MB. */
  fileBytes: 200 * 1024 * 1024,
  /** The longest real report (a 240-page table-heavy PDF) has about 400,000 characters of text. */
  textChars: 4_000_000,
  /** A report whose line breaks were lost puts all of itself on one line: about 20,000 characters. */
  lineChars: 200_000,
  /** Real reports run to about 100 pages. */
  pages: 1_000,
  /** A dense table page drawn with fake bold holds about 3,000 text runs. */
  itemsPerPage: 30_000,
  /** The longest real statistics table, a 2008 template with history columns, has about 150 rows. */
  tableRows: 2_000,
  /**
   * Report tables have at most about 20 columns (a 2008 table with one column per year); one cell may
   * span 1,000 columns (a browser's own clamp), so a row is refused only past twice that.
   */
  tableColumns: 2_000,
  /** Real pages nest a table in a table two or three deep (a layout table around the report's). */
  tableNesting: 100,
  /** Word-pasted pages nest spans in spans, up to about 100 elements deep. */
  elementNesting: 2_000,
  /**
   * A part of a Word file (.docx) is inflated only when the size its zip entry declares is at most
   * this: a few kilobytes of zip can declare gigabytes (a zip bomb). The file-size cap, unpacked.
   */
  docxPartBytes: 200 * 1024 * 1024,
  /**
   * A Word file's main XML (word/document.xml) holds about ten to thirty bytes of markup per character
   * of text; it gets the markup cap of a web page, in bytes.
   */
  docxXmlBytes: 40_000_000,
} as const;

const number = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Bytes that cannot be text under the character cap: no encoding takes more than four bytes for a
 * character, so more than four bytes per allowed character is too long whatever it decodes to. Checked
 * before decoding, so a huge text is refused at once rather than after it is decoded.
 */
export function bytesTooLongForText(bytes: Uint8Array, fileName: string): Bilingual | undefined {
  // A web page's markup has its own, larger cap: told by its name or by markup at its start.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '');
  const markup = /\.x?html?$/i.test(fileName) || /^\s*</.test(head);
  const chars = markup ? INPUT_LIMITS.textChars * 10 : INPUT_LIMITS.textChars;
  if (bytes.length <= chars * 4) return undefined;
  return {
    zh: `文字太长（${megabytes(bytes.length)}），超过上限 ${number(chars)} 个字符。年度报告通常不到 40 万字：请确认选对了文件。`,
    en: `The text is too long (${megabytes(bytes.length)}; the limit is ${number(chars)} characters). Annual reports have under 400,000 characters: check that this is the right file.`,
  };
}

/** A file larger than any report: refused before it is read into memory twice. */
export function fileTooLarge(bytes: number): Bilingual | undefined {
  if (bytes <= INPUT_LIMITS.fileBytes) return undefined;
  return {
    zh: `文件太大（${megabytes(bytes)}），超过上限 ${megabytes(INPUT_LIMITS.fileBytes)}。年度报告通常不到 20 MB：请确认选对了文件。`,
    en: `The file is too large (${megabytes(bytes)}; the limit is ${megabytes(INPUT_LIMITS.fileBytes)}). Annual reports are usually under 20 MB: check that this is the right file.`,
  };
}

/**
 * A web page's markup: about ten times its text (styles and Word-pasted attributes), and often on one
 * line, so only its length is capped here; its lines are checked once they are rebuilt.
 */
export function htmlTooLarge(html: string): Bilingual | undefined {
  const limit = INPUT_LIMITS.textChars * 10;
  if (html.length <= limit) return undefined;
  return {
    zh: `网页太大（${number(html.length)} 个字符），超过上限 ${number(limit)}。请确认选对了文件。`,
    en: `The web page is too large (${number(html.length)} characters; the limit is ${number(limit)}). Check that this is the right file.`,
  };
}

/**
 * How deeply a page's elements nest, counted from its tags before it is parsed (a parser of deep trees
 * slows down faster than the depth grows). The count is approximate: elements that close themselves
 * (p, li, td, …) and void elements do not add depth, so unclosed tags in a long list or table do not count.
 */
export function htmlNestingTooDeep(html: string): Bilingual | undefined {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const tag = m[2]!.toLowerCase();
    if (SHALLOW.has(tag) || m[3] === '/') continue;
    depth += m[1] === '/' ? -1 : 1;
    if (depth > INPUT_LIMITS.elementNesting) {
      return {
        zh: `网页的元素嵌套超过 ${number(INPUT_LIMITS.elementNesting)} 层。这不像一份报告（文件可能是刻意构造的）。`,
        en: `The web page nests its elements more than ${number(INPUT_LIMITS.elementNesting)} deep. It does not look like a report (the file may be crafted).`,
      };
    }
    if (depth < 0) depth = 0;
  }
  return undefined;
}

/** Void elements, and elements a parser closes by itself when the next one starts. */
const SHALLOW = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rt', 'rp', 'optgroup']);

/** Text longer than any report, or a line longer than a whole report printed on one line. */
export function textTooLarge(text: string): Bilingual | undefined {
  if (text.length > INPUT_LIMITS.textChars) {
    return {
      zh: `文字太长（${number(text.length)} 个字符），超过上限 ${number(INPUT_LIMITS.textChars)}。年度报告通常不到 40 万字：请确认选对了文件。`,
      en: `The text is too long (${number(text.length)} characters; the limit is ${number(INPUT_LIMITS.textChars)}). Annual reports have under 400,000 characters: check that this is the right file.`,
    };
  }
  let start = 0;
  let lineNumber = 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > INPUT_LIMITS.lineChars) return lineTooLong(lineNumber, stop - start);
    if (end === -1) break;
    start = end + 1;
    lineNumber++;
  }
  return undefined;
}

/** The same check on lines already rebuilt (from a web page or a PDF). */
export function linesTooLarge(lines: readonly NormLine[]): Bilingual | undefined {
  let total = 0;
  for (const line of lines) {
    total += line.text.length + 1;
    if (line.text.length > INPUT_LIMITS.lineChars) return lineTooLong(line.line, line.text.length);
  }
  if (total > INPUT_LIMITS.textChars) {
    return {
      zh: `文字太长（${number(total)} 个字符），超过上限 ${number(INPUT_LIMITS.textChars)}。`,
      en: `The text is too long (${number(total)} characters; the limit is ${number(INPUT_LIMITS.textChars)}).`,
    };
  }
  return undefined;
}

function lineTooLong(lineNumber: number, length: number): Bilingual {
  return {
    zh: `第 ${lineNumber} 行太长（${number(length)} 个字符），超过上限 ${number(INPUT_LIMITS.lineChars)}。这不像一份报告的文字。`,
    en: `Line ${lineNumber} is too long (${number(length)} characters; the limit is ${number(INPUT_LIMITS.lineChars)}). This does not look like the text of a report.`,
  };
}

export function tooManyPages(pages: number): Bilingual | undefined {
  if (pages <= INPUT_LIMITS.pages) return undefined;
  return {
    zh: `这个 PDF 有 ${number(pages)} 页，超过上限 ${number(INPUT_LIMITS.pages)} 页。年度报告通常不到 100 页：请确认选对了文件。`,
    en: `This PDF has ${number(pages)} pages (the limit is ${number(INPUT_LIMITS.pages)}). Annual reports have under 100 pages: check that this is the right file.`,
  };
}

export function tooManyItems(page: number, items: number): Bilingual | undefined {
  if (items <= INPUT_LIMITS.itemsPerPage) return undefined;
  return {
    zh: `第 ${page} 页有 ${number(items)} 段文字，超过每页上限 ${number(INPUT_LIMITS.itemsPerPage)}。这一页不像报告的页面（文件可能是刻意构造的）。`,
    en: `Page ${page} holds ${number(items)} pieces of text (the limit is ${number(INPUT_LIMITS.itemsPerPage)} per page). It does not look like a page of a report (the file may be crafted).`,
  };
}

export function tooManyRows(rows: number): Bilingual | undefined {
  if (rows <= INPUT_LIMITS.tableRows) return undefined;
  return {
    zh: `网页中有一个 ${number(rows)} 行的表格，超过上限 ${number(INPUT_LIMITS.tableRows)} 行。年度报告的统计表不到 200 行：请确认选对了文件。`,
    en: `The web page has a table of ${number(rows)} rows (the limit is ${number(INPUT_LIMITS.tableRows)}). Report tables have under 200 rows: check that this is the right file.`,
  };
}

export function tooManyColumns(columns: number): Bilingual {
  return {
    zh: `网页中有一个表格行宽 ${number(columns)} 列，超过上限 ${number(INPUT_LIMITS.tableColumns)} 列。年度报告的统计表不到 30 列：请确认选对了文件。`,
    en: `The web page has a table row ${number(columns)} columns wide (the limit is ${number(INPUT_LIMITS.tableColumns)}). Report tables have under 30 columns: check that this is the right file.`,
  };
}

export function tablesTooDeep(): Bilingual {
  return {
    zh: `网页中的表格嵌套超过 ${INPUT_LIMITS.tableNesting} 层。这不像一份报告（文件可能是刻意构造的）。`,
    en: `The web page nests tables more than ${INPUT_LIMITS.tableNesting} deep. It does not look like a report (the file may be crafted).`,
  };
}

/** A part of a Word file that would unpack past a cap: refused before it is inflated. */
export function docxPartTooLarge(part: string, declared: number, limit: number): Bilingual {
  return {
    zh: `Word 文件中的 ${part} 解压后有 ${megabytes(declared)}，超过上限 ${megabytes(limit)}。这不像一份报告（文件可能是刻意构造的“压缩炸弹”）。`,
    en: `The Word file's ${part} unpacks to ${megabytes(declared)} (the limit is ${megabytes(limit)}). It does not look like a report (the file may be a crafted “zip bomb”).`,
  };
}

export function docxTablesTooDeep(): Bilingual {
  return {
    zh: `Word 文件中的表格嵌套超过 ${INPUT_LIMITS.tableNesting} 层。这不像一份报告（文件可能是刻意构造的）。`,
    en: `The Word file nests tables more than ${INPUT_LIMITS.tableNesting} deep. It does not look like a report (the file may be crafted).`,
  };
}

/** Thrown from deep inside a reader when a cap is passed; the entry points turn it into a refused result. */
export class InputLimitError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'InputLimitError';
  }
}
