import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../model/types.ts';
import { readStatsTables } from '../../tables/readStatsTables.ts';
import { htmlLines } from './htmlLines.ts';
import { parseHtml } from './parseHtml.ts';

/** The browser passes its own DOMParser document: this only compiles if a DOM `Document` is accepted. */
const acceptsBrowserDocument: (doc: Document) => NormLine[] = htmlLines;
void acceptsBrowserDocument;

const texts = (html: string) => htmlLines(parseHtml(html)).map((l) => l.text);

describe('htmlLines: text blocks', () => {
  it('makes one line per block, concatenates inline text and collapses whitespace', () => {
    expect(texts('<h1>标题</h1><p>第一段<b>加粗</b>  文字\n  继续</p><div>A<br>B</div><ul><li>一</li><li>二</li></ul>')).toEqual([
      '标题',
      '第一段加粗 文字继续',
      'A',
      'B',
      '一',
      '二',
    ]);
  });

  it('drops a line break between two CJK characters but keeps it as a space elsewhere', () => {
    expect(texts('<p>平潭县\n   人民政府 2012\n年\nreport\ntext</p>')).toEqual(['平潭县人民政府 2012 年 report text']);
  });

  it('reads &nbsp; and U+3000 as spaces, and skips blocks that hold only them', () => {
    expect(texts('<p>a&nbsp;&nbsp;b\u3000c</p><p>&nbsp;</p><p> \u00a0 </p><p>d</p>')).toEqual(['a b c', 'd']);
  });

  it('ignores script, style, noscript, template and head', () => {
    const html =
      '<!DOCTYPE html><html><head><title>题目</title><style>p{color:red}</style></head>' +
      '<body><p>前<script>document.write("9999")</script>后</p><noscript>请启用脚本</noscript>' +
      '<template><p>模板</p></template><style>.x{}</style><p>末</p></body></html>';
    expect(texts(html)).toEqual(['前后', '末']);
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(texts('开头 <span>inline</span><p>段落</p>结尾')).toEqual(['开头 inline', '段落', '结尾']);
  });

  it('numbers lines from 1, columns 1..length over the rebuilt text, fold 1', () => {
    const lines = htmlLines(parseHtml('<p>ab</p><p></p><table><tr><td>x</td><td>1</td></tr></table>'));
    expect(lines).toEqual([
      { line: 1, text: 'ab', cols: [1, 2], fold: 1 },
      { line: 2, text: 'x\t1', cols: [1, 2, 3], fold: 1 },
    ]);
  });

  it('folds full-width digits and collapses fake bold per line', () => {
    const [line] = htmlLines(parseHtml('<p>德德德德育育育育工工工工作作作作 共１２３条</p>'));
    expect(line).toEqual({ line: 1, text: '德育工作 共123条', cols: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], fold: 1 });
  });
});

