// Tables that leave zero cells blank (many reports do), in two forms of one report: a web page keeps the
// blank cells (empty <td>), so the table reads whole and its blanks count as 0, with a notice and no
// warnings; text laid out with spaces drops them, so a row with blanks cannot say which column a number
// belongs to and is left unread, never read into the wrong columns. Made from 洪泽 2023's forms
// (test/fixtures/forms/hongze-2023/), with table 三's zeros blanked.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import type { Analysis } from '../../src/model/types.ts';

const FORMS = 'test/fixtures/forms/hongze-2023';

async function analyse(text: string, name: string): Promise<Analysis> {
  const outcome = await analyzeFileNode(new TextEncoder().encode(text), name);
  if (!outcome.ok) throw new Error(outcome.reason.en);
  return outcome.analysis;
}

/** page.html with every cell of table 三 that prints 0 made empty. */
function blankedPage(change?: [string, string]): string {
  const html = readFileSync(`${FORMS}/page.html`, 'utf8');
  const start = html.indexOf('收到和处理政府信息公开申请情况');
  const end = html.indexOf('行政复议、行政诉讼情况', start);
  let table = html.slice(start, end).replace(/(<td[^>]*>)0(<\/td>)/g, '$1$2');
  if (change) table = table.replace(change[0], change[1]);
  return html.slice(0, start) + table + html.slice(end);
}

describe('a table that prints its zeros as blanks', () => {
  it('reads every row of the web page, counts the blanks as 0, and says so once, with no warnings', async () => {
    const analysis = await analyse(blankedPage(), 'blanked.html');
    expect(analysis.meta.template).toBe('gov-2021');
    const three = analysis.cells.filter((c) => c.indicator.startsWith('三.'));
    const original = await analyse(readFileSync(`${FORMS}/page.html`, 'utf8'), 'page.html');
    expect(three).toHaveLength(original.cells.filter((c) => c.indicator.startsWith('三.')).length);
    expect(three.filter((c) => c.value.kind === 'blank').length).toBeGreaterThan(100);
    expect(analysis.notices.some((n) => n.zh.includes('没有印出任何 0'))).toBe(true);
    const flagged = analysis.findings.filter((f) => f.severity !== 'info' && f.cells.some((ref) => ref.startsWith('三.')));
    expect(flagged).toEqual([]);
  });

  it('still finds a real error there, as one to review when a blank takes part in it', async () => {
    // 一、本年新收 总计 printed 22 instead of 21: its row and the balance fail.
    const analysis = await analyse(blankedPage(['>21</td></tr>', '>22</td></tr>']), 'blanked-error.html');
    const failing = analysis.findings.filter((f) => f.severity !== 'info' && f.cells.includes('三.一@6'));
    expect(failing.length).toBeGreaterThan(0);
    for (const f of failing) if (f.cells.some((ref) => analysis.cells.find((c) => c.ref === ref)?.value.kind === 'blank')) expect(f.severity).toBe('warning');
  });

  it('leaves rows of space-laid text with blanks unread, with a notice, and raises no false alarm', async () => {
    const layout = readFileSync(`${FORMS}/pdftotext-layout.txt`, 'utf8');
    // The 一、本年新收 row keeps 21 … 21; its zeros become blanks (spaces), as such text prints them.
    const blanked = layout.replace(/^(一、本年新收政府信息公开申请数量\s+21)(.*?)(21)$/m, (_, a: string, mid: string, b: string) => a + mid.replace(/0/g, ' ') + b);
    expect(blanked).not.toBe(layout);
    const analysis = await analyse(blanked, 'blanked.txt');
    expect(analysis.cells.some((c) => c.indicator === '三.一')).toBe(false);
    expect(analysis.notices.some((n) => n.en.includes('do not show which columns are blank') || n.en.includes('does not show which columns are blank'))).toBe(true);
    const wrong = analysis.findings.filter((f) => f.severity === 'error' && f.cells.some((ref) => ref.startsWith('三.一@')));
    expect(wrong).toEqual([]);
  });
});
