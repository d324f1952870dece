// Writes word-numbered.docx beside each report's page.html: the same report as a Word file written by
// hand, the way Word itself stores a report typed from a template (a route apart from LibreOffice's
// export, which prints every number as text):
//  - headings and numbered paragraphs use Word's automatic numbering: 「一、」 「（一）」 「1.」 are not in
//    the text but come from word/numbering.xml (chineseCounting, 「%1、」, 「（%2）」, decimal 「%3.」), one
//    list for the body and one list instance per table (restarted by a start override);
//  - a number is left to the list only where the list would print exactly it (the reports skip or
//    repeat numbers now and then; those stay typed as text, as an author's manual fix would);
//  - merged cells are w:gridSpan and w:vMerge restart/continue, so table 三's group labels (「三、本年度
//    办理结果」, 「（三）不予公开」) are vertical merges, numbered by the list too;
//  - heading styles have Chinese-Word style ids (「1」, 「2」) named 「heading 1」…;
//  - the first paragraph carries a deleted revision and hidden text holding numbers, which must not be read.
// Deterministic: a fixed date in the zip, no timestamps in the parts.
//   npx tsx scripts/forms/writeDocx.ts [id…]

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/source/html/parseHtml.ts';
import type { HtmlElement, HtmlNode } from '../../src/source/html/htmlLines.ts';
import { cell as docxCell, makeDocx, numPr, REPORT_NUMBERING, run, xmlEscape } from '../../test/support/minimalDocx.ts';
import { fixtures } from './loadReport.ts';

const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>' +
  [1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`).join('');

/** The body's list is instance 1 (REPORT_NUMBERING); tables use instances of a second abstract list. */
const TABLE_LIST = REPORT_NUMBERING.replace('w:abstractNumId="0"', 'w:abstractNumId="1"').replace(/<w:num [\s\S]*$/, '');

const LEVELS: Array<{ pattern: RegExp; value: (m: RegExpExecArray) => number }> = [
  { pattern: /^([一二三四五六七八九十]+)、/, value: (m) => chineseValue(m[1]!) },
  { pattern: /^（([一二三四五六七八九十]+)）/, value: (m) => chineseValue(m[1]!) },
  { pattern: /^(\d{1,2})\.(?!\d)/, value: (m) => Number(m[1]) },
];

function chineseValue(text: string): number {
  const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const ten = text.indexOf('十');
  return ten === -1 ? digit(text[0]) : (ten === 0 ? 1 : digit(text[0])) * 10 + digit(text[ten + 1]);
}

/** Word's counters for one list, to decide whether a typed number is the one the list would print. */
class ListCounter {
  counters: Array<number | undefined> = [undefined, undefined, undefined];
  constructor(readonly numId: number) {}

  /** The numbering properties for a paragraph whose text starts with a number the list prints, and the rest of its text. */
  take(text: string): { pPr: string; text: string } {
    for (let level = 0; level < LEVELS.length; level++) {
      const m = LEVELS[level]!.pattern.exec(text);
      if (!m) continue;
      const expected = (this.counters[level] ?? 0) + 1;
      if (LEVELS[level]!.value(m) !== expected) return { pPr: '', text };
      this.counters[level] = expected;
      for (let lower = level + 1; lower < this.counters.length; lower++) this.counters[lower] = undefined;
      return { pPr: numPr(this.numId, level), text: text.slice(m[0].length) };
    }
    return { pPr: '', text };
  }
}

const isElement = (node: HtmlNode): node is HtmlElement => node.nodeType === 1;
const tagOf = (node: HtmlElement) => node.tagName.toLowerCase();
const textOf = (node: HtmlNode) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

function paragraph(text: string, pPr: string, extra = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text ? run(text) : ''}${extra}</w:p>`;
}

