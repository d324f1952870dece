// The Fujian table (指标名称 | 计量单位 | 年度 | 历年累计) in the layouts converters give it: a markdown table
// with no unit column and units glued to the values (docling), text laid out with spaces whose year cell
// wraps (「2013 年」 / 「度」, pdftotext -layout) with the header repeated on the next page, blank lines
// between rows. The 平潭 2013 web page's own rows are rewritten in each layout; each must give the cells
// of the web page.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model/types.ts';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';

let html: Analysis;
let rows: Array<{ label: string; unit: string; year: string; total: string }>;
const cellsOf = (a: Analysis) => a.cells.map((c) => [c.ref, c.value.kind, c.value.value ?? c.value.raw]);

beforeAll(async () => {
  const result = await analyzeFileNode(new Uint8Array(readFileSync('test/fixtures/corpus/2013_pingtan_county.html')), '2013.html');
  if (!result.ok) throw new Error(result.reason.en);
  html = result.analysis;
  rows = html.tables[0]!.rows.map((r) => ({ label: r.label, unit: r.unit, year: r.values[0]!.value.raw, total: r.values[1]!.value.raw }));
});

const prose = '平潭县人民政府2013年政府信息公开工作年度报告\n一、概述\n2013年，我县认真贯彻落实《条例》。\n';

describe('the Fujian table in converters’ layouts', () => {
  it('reads the web page itself as fujian-2008 with every row', () => {
    expect(html.meta.template).toBe('fujian-2008');
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  it('a markdown table with an empty first column, no unit column, units glued to the values', () => {
    const md = ['|   | 指标名称 | 2013年度 | 历年累计 |', '|---|---|---|---|', ...rows.map((r) => `|   | ${r.label} | ${r.year}${r.unit} | ${r.total}${r.unit} |`)].join('\n');
    const a = analyzeText(prose + md, 'docling.md');
    expect(a.meta.template).toBe('fujian-2008');
    expect(cellsOf(a)).toEqual(cellsOf(html));
  });

  it('a web page table whose 「其中」 stands in a column of its own, merged down the rows it groups', async () => {
    // 「其中 | 1、… | 条 | …」 on a group's first row, an empty slot on the others; every other row spans both.
    const lines = rows.map((r) => {
      const part = /^其中[:：]?\s*(.+)$/.exec(r.label);
      const first = part && /^1[、.]/.test(part[1]!) ? '其中' : '';
      return part ? `<tr><td>${first}</td><td>${part[1]}</td><td>${r.unit}</td><td>${r.year}</td><td>${r.total}</td></tr>` : `<tr><td colspan="2">${r.label}</td><td>${r.unit}</td><td>${r.year}</td><td>${r.total}</td></tr>`;
    });
    expect(lines.some((l) => l.includes('<td>其中</td>'))).toBe(true);
    const page = `<html><body><p>${prose.replace(/\n/g, '</p><p>')}</p><table><tr><th colspan="2">指标名称</th><th>计量单位</th><th>2013年度</th><th>历年累计</th></tr>${lines.join('')}</table></body></html>`;
    const outcome = await analyzeFileNode(new TextEncoder().encode(page), 'page.html');
    if (!outcome.ok) throw new Error(outcome.reason.en);
    const a = outcome.analysis;
    expect(a.meta.template).toBe('fujian-2008');
    expect(cellsOf(a)).toEqual(cellsOf(html));
  });

  it('a two-row header whose lower row is one line, the first row on a grid with more slots, the header repeated after it', () => {
    // Firefox's print of a table broken after its first row: 「统计数」 / 「指标名称 计量单位」 / 「2013年度 历年累计」,
    // then 「label | unit | | year | | total」, then the header again as tab rows with empty leading cells.
    const tab = (r: (typeof rows)[number]) => [r.label, r.unit, r.year, r.total].join('\t');
    const [first, ...rest] = rows;
    const text = ['统计数', '指标名称 计量单位', '2013年度 历年累计', [first!.label, first!.unit, '', first!.year, '', first!.total].join('\t'), '指标名称\t计量单位\t统计数', '\t\t2013年度\t历年累计', ...rest.map(tab)].join('\n');
    const a = analyzeText(prose + text, 'firefox.txt');
    expect(a.meta.template).toBe('fujian-2008');
    expect(cellsOf(a)).toEqual(cellsOf(html));
  });

  it('laid out with spaces, the year cell wrapped, the header repeated after a page break (form feed), blank lines', () => {
    const header = ['                      2013 年', '    指标名称       计量单位            历年累计', '                        度', ''];
    const body = rows.map((r) => `${r.label.padEnd(16, '　')}    ${r.unit}      ${r.year}    ${r.total}\n`);
    const text = [...header, ...body.slice(0, 5), '\f', ...header, ...body.slice(5)].join('\n');
    const a = analyzeText(prose + text, 'layout.txt');
    expect(a.meta.template).toBe('fujian-2008');
    expect(cellsOf(a)).toEqual(cellsOf(html));
  });

  it('one cell per line (pdftotext without -layout), the header interleaved with a row after a page break', () => {
    const cellLines = (r: (typeof rows)[number]) => [r.label, r.unit, r.year, r.total];
    const head = ['指标名称', '', '计量单位', '', '2013 年', '度', '', '历年累计', ''];
    // After the break the header's cells stand between the last row's: 「指标名称 / 行政申诉数 / 计量单位 / 条 /
    // 2013 年 / 度 / 0 / 历年累计 / 0」.
    const lastRow = rows[rows.length - 1]!;
    const tail = ['\f指标名称', lastRow.label, '计量单位', lastRow.unit, '2013 年', '度', lastRow.year, '历年累计', lastRow.total];
    const text = [...head, ...rows.slice(0, -1).flatMap((r) => [...cellLines(r), '']), ...tail].join('\n');
    const a = analyzeText(prose + text, 'raw.txt');
    expect(a.meta.template).toBe('fujian-2008');
    expect(cellsOf(a)).toEqual(cellsOf(html));
  });

  it('one cell per line with a row holding a third number: that row is not read, the others are', () => {
    const text = ['指标名称', '计量单位', '2013年度', '历年累计', ...rows.flatMap((r, i) => [r.label, r.unit, r.year, r.total, ...(i === 3 ? ['7'] : [])])].join('\n');
    const a = analyzeText(prose + text, 'raw.txt');
    const broken = html.cells.filter((c) => c.label === rows[3]!.label).map((c) => c.ref);
    expect(cellsOf(a)).toEqual(cellsOf(html).filter(([ref]) => !broken.includes(ref as string)));
    expect(a.notices.some((n) => n.zh.includes('未读取'))).toBe(true);
  });
});
