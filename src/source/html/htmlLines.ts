// Rebuilds the reading order of an HTML report as lines of text, so the rest of the pipeline reads a
// published web page the way it reads a text file or a PDF. Text blocks (p, div, h1…, li, br, …) become
// lines; a <table> becomes one line per <tr> with its cells separated by tabs, as pdfLines.ts does for a
// ruled PDF table.
//
// Only standard DOM members are used (childNodes, nodeType, tagName, textContent, getAttribute,
// querySelectorAll), so the same code walks the document the browser's DOMParser builds and the one
// parseHtml.ts builds in Node. Text is always taken from text nodes, never re-parsed as markup.

import type { NormLine } from '../../model/types.ts';
import { collapseFakeBold } from '../normalize/collapseFakeBold.ts';
import { foldWidth } from '../normalize/foldWidth.ts';
import { withoutInvisible } from '../normalize/invisible.ts';
import { htmlNestingTooDeep, INPUT_LIMITS, InputLimitError, tablesTooDeep, tooManyColumns, tooManyRows } from '../limits.ts';

/** The part of a DOM node that is read here; a browser Node and a linkedom node both satisfy it. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly textContent: string | null;
}

export interface HtmlElement extends HtmlNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
}

/** A parsed document: the browser's `Document`, or what parseHtml returns in Node. */
export interface HtmlDocument extends HtmlNode {
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never rendered as text. (A browser keeps <template> children in `.content`; linkedom does not.) */
const IGNORED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * Elements that start and end a line of their own. Inside a <table>, td/th/tr are read by readTable;
 * they are listed for the malformed case of a cell outside any table, which linkedom keeps (a browser
 * drops those tags and runs the text together). <pre> is collapsed like any block: a tab is a cell break.
 */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'ul', 'caption', 'td', 'th', 'tr',
]);

const SECTIONS = ['thead', 'tbody', 'tfoot'];

/** Limits from the HTML table model; larger spans are clamped there too. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** Han, CJK punctuation and full-width forms: a line break between two of these is only layout. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/**
 * `parse`, when given, reads the document an <iframe srcdoc="…"> embeds (a CMS preview may hold the whole
 * report there, and a browser shows it in place); without it such a frame is skipped.
 */
export function htmlLines(doc: HtmlDocument, parse?: (html: string) => HtmlDocument): NormLine[] {
  const out = new Lines();
  const outer = embedded;
  embedded = parse ? { parse, depth: 0 } : undefined;
  try {
    walk(bodyOf(doc), out);
  } finally {
    embedded = outer;
  }
  out.flush();
  return out.lines.map(toNormLine);
}

/** A fragment parsed by linkedom has no <body>; the document itself is then walked, <head> skipped. */
function bodyOf(doc: HtmlDocument): HtmlNode {
  return doc.querySelectorAll('body')[0] ?? doc;
}

/** The parser for embedded documents while a page is read, and how deep in frames the walk is. */
let embedded: { parse: (html: string) => HtmlDocument; depth: number } | undefined;
/** Frames inside frames: a real page has one level; a crafted one is stopped here. */
const MAX_FRAME_DEPTH = 3;

function readFrame(frame: HtmlElement, out: Lines): void {
  const srcdoc = frame.getAttribute('srcdoc');
  if (!embedded || srcdoc === null || embedded.depth >= MAX_FRAME_DEPTH) return;
  // The embedded page meets the same caps as the page itself, before it is parsed.
  const tooDeep = htmlNestingTooDeep(srcdoc);
  if (tooDeep) throw new InputLimitError(tooDeep);
  embedded.depth++;
  try {
    out.flush();
    walk(bodyOf(embedded.parse(srcdoc)), out);
    out.flush();
  } finally {
    embedded.depth--;
  }
}

/** Collects finished lines; inline text accumulates raw and is collapsed when its block ends. */
class Lines {
  lines: string[] = [];
  #current = '';

  text(raw: string) {
    this.#current += raw;
  }

