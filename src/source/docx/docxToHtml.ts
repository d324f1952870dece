// A Word file (.docx) as the HTML of a web page, which then goes through the same reader as a report
// saved from a government site (readHtml): paragraphs become <p>, headings <h1>–<h3>, tables <table>
// with their merged cells as colspan/rowspan, and Word's automatic numbering is written out as text.
//
// Why our own reader and not the mammoth package: mammoth is well kept and resolves w:gridSpan and
// w:vMerge into colspan/rowspan, but it turns Word's numbering into <ol>/<li>: its numbering reader
// (lib/docx/numbering-xml.js) keeps of each level only whether it is ordered, not w:lvlText, w:numFmt or
// w:start, so 「三、」 and 「（三）」 cannot be printed from what it gives, and the report's headings are
// recognised by exactly those numbers. It would also bring JSZip, underscore, bluebird and xmldom into
// the page's worker. What a report needs is small: unzip three parts (fflate, already used), read their
// XML (xml.ts), walk paragraphs and tables. Everything is walked with stacks of our own or recursion
// bounded by the table-nesting cap, so no document can exhaust the call stack.
//
// Skipped, and why: text boxes, drawings and embedded objects (a report's text and tables are not in
// them, and their text would land out of order); headers, footers, footnotes, endnotes and comments
// (other parts of the zip, never the report's body); hidden text, deleted revisions and field
// instructions (Word does not show them); see paragraphText.ts for the run-level details.

import type { Bilingual } from '../../model/types.ts';
import { docxTablesTooDeep, INPUT_LIMITS, InputLimitError } from '../limits.ts';
import { DOCX_MESSAGES, malformedXml } from './messages.ts';
import { Numbering } from './numbering.ts';
import { escapeHtml, paragraphText } from './paragraphText.ts';
import { numberingOf, Styles, type NumberingRef } from './styles.ts';
import { tableGrid } from './tableGrid.ts';
import { DOCUMENT_PART, unzipDocx, xmlText, type DocxParts } from './unzipDocx.ts';
import { attrAt, childElements, firstChild, parseXml, textOf, XmlError, type XmlElement, type XmlNode } from './xml.ts';

export type DocxResult = { ok: true; html: string } | { ok: false; reason: Bilingual };

/** Block-level wrappers whose children are read as if they stood in their place. */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);

export function docxToHtml(bytes: Uint8Array): DocxResult {
  const unzipped = unzipDocx(bytes);
  if (!unzipped.ok) return unzipped;
  const { parts } = unzipped;
  try {
    const document = parse(parts, DOCUMENT_PART)!;
    const body = firstChild(document, 'w:body');
    if (!body) return { ok: false, reason: DOCX_MESSAGES.noBody };
    const styles = new Styles(parse(parts, 'word/styles.xml'));
    const reader = new BodyReader(styles, new Numbering(parse(parts, 'word/numbering.xml'), styles));
    const content = reader.blocks(body, 0);
    if (content.replace(/<[^>]*>/g, '').trim() === '') return { ok: false, reason: DOCX_MESSAGES.noBody };
    const title = titleOf(parts);
    return {
      ok: true,
      html: `<!doctype html>\n<html><head><meta charset="utf-8">${title ? `<title>${escapeHtml(title)}</title>` : ''}</head><body>\n${content}</body></html>\n`,
    };
  } catch (error) {
    if (error instanceof InputLimitError) return { ok: false, reason: error.reason };
    if (error instanceof PartError) return { ok: false, reason: malformedXml(error.part, error.message) };
    throw error;
  }
}

class PartError extends Error {
  constructor(readonly part: string, message: string) {
    super(message);
  }
}

/** A part's root element; undefined when the zip has no such part. */
function parse(parts: DocxParts, name: string): XmlElement | undefined {
  const bytes = parts[name];
  if (!bytes) return undefined;
  try {
    return parseXml(xmlText(bytes), INPUT_LIMITS.elementNesting);
  } catch (error) {
    if (error instanceof XmlError) throw new PartError(name, error.message);
    throw error;
  }
}

/** The document's title from its core properties (dc:title), which a saved web page keeps in <title>. */
function titleOf(parts: DocxParts): string | undefined {
  try {
    const core = parse(parts, 'docProps/core.xml');
    const title = core && childElements(core).find((c) => c.name === 'dc:title');
    return title ? textOf(title).trim() || undefined : undefined;
  } catch {
    return undefined; // the title is a hint; a broken core.xml does not stop the reading
  }
}

class BodyReader {
  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  /** The paragraphs and tables of the body or of a table cell, in order. */
  blocks(container: XmlElement, tableDepth: number): string {
    let out = '';
    const stack: XmlNode[] = container.children.slice().reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (typeof node === 'string') continue;
      if (node.name === 'w:p') out += this.paragraph(node);
      else if (node.name === 'w:tbl') out += this.table(node, tableDepth + 1);
      else if (TRANSPARENT.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      // Anything else at block level (section properties, bookmarks, deleted blocks, alternate content) holds no body text.
    }
    return out;
  }

  paragraph(p: XmlElement): string {
    const pPr = firstChild(p, 'w:pPr');
    const styleId = attrAt(pPr, ['w:pStyle'], 'w:val');
    const ref = this.#numberingRef(pPr, styleId);
    const number = ref ? escapeHtml(this.numbering.next(ref)) : '';
    const text = number + paragraphText(p);
    if (text.replace(/<br>/g, '').trim() === '') return '';
    const outline = Number.parseInt(attrAt(pPr, ['w:outlineLvl'], 'w:val') ?? '', 10);
    const level = Number.isFinite(outline) ? (outline <= 8 ? outline + 1 : undefined) : this.styles.headingLevel(styleId);
    const tag = level === undefined ? 'p' : `h${Math.min(level, 3)}`;
    return `<${tag}>${text}</${tag}>\n`;
  }

  /** The paragraph's own numbering, else its style's; numId 0 switches a style's numbering off. */
  #numberingRef(pPr: XmlElement | undefined, styleId: string | undefined): NumberingRef | undefined {
    const own = numberingOf(pPr);
    const fromStyle = this.styles.numbering(styleId);
    if (own && own.numId !== '') return own.numId === '0' ? undefined : own;
    if (!fromStyle || fromStyle.numId === '0') return undefined;
    return own?.ilvl !== undefined ? { numId: fromStyle.numId, ilvl: own.ilvl } : fromStyle;
  }

  table(tbl: XmlElement, depth: number): string {
    if (depth > INPUT_LIMITS.tableNesting) throw new InputLimitError(docxTablesTooDeep());
    let out = '<table>\n';
    for (const row of tableGrid(tbl)) {
      out += '<tr>';
      if (row.before > 0) out += `<td colspan="${row.before}"></td>`;
      for (const cell of row.cells) {
        const spans = (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '') + (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '');
        out += `<td${spans}>${this.blocks(cell.tc, depth)}</td>`;
      }
      out += '</tr>\n';
    }
    return `${out}</table>\n`;
  }
}