/** A page.html as document.xml's body and numbering.xml. */
function report(html: string): { body: string; numbering: string; title: string } {
  const doc = parseHtml(html);
  const title = textOf(doc.querySelectorAll('title')[0] ?? { nodeType: 3, childNodes: [], textContent: '' });
  const bodyList = new ListCounter(1);
  let tables = 0;
  let body = '';
  let first = true;
  const stack: HtmlNode[] = Array.from((doc.querySelectorAll('body')[0] ?? doc).childNodes).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (tag === 'table') {
      body += table(node, new ListCounter(2 + tables++));
    } else if (/^h[1-3]$/.test(tag) || tag === 'p') {
      const style = tag === 'h1' ? 'a3' : tag === 'p' ? '' : tag.slice(1);
      const numbered = tag === 'h1' ? { pPr: '', text: textOf(node) } : bodyList.take(textOf(node));
      const pPr = (style ? `<w:pStyle w:val="${style}"/>` : '') + numbered.pPr;
      // Text Word keeps but does not show, holding numbers the reader must not take.
      const hidden = first && tag === 'p' ? '<w:del w:id="1" w:author="x"><w:r><w:delText>（旧稿：收到申请9999件）</w:delText></w:r></w:del>' + run('（批注：共8888件）', '<w:vanish/>') : '';
      if (first && tag === 'p') first = false;
      body += paragraph(numbered.text, pPr, hidden);
    } else {
      const children = Array.from(node.childNodes);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  const instances = Array.from({ length: tables }, (_, k) => {
    const overrides = [0, 1, 2].map((ilvl) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="1"/></w:lvlOverride>`).join('');
    return `<w:num w:numId="${2 + k}"><w:abstractNumId w:val="1"/>${overrides}</w:num>`;
  }).join('');
  // numbering.xml lists every abstract list before the list instances.
  const [abstract0, num1] = REPORT_NUMBERING.split(/(?=<w:num )/);
  return { body, numbering: abstract0! + TABLE_LIST + num1! + instances, title };
}

/** An HTML table as a Word table: spans as gridSpan, rowspans as vMerge restart + continue cells. */
function table(element: HtmlElement, list: ListCounter): string {
  const rows: HtmlElement[] = [];
  const collect: HtmlNode[] = [element];
  while (collect.length > 0) {
    const node = collect.pop()!;
    if (!isElement(node)) continue;
    if (tagOf(node) === 'tr') rows.push(node);
    else for (const child of Array.from(node.childNodes).reverse()) collect.push(child);
  }
  /** Columns covered by a rowspan from above: column → { rows left, its width }. */
  const covered = new Map<number, { left: number; span: number }>();
  let width = 0;
  let out = '';
  for (const tr of rows) {
    const cells = Array.from(tr.childNodes).filter((c): c is HtmlElement => isElement(c) && ['td', 'th'].includes(tagOf(c)));
    let xml = '';
    let col = 0;
    const next = () => {
      while (covered.has(col)) {
        const cover = covered.get(col)!;
        xml += docxCell(paragraph('', ''), `${cover.span > 1 ? `<w:gridSpan w:val="${cover.span}"/>` : ''}<w:vMerge/>`);
        if (--cover.left === 0) covered.delete(col);
        col += cover.span;
      }
    };
    for (const td of cells) {
      next();
      const colspan = Math.max(1, Number.parseInt(td.getAttribute('colspan') ?? '1', 10) || 1);
      const rowspan = Math.max(1, Number.parseInt(td.getAttribute('rowspan') ?? '1', 10) || 1);
      const numbered = list.take(textOf(td));
      const tcPr = (colspan > 1 ? `<w:gridSpan w:val="${colspan}"/>` : '') + (rowspan > 1 ? '<w:vMerge w:val="restart"/>' : '');
      xml += docxCell(paragraph(numbered.text, numbered.pPr), tcPr);
      if (rowspan > 1) covered.set(col, { left: rowspan - 1, span: colspan });
      col += colspan;
    }
    next();
    width = Math.max(width, col);
    out += `<w:tr>${xml}</w:tr>`;
  }
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(width)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${grid}${out}</w:tbl>`;
}

const formsRoot = join(fixtures, 'forms');
const args = process.argv.slice(2);
const ids = args.length > 0 ? args : readdirSync(formsRoot).filter((name) => !name.includes('.')).sort();
for (const id of ids) {
  const { body, numbering, title } = report(readFileSync(join(formsRoot, id, 'page.html'), 'utf8'));
  const bytes = makeDocx({ body: body + '<w:sectPr/>', numbering, styles: STYLES, title });
  writeFileSync(join(formsRoot, id, 'word-numbered.docx'), bytes);
  const numbered = (body.match(/<w:numPr>/g) ?? []).length;
  const merges = (body.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length;
  console.log(`${id}: ${Math.round(bytes.length / 1024)}k, ${numbered} numbered paragraphs, ${merges} vertical merges; title ${xmlEscape(title).length > 0 ? 'kept' : 'none'}`);
}