  flush() {
    const line = collapse(this.#current);
    this.#current = '';
    if (line !== '') this.lines.push(line);
  }

  /** A table row as one line; a row with no text at all is left out, as pdfLines leaves it out. */
  row(cells: string[]) {
    this.flush();
    if (cells.some((c) => c !== '')) this.lines.push(cells.join('\t'));
  }
}

function isElement(node: HtmlNode): node is HtmlElement {
  return node.nodeType === ELEMENT_NODE;
}

function tagOf(element: HtmlElement): string {
  return element.tagName.toLowerCase();
}

/** A marker on the walk's stack: the block opened here ends, so its line does too. */
const END_OF_BLOCK = Symbol('end of block');

function walk(node: HtmlNode, out: Lines): void {
  visitAll(Array.from(node.childNodes), out);
}

function visit(node: HtmlNode, out: Lines): void {
  visitAll([node], out);
}

/**
 * An element a browser does not show: the `hidden` attribute, or an inline style of display:none or
 * visibility:hidden. A page may carry a second, hidden copy of the report (a print version, an old
 * draft); what the reader sees is what is checked. Styles from style sheets are not evaluated.
 */
function isHidden(element: HtmlElement): boolean {
  if (element.getAttribute('hidden') !== null) return true;
  const style = element.getAttribute('style');
  return style !== null && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i.test(style);
}

/**
 * Visits the nodes and everything under them in document order, with a stack of its own rather than
 * recursion: a page nested tens of thousands of levels deep must not overflow the call stack.
 */
function visitAll(nodes: HtmlNode[], out: Lines): void {
  const stack: Array<HtmlNode | typeof END_OF_BLOCK> = nodes.slice().reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) {
      out.flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) out.text(node.textContent ?? '');
    if (!isElement(node)) continue; // comments, doctype, processing instructions
    const tag = tagOf(node);
    if (IGNORED.has(tag) || isHidden(node)) continue;
    if (tag === 'br') {
      out.flush();
      continue;
    }
    if (tag === 'table') {
      readTable(node, out);
      continue;
    }
    if (tag === 'iframe') {
      readFrame(node, out);
      continue;
    }
    if (BLOCKS.has(tag)) {
      out.flush();
      stack.push(END_OF_BLOCK);
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * Inline whitespace as a browser renders it: a run holding a line break between two CJK characters
 * disappears (CSS Text 3, segment break transformation), any other run of whitespace, U+00A0 (&nbsp;)
 * and U+3000 included, is one space. Tabs never survive, so a tab in a line always separates cells.
 */
function collapse(raw: string): string {
  const joined = raw.replace(/[ \t\n\r\f]*[\n\r][ \t\n\r\f]*/g, (run, at: number, whole: string) =>
    CJK.test(whole.charAt(at - 1)) && CJK.test(whole.charAt(at + run.length)) ? '' : run,
  );
  return joined.replace(/\s+/g, ' ').trim();
}

/** Direct children that are elements with one of the given tags. */
function childrenTagged(node: HtmlNode, tags: readonly string[]): HtmlElement[] {
  return Array.from(node.childNodes).filter((c): c is HtmlElement => isElement(c) && tags.includes(tagOf(c)));
}

function span(cell: HtmlElement, name: string, max: number): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, max) : 1;
}

/** A column a rowspan from an earlier row still occupies: until which row, and whether the cell starts there. */
interface Covered {
  until: number;
  first: boolean;
}

/**
 * One line per <tr>, cells on a grid, following pdfLines' convention so that a column index means the
 * same whether the table came from a PDF or a web page:
 *  - a cell's text goes in the slot of the grid column where it starts;
 *  - a colspan cell takes that one slot, and the columns it spans to the right are omitted;
 *  - a column covered by a rowspan from a row above gets an empty slot '' in each later row (only its
 *    first column: the further columns of a cell that spans both ways are omitted, as above);
 *  - a missing slot before a covered column is filled with '' so that later slots keep their place.
 * A cell holding only whitespace or &nbsp; is ''. Rows are read in document order (thead/tbody/tfoot
 * as they stand). Text misplaced between rows is read before the table, where a browser's parser moves
 * it (foster parenting), so both parsers give the same lines; then the <caption>, then the rows.
 */
/**
 * How deep the table being read is nested in other tables. A cell's content is read by a walk of its
 * own, so each level of nesting costs a few stack frames: the depth is capped before it can overflow.
 */
let tableDepth = 0;

function readTable(table: HtmlElement, out: Lines): void {
  if (tableDepth >= INPUT_LIMITS.tableNesting) throw new InputLimitError(tablesTooDeep());
  tableDepth++;
  try {
    readTableRows(table, out);
  } finally {
    tableDepth--;
  }
}