describe('htmlLines: tables', () => {
  const rows = (body: string) => texts(`<table>${body}</table>`);

  it('joins cells with tabs, one line per row, text before and after in document order', () => {
    expect(texts('<p>前</p><table><tbody><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></tbody></table><p>后</p>')).toEqual([
      '前',
      'a\t1',
      'b\t2',
      '后',
    ]);
  });

  it('puts a colspan cell in one slot and omits the columns it spans', () => {
    expect(rows('<tr><th rowspan="2">指标</th><th colspan="2">数量</th></tr><tr><th>年度</th><th>累计</th></tr><tr><td>A</td><td>1</td><td>2</td></tr>')).toEqual([
      '指标\t数量',
      '\t年度\t累计',
      'A\t1\t2',
    ]);
  });

  it('leaves an empty slot under a rowspan, in the middle and at the end of a row', () => {
    expect(rows('<tr><td>a</td><td rowspan="3">x</td><td>b</td></tr><tr><td>c</td><td>d</td></tr><tr><td>e</td><td>f</td></tr>')).toEqual([
      'a\tx\tb',
      'c\t\td',
      'e\t\tf',
    ]);
    expect(rows('<tr><td>a</td><td>b</td><td rowspan="2">c</td></tr><tr><td>d</td></tr>')).toEqual(['a\tb\tc', 'd\t\t']);
  });

  it('gives a cell spanning both ways one empty slot in the rows below, like pdfLines', () => {
    expect(rows('<tr><td rowspan="2" colspan="2">X</td><td>y</td></tr><tr><td>z</td></tr><tr><td>1</td><td>2</td><td>3</td></tr>')).toEqual([
      'X\ty',
      '\tz',
      '1\t2\t3',
    ]);
  });

  it('reads rowspan="0" as the rest of the table and ignores nonsense spans', () => {
    expect(rows('<tr><td rowspan="0">a</td><td>1</td></tr><tr><td>2</td></tr><tr><td colspan="x" rowspan="-1">3</td></tr>')).toEqual([
      'a\t1',
      '\t2',
      '\t3',
    ]);
  });

  it('reads a cell holding only whitespace or &nbsp; as empty, and leaves out a row with no text', () => {
    expect(rows('<tr><td>行政复议数</td><td>条</td><td>&nbsp;</td><td> &nbsp; <p>&nbsp;</p></td></tr><tr><td>&nbsp;</td><td> </td></tr>')).toEqual([
      '行政复议数\t条\t\t',
    ]);
  });

  it('joins a cell’s blocks without a separator next to CJK, with a space between Latin or digit fragments', () => {
    expect(rows('<tr><td><p>计量</p><p>单位</p></td><td><p>2012</p><p>年度</p></td><td><p>12</p><p>34</p></td><td>Total<br>count</td></tr>')).toEqual([
      '计量单位\t2012年度\t12 34\tTotal count',
    ]);
  });

  it('shows markup-like text in a cell literally and never runs a script', () => {
    expect(rows('<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>1<script>throw new Error("ran")</script></td></tr>')).toEqual([
      '<script>alert(1)</script>\t1',
    ]);
  });

  it('flattens a nested table into its cell and reads the caption before the rows', () => {
    expect(rows('<caption>统计表</caption><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr>')).toEqual(['统计表', 'a b\tc']);
  });

  it('reads a table of several rows inside a layout table (a site frame, a Word-pasted one-cell box) with its own cells', () => {
    const data = '<table><tr><td>（一）予以公开</td><td>9</td><td>&nbsp;</td><td>4</td></tr><tr><td>（二）部分公开</td><td>1</td><td>2</td><td>3</td></tr></table>';
    expect(texts(`<table><tr><td>${data}</td></tr></table>`)).toEqual(['（一）予以公开\t9\t\t4', '（二）部分公开\t1\t2\t3']);
    // Beside a navigation cell, and nested twice: the article's paragraphs and table keep their lines and cells.
    const page = `<table><tr><td><a>首页</a></td><td><p>正文第一段。</p><table><tr><td>${data}</td></tr></table></td></tr></table>`;
    expect(texts(page)).toEqual(['首页', '正文第一段。', '（一）予以公开\t9\t\t4', '（二）部分公开\t1\t2\t3']);
  });

  it('reads text misplaced between rows before the table, where a browser would put it', () => {
    expect(texts('<table>注<tr><td>a</td>意</tr></table>')).toEqual(['注意', 'a']);
  });

  it('gives a header line that readStatsTables reads with its two value columns', () => {
    const html =
      '<table><tr><td><p>指标名称</p></td><td><p>计量</p><p>单位</p></td><td><p>2012</p><p>年度</p></td><td>历年累计</td></tr>' +
      '<tr><td>主动公开信息数</td><td>条</td><td>2026</td><td>3542</td></tr>' +
      '<tr><td>行政复议数</td><td>条</td><td>&nbsp;</td><td>0</td></tr></table>';
    const [table] = readStatsTables(htmlLines(parseHtml(html)));
    expect(table!.header).toEqual(['指标名称', '计量单位', '2012年度', '历年累计']);
    expect(table!.columns).toEqual(['2012年度', '历年累计']);
    expect(table!.rows.map((r) => [r.label, r.unit, ...r.values.map((v) => v.value.raw)])).toEqual([
      ['主动公开信息数', '条', '2026', '3542'],
      ['行政复议数', '条', '', '0'],
    ]);
    expect(table!.rows[1]!.values[0]!.value.kind).toBe('blank');
  });
});

describe('a page nested very deeply', () => {
  it('is read without overflowing the stack', () => {
    const depth = 30_000;
    const html = `<body>${'<div>'.repeat(depth)}收到申请464件${'</div>'.repeat(depth)}<p>办结461件</p></body>`;
    const lines = htmlLines(parseHtml(html)).map((l) => l.text);
    expect(lines).toEqual(['收到申请464件', '办结461件']);
  });
});

describe('a cell drawn as an image of its number', () => {
  it('reads the image’s alt text when the cell has no text of its own, and never adds it to text', () => {
    const doc = parseHtml('<table><tr><td>本年新收</td><td><img src="n.png" alt="81"></td><td>件<img src="icon.png" alt="图标"></td></tr></table>');
    expect(htmlLines(doc).map((l) => l.text)).toEqual(['本年新收\t81\t件']);
  });
});

describe('hidden elements', () => {
  it('skips what a browser does not show: the hidden attribute, display:none, visibility:hidden', () => {
    const doc = parseHtml(
      '<body><div hidden><p>收到申请999件</p></div><p style="color:red; display: none">收到申请998件</p><p style="visibility:hidden">997件</p><p style="display:block">收到申请81件</p></body>',
    );
    expect(htmlLines(doc).map((l) => l.text).filter((t) => t)).toEqual(['收到申请81件']);
  });
});

describe('a report inside <iframe srcdoc>', () => {
  it('reads the embedded document where the frame stands, when a parser is given', () => {
    const doc = parseHtml('<body><h1>预览</h1><iframe srcdoc="&lt;p&gt;收到申请81件&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;新收&lt;/td&gt;&lt;td&gt;81&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"></iframe><p>完</p></body>');
    expect(htmlLines(doc, parseHtml).map((l) => l.text).filter((t) => t)).toEqual(['预览', '收到申请81件', '新收\t81', '完']);
    expect(htmlLines(doc).map((l) => l.text).filter((t) => t)).toEqual(['预览', '完']);
  });

  it('stops frames nested in frames after three levels', () => {
    let html = '<p>深处</p>';
    for (let i = 0; i < 5; i++) html = `<p>第${i}层</p><iframe srcdoc="${html.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"></iframe>`;
    const lines = htmlLines(parseHtml(`<body>${html}</body>`), parseHtml).map((l) => l.text).filter((t) => t);
    expect(lines).toEqual(['第4层', '第3层', '第2层', '第1层']);
  });
});
