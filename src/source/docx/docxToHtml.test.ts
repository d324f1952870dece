import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { docxToHtml } from './docxToHtml.ts';
import { isWordZip } from './isWordZip.ts';
import { cell, documentXml, makeDocx, numPr, para, REPORT_NUMBERING, run } from '../../../test/support/minimalDocx.ts';
import { INPUT_LIMITS } from '../limits.ts';

const html = (bytes: Uint8Array) => {
  const result = docxToHtml(bytes);
  if (!result.ok) throw new Error(result.reason.en);
  return result.html.replace(/^[\s\S]*<body>\n|<\/body>[\s\S]*$/g, '');
};
const reason = (bytes: Uint8Array) => {
  const result = docxToHtml(bytes);
  return result.ok ? '' : result.reason.zh;
};

const HEADING_STYLES =
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="My heading"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:basedOn w:val="a3"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';

describe('docxToHtml', () => {
  it('writes paragraphs, headings by style name (any language), outline level and basedOn', () => {
    const body = para('标题一', '<w:pStyle w:val="1"/>') + para('标题二', '<w:pStyle w:val="a3"/>') + para('大纲三', '<w:pStyle w:val="Outline3"/>') + para('正文') + para('') + para('直接大纲', '<w:outlineLvl w:val="0"/>');
    expect(html(makeDocx({ body, styles: HEADING_STYLES }))).toBe('<h1>标题一</h1>\n<h2>标题二</h2>\n<h3>大纲三</h3>\n<p>正文</p>\n<h1>直接大纲</h1>\n');
  });

  it('prints automatic numbering, from the paragraph or from its style, and numId 0 turns it off', () => {
    const body =
      para('总体情况', `<w:pStyle w:val="Numbered"/>`) +
      para('主动公开方面', numPr(1, 1)) +
      para('依申请公开方面', numPr(1, 1)) +
      para('主动公开政府信息情况', '<w:pStyle w:val="Numbered"/>') +
      para('不编号', '<w:pStyle w:val="Numbered"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      para('收到和处理政府信息公开申请情况', '<w:pStyle w:val="Numbered"/>') +
      para('不予公开', '<w:numPr><w:ilvl w:val="1"/></w:numPr><w:pStyle w:val="Numbered"/>');
    expect(html(makeDocx({ body, styles: HEADING_STYLES, numbering: REPORT_NUMBERING }))).toBe(
      '<h2>一、总体情况</h2>\n<p>（一）主动公开方面</p>\n<p>（二）依申请公开方面</p>\n<h2>二、主动公开政府信息情况</h2>\n<h2>不编号</h2>\n<h2>三、收到和处理政府信息公开申请情况</h2>\n<h2>（一）不予公开</h2>\n',
    );
  });

  it('keeps inserted text, drops hidden text, deletions and field instructions, reads breaks and tabs', () => {
    const body =
      '<w:p>' +
      run('收到申请') +
      '<w:ins w:id="1">' + run('647') + '</w:ins>' +
      '<w:del w:id="2"><w:r><w:delText>648</w:delText></w:r></w:del>' +
      run('999', '<w:vanish/>') +
      run('件', '<w:vanish w:val="0"/>') +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('，') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t>当面</w:t><w:tab/><w:t>200</w:t><w:br/><w:t>网上&lt;447&gt;</w:t></w:r>' +
      '<w:hyperlink r:id="x">' + run('链接') + '</w:hyperlink>' +
      '<w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:drawing><w:txbxContent>' + para('文本框 5') + '</w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent></w:r>' +
      '</w:p>';
    expect(html(makeDocx({ body }))).toBe('<p>收到申请647件，当面 200<br>网上&lt;447&gt;链接</p>\n');
  });

  it('resolves gridSpan, vMerge (restart, bare and continue) and gridBefore into colspan and rowspan', () => {
    const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    const body =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
      tr(cell('表头', '<w:gridSpan w:val="2"/>') + cell('总计')) +
      tr(cell('（三）不予公开', '<w:vMerge w:val="restart"/>') + cell('1.属于国家秘密') + cell('0')) +
      tr(cell('', '<w:vMerge/>') + cell('2.其他法律') + cell('1')) +
      tr(cell('', '<w:vMerge w:val="continue"/>') + cell('3.危及') + cell('2')) +
      tr(cell('隐藏行') + cell('x') + cell('9'), '<w:hidden/>') +
      tr(cell('后移') + cell('3'), '<w:gridBefore w:val="1"/>') +
      '</w:tbl>';
    expect(html(makeDocx({ body }))).toBe(
      '<table>\n' +
        '<tr><td colspan="2"><p>表头</p>\n</td><td><p>总计</p>\n</td></tr>\n' +
        '<tr><td rowspan="3"><p>（三）不予公开</p>\n</td><td><p>1.属于国家秘密</p>\n</td><td><p>0</p>\n</td></tr>\n' +
        '<tr><td><p>2.其他法律</p>\n</td><td><p>1</p>\n</td></tr>\n' +
        '<tr><td><p>3.危及</p>\n</td><td><p>2</p>\n</td></tr>\n' +
        '<tr><td colspan="1"></td><td><p>后移</p>\n</td><td><p>3</p>\n</td></tr>\n' +
        '</table>\n',
    );
  });

  it('reads nested tables and content controls, and refuses tables nested past the cap', () => {
    const inner = `<w:tbl><w:tr>${cell('内')}</w:tr></w:tbl>`;
    const body = `<w:sdt><w:sdtPr/><w:sdtContent><w:tbl><w:tr><w:tc>${para('外')}${inner}</w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>`;
    expect(html(makeDocx({ body }))).toBe('<table>\n<tr><td><p>外</p>\n<table>\n<tr><td><p>内</p>\n</td></tr>\n</table>\n</td></tr>\n</table>\n');
    const deep = '<w:tbl><w:tr><w:tc>'.repeat(INPUT_LIMITS.tableNesting + 1) + para('x') + '</w:tc></w:tr></w:tbl>'.repeat(INPUT_LIMITS.tableNesting + 1);
    expect(reason(makeDocx({ body: deep }))).toContain('表格嵌套超过');
  });

  it('takes the title from the core properties', () => {
    const result = docxToHtml(makeDocx({ body: para('正文'), title: '某县2023年报告 <草稿>' }));
    expect(result.ok && result.html).toContain('<title>某县2023年报告 &lt;草稿&gt;</title>');
  });

  it('says what is wrong with a broken Word file, never throws', () => {
    const good = makeDocx({ body: para('正文') });
    expect(reason(makeDocx({ body: '' }))).toContain('没有文字');
    expect(reason(makeDocx({ body: para('a'), extra: { 'word/document.xml': strToU8('<w:document/>') } }))).toContain('没有文字');
    expect(reason(good.subarray(0, Math.floor(good.length * 0.6)))).toContain('损坏或不完整');
    expect(reason(makeDocx({ body: para('a'), extra: { 'word/document.xml': undefined, 'word/styles.xml': strToU8('<w:styles/>') } }))).toContain('缺少正文');
    expect(reason(makeDocx({ body: para('a'), extra: { 'word/document.xml': strToU8(documentXml(para('a')).slice(0, -30)) } }))).toContain('不是完好的 XML');
    expect(reason(makeDocx({ body: para('a'), extra: { 'word/document.xml': strToU8('<!DOCTYPE x [<!ENTITY a "b">]><w:document/>') } }))).toContain('不是完好的 XML');
  });

  it('refuses a part whose declared size passes the cap before inflating it (a zip bomb)', () => {
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(documentXml(para('a'))) });
    // The declared uncompressed size sits at offset 24 of the central directory header.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(zip.subarray(i + 46, i + 63)) === 'word/document.xml') view.setUint32(i + 24, 0xfffffff0, true);
    expect(reason(zip)).toMatch(/word\/document\.xml 解压后有 4096 MB，超过上限 38 MB/);
  });

  it('tells a Word zip by its entries, not its name', () => {
    expect(isWordZip(makeDocx({ body: para('a') }))).toBe(true);
    expect(isWordZip(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8('<w:styles/>') }))).toBe(true);
    expect(isWordZip(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe(false);
    expect(isWordZip(strToU8('word/document.xml'))).toBe(false);
  });
});