function readTableRows(table: HtmlElement, out: Lines): void {
  out.flush();
  const rows: HtmlElement[] = [];
  const captions: HtmlElement[] = [];
  const stray: HtmlNode[] = [];
  const collect = (parent: HtmlNode, inSection: boolean) => {
    for (const child of Array.from(parent.childNodes)) {
      if (!isElement(child)) {
        stray.push(child);
        continue;
      }
      const tag = tagOf(child);
      if (tag === 'tr') {
        rows.push(child);
        stray.push(...Array.from(child.childNodes).filter((c) => !(isElement(c) && ['td', 'th'].includes(tagOf(c)))));
      } else if (!inSection && SECTIONS.includes(tag)) collect(child, true);
      else if (!inSection && tag === 'caption') captions.push(child);
      else if (tag !== 'colgroup') stray.push(child);
    }
  };
  collect(table, false);
  const tooMany = tooManyRows(rows.length);
  if (tooMany) throw new InputLimitError(tooMany);
  // Adjacent misplaced text runs together, as it does once a browser has moved it before the table.
  for (const node of stray) visit(node, out);
  out.flush();
  for (const caption of captions) visit(caption, out);
  const covered: (Covered | undefined)[] = [];
  rows.forEach((tr, r) => {
    // A row whose cell holds a table of several rows is page layout (a site's frame around the article, a
    // one-cell box Word pasted the report's table into): its cells are read as the page's own flow, so the
    // table inside keeps its cells instead of being flattened into one.
    const cells = childrenTagged(tr, ['td', 'th']);
    if (cells.some(holdsTableOfRows)) {
      for (const cell of cells) {
        out.flush();
        visit(cell, out);
        out.flush();
      }
      return;
    }
    const slots: string[] = [];
    let c = 0;
    const isCovered = (col: number) => (covered[col]?.until ?? 0) > r;
    const skipCovered = () => {
      for (; isCovered(c); c++) if (covered[c]!.first) slots.push('');
    };
    for (const cell of cells) {
      skipCovered();
      const colspan = Math.max(1, span(cell, 'colspan', MAX_COLSPAN));
      // rowspan="0" spans the rest of the table.
      const rowspan = span(cell, 'rowspan', MAX_ROWSPAN) || rows.length - r;
      slots.push(cellText(cell));
      for (let k = 0; k < colspan; k++) if (rowspan > 1) covered[c + k] = { until: r + rowspan, first: k === 0 };
      c += colspan;
      // A row wider than any table is refused before its slots fill memory (colspan is clamped per cell only).
      if (c > INPUT_LIMITS.tableColumns) throw new InputLimitError(tooManyColumns(c));
    }
    // Columns to the right of the row's last cell that a rowspan still covers keep their slot.
    let end = covered.length;
    while (end > c && !isCovered(end - 1)) end--;
    for (; c < end; c++) if (!isCovered(c) || covered[c]!.first) slots.push('');
    out.row(slots);
  });
}

/** Whether an element holds, at any depth, a table of two rows or more. */
function holdsTableOfRows(element: HtmlElement): boolean {
  const stack: HtmlNode[] = Array.from(element.childNodes);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (tagOf(node) === 'table' && countRows(node) >= 2) return true;
    stack.push(...Array.from(node.childNodes));
  }
  return false;
}

/** How many rows a table has (its own and its nested tables'), counted until two are seen. */
function countRows(table: HtmlElement): number {
  let rows = 0;
  const stack: HtmlNode[] = Array.from(table.childNodes);
  while (stack.length > 0 && rows < 2) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (tagOf(node) === 'tr') rows++;
    stack.push(...Array.from(node.childNodes));
  }
  return rows;
}

/**
 * A cell's text. Its blocks and <br>s are lines of the cell's own layout, not of the report: they are
 * joined directly where either side is CJK (「计量」「单位」 → 计量单位, 「2012」「年度」 → 2012年度) and with
 * a space between Latin or digit fragments, so two numbers never run together.
 */
function cellText(cell: HtmlElement): string {
  const inner = new Lines();
  walk(cell, inner);
  inner.flush();
  let text = '';
  for (const part of inner.lines.map((l) => l.replace(/\t/g, ' '))) {
    const join = text === '' || CJK.test(foldWidth(text.slice(-1))) || CJK.test(foldWidth(part.charAt(0))) ? '' : ' ';
    text += join + part;
  }
  return text.trim() === '' ? imageText(cell) : text;
}

/**
 * A cell whose only content is images of its value (some sites draw numbers as pictures against
 * scraping): the images' alt text, which is what a screen reader says for them. Only for a cell with no
 * text of its own, so a decorative image never adds words to a cell that has them.
 */
function imageText(cell: HtmlElement): string {
  const alts: string[] = [];
  const stack: HtmlNode[] = [cell];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (tagOf(node) === 'img') alts.push(node.getAttribute('alt')?.trim() ?? '');
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return alts.filter((a) => a !== '').join('');
}

/** Fake bold collapsed and widths folded; positions refer to this rebuilt text, as for a PDF. */
function toNormLine(raw: string, index: number): NormLine {
  const folded = foldWidth(collapseFakeBold(raw).text);
  const visible = withoutInvisible(folded, Array.from({ length: folded.length }, (_, i) => i + 1));
  // Columns count in the rebuilt text without the invisible characters, as for a PDF's rebuilt lines.
  const cols = Array.from({ length: visible.text.length }, (_, i) => i + 1);
  return { line: index + 1, text: visible.text, cols, fold: 1, ...(visible.insideNumbers ? { hidden: visible.insideNumbers } : {}), ...(visible.reordered ? { reordered: true as const } : {}) };
}
