// Whole reports as Word files, through the code the CLI runs (analyzeFileNode): the LibreOffice export
// (word.docx, every number typed) and the hand-written one whose headings and table-三 group labels are
// Word's automatic numbering and vertical merges (word-numbered.docx, scripts/forms/writeDocx.ts) give the
// same template, cells and findings as the web page they were made from. Plus a short report written
// here, whose numbers and group labels exist only as Word numbering and vertical merges.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../pipeline/analyzeFileNode.ts';
import type { Analysis } from '../../model/types.ts';
import { cell, makeDocx, numPr, para, REPORT_NUMBERING } from '../../../test/support/minimalDocx.ts';

async function analyze(bytes: Uint8Array, name: string): Promise<Analysis> {
  const result = await analyzeFileNode(bytes, name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

const summary = (a: Analysis) => ({
  template: a.meta.template,
  cells: a.cells.map((c) => `${c.ref}=${c.value.kind === 'number' ? c.value.value : c.value.kind}`),
  findings: a.findings.map((f) => `${f.rule}:${f.severity}:${f.cells.join(',')}`).sort(),
});

describe('Word reports', () => {
  it.each(['pingtan-2021', 'hongze-2023', 'seed-003'])('%s: word.docx and word-numbered.docx read as page.html does', async (id) => {
    const dir = `test/fixtures/forms/${id}`;
    const page = summary(await analyze(readFileSync(`${dir}/page.html`), 'page.html'));
    expect(page.cells.length).toBeGreaterThan(50);
    expect(summary(await analyze(readFileSync(`${dir}/word.docx`), 'word.docx'))).toEqual(page);
    expect(summary(await analyze(readFileSync(`${dir}/word-numbered.docx`), 'word-numbered.docx'))).toEqual(page);
  });

  it('prints auto-numbered headings and table-三 labels and resolves merged group labels', async () => {
    const row = (label: string, values: number[], labelCell = cell(label, '<w:gridSpan w:val="3"/>')) => `<w:tr>${labelCell}${values.map((v) => cell(String(v))).join('')}</w:tr>`;
    const seven = (n: number) => [n, 0, 0, 0, 0, 0, n];
    const numbered = (text: string, ilvl: number, tcPr: string) => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${para(text, numPr(2, ilvl))}</w:tc>`;
    const continued = (span: number) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/><w:vMerge/></w:tcPr><w:p/></w:tc>`;
    const table =
      '<w:tbl>' +
      `<w:tr>${cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '<w:gridSpan w:val="3"/><w:vMerge w:val="restart"/>')}${cell('自然人', '<w:vMerge w:val="restart"/>')}${cell('法人或其他组织', '<w:gridSpan w:val="5"/>')}${cell('总计', '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${continued(3)}<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => cell(h)).join('')}<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>` +
      row('', seven(5), numbered('本年新收政府信息公开申请数量', 0, '<w:gridSpan w:val="3"/>')) +
      row('', seven(0), numbered('上年结转政府信息公开申请数量', 0, '<w:gridSpan w:val="3"/>')) +
      `<w:tr>${numbered('本年度办理结果', 0, '<w:vMerge w:val="restart"/>')}${numbered('予以公开', 1, '<w:gridSpan w:val="2"/>')}${seven(3).map((v) => cell(String(v))).join('')}</w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${numbered('部分公开（区分处理的，只计这一情形，不计其他情形）', 1, '<w:gridSpan w:val="2"/>')}${seven(1).map((v) => cell(String(v))).join('')}</w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${numbered('不予公开', 1, '<w:vMerge w:val="restart"/>')}${numbered('属于国家秘密', 2, '')}${seven(1).map((v) => cell(String(v))).join('')}</w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${numbered('其他法律行政法规禁止公开', 2, '')}${seven(0).map((v) => cell(String(v))).join('')}</w:tr>` +
      '</w:tbl>';
    const heading = (text: string) => para(text, `<w:pStyle w:val="2"/>${numPr(1, 0)}`);
    const body =
      para('某县人民政府2021年政府信息公开工作年度报告', '<w:pStyle w:val="1"/>') +
      heading('总体情况') +
      para('2021年，本县共收到政府信息公开申请5件。') +
      heading('主动公开政府信息情况') +
      heading('收到和处理政府信息公开申请情况') +
      table;
    const numbering = REPORT_NUMBERING + REPORT_NUMBERING.replace('w:abstractNumId="0"', 'w:abstractNumId="1"').replace(/<w:num [\s\S]*$/, '') + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const styles = '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>';
    const analysis = await analyze(makeDocx({ body, numbering, styles }), 'numbered.docx');
    // The lines the table reader gets are those of a web page with rowspans: numbers printed from the
    // lists, group labels once, in the row where their merge starts. (A table this short is not enough
    // for the template; the whole reports above are.)
    expect(analysis.lines.map((l) => l.text)).toEqual([
      '某县人民政府2021年政府信息公开工作年度报告',
      '一、总体情况',
      '2021年，本县共收到政府信息公开申请5件。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t法人或其他组织\t总计',
      '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
      '一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5',
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '三、本年度办理结果\t（一）予以公开\t3\t0\t0\t0\t0\t0\t3',
      '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1',
      '\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
      '\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
    ]);
  });
});
