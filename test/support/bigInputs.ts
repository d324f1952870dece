// The large cases of the bad-input corpus, generated at test time rather than committed: inputs past
// each cap (refused with the cap's message) and inputs just under the caps that must still be read.
// Each is built in well under a second.

import { BAD_REPORT, type BadCase } from './badCases.ts';
import { textPdf } from './rawPdf.ts';
import { INPUT_LIMITS } from '../../src/source/limits.ts';

export interface BigInput extends BadCase {
  make: () => Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const report = BAD_REPORT.text;
const reads = { reads: { values: BAD_REPORT.values } } as const;
const paragraphs = (text: string) => text.split('\n').map((l) => `<p>${l}</p>`).join('');

/**
 * A page whose one line pdf.js reads as about `items` text items: runs of one glyph two points apart,
 * each followed by the filler space pdf.js puts in the gap (the shape that once froze the page). They are
 * set at 2 pt, the smallest size the reader keeps (smaller text cannot be read on the page).
 */
function runsOnOneLine(items: number): string {
  let content = 'BT /F1 2 Tf ';
  for (let i = 0; i < items / 2; i++) content += `1 0 0 1 ${(i % 125) * 4 + 10} 700 Tm (${i % 10}) Tj `;
  return `${content}ET`;
}

export const BIG_INPUTS: BigInput[] = [
  {
    file: 'long-line.txt',
    what: `one line of ${INPUT_LIMITS.lineChars + 1} characters after the report`,
    expect: { refused: '行太长' },
    make: () => utf8(`${report}\n${'啊'.repeat(INPUT_LIMITS.lineChars + 1)}`),
  },
  {
    file: 'huge-text.txt',
    what: `a text of ${INPUT_LIMITS.textChars + 1} characters in short lines`,
    expect: { refused: '文字太长' },
    make: () => utf8(`${report}\n${'共收到申请1件。\n'.repeat(Math.ceil(INPUT_LIMITS.textChars / 8))}`),
  },
  {
    file: 'single-line-50mb.txt',
    what: 'a single 50 MB line',
    expect: { refused: '文字太长' },
    make: () => new Uint8Array(50 * 1024 * 1024).fill(0x31),
  },
  {
    file: 'many-runs-one-line.pdf',
    what: `a page of ${INPUT_LIMITS.itemsPerPage + 1000} text runs on one line`,
    expect: { refused: '段文字' },
    make: () => textPdf([runsOnOneLine(INPUT_LIMITS.itemsPerPage + 1000)]),
  },
  {
    file: 'runs-under-cap.pdf',
    what: `a page of ${INPUT_LIMITS.itemsPerPage - 5000} text runs on one line (under the cap: read)`,
    expect: { reads: { values: [] } },
    make: () => textPdf([runsOnOneLine(INPUT_LIMITS.itemsPerPage - 5000)]),
  },
  {
    file: 'too-many-pages.pdf',
    what: `${INPUT_LIMITS.pages + 1} pages`,
    expect: { refused: '页，超过上限' },
    make: () => textPdf(Array.from({ length: INPUT_LIMITS.pages + 1 }, () => 'BT /F1 12 Tf 72 700 Td (1) Tj ET')),
  },
  {
    file: 'deep-nesting.html',
    what: 'a web page nested 30,000 elements deep around the report',
    expect: { refused: '嵌套超过' },
    make: () => utf8(`<html><body>${'<div>'.repeat(30_000)}${paragraphs(report)}${'</div>'.repeat(30_000)}</body></html>`),
  },
  {
    file: 'nesting-under-cap.html',
    what: `a web page nested ${INPUT_LIMITS.elementNesting - 100} elements deep around the report (under the cap: read)`,
    expect: reads,
    make: () => utf8(`<html><body>${'<div><span>'.repeat((INPUT_LIMITS.elementNesting - 100) / 2)}${paragraphs(report)}${'</span></div>'.repeat((INPUT_LIMITS.elementNesting - 100) / 2)}</body></html>`),
  },
  {
    file: 'unclosed-cells.html',
    what: 'a table of 1,500 rows written with unclosed <tr>, <td> and <p> tags (they nest nothing)',
    expect: reads,
    make: () => utf8(`<html><body>${paragraphs(report).replace(/<\/p>/g, '')}<table>${'<tr><td>其他<td>件<td>1'.repeat(1500)}</table></body></html>`),
  },
  {
    file: 'table-rows-over-cap.html',
    what: `a table of ${INPUT_LIMITS.tableRows * 5} rows`,
    expect: { refused: '行的表格' },
    make: () => utf8(`<html><body>${paragraphs(report)}<table>${'<tr><td>收到申请</td><td>件</td><td>1</td></tr>'.repeat(INPUT_LIMITS.tableRows * 5)}</table></body></html>`),
  },
  {
    file: 'table-rows-under-cap.html',
    what: `a table of ${INPUT_LIMITS.tableRows - 100} rows (under the cap: read)`,
    expect: reads,
    make: () => utf8(`<html><body>${paragraphs(report)}<table>${'<tr><td>其他</td><td>件</td><td>1</td></tr>'.repeat(INPUT_LIMITS.tableRows - 100)}</table></body></html>`),
  },
  {
    file: 'nested-tables.html',
    what: 'tables nested 3,000 deep (refused for its nesting, by elements or by tables)',
    expect: { refused: '嵌套' },
    make: () => utf8(`<html><body>${paragraphs(report)}${'<table><tr><td>'.repeat(3000)}x${'</td></tr></table>'.repeat(3000)}</body></html>`),
  },
  {
    file: 'nested-tables-under-cap.html',
    what: 'tables nested 90 deep around the report (under the cap: read)',
    expect: reads,
    make: () => utf8(`<html><body>${'<table><tr><td>'.repeat(90)}${paragraphs(report)}${'</td></tr></table>'.repeat(90)}</body></html>`),
  },
  {
    file: 'many-claims.txt',
    what: 'a report followed by 60,000 sentences with a number each',
    expect: reads,
    make: () => utf8(`${report}\n${Array.from({ length: 60_000 }, (_, i) => `第${i}项工作完成${i % 97}件。`).join('\n')}`),
  },
];
