import { describe, expect, it } from 'vitest';
import { furnitureLines, type PageLine } from './pageFurniture.ts';

/** Pages of 100 units; each page's lines given top to bottom, spread over the page. */
function pages(...texts: string[][]): PageLine[] {
  return texts.flatMap((lines, p) => lines.map((text, i) => ({ page: p + 1, text, top: (i / Math.max(lines.length - 1, 1)) * 100, pageHeight: 100 })));
}
const found = (lines: PageLine[]) => [...furnitureLines(lines)].map((l) => `${l.page}:${l.text}`);

describe('running heads and feet', () => {
  it('a browser print head and a title with its page counter, on every page', () => {
    const lines = pages(
      ['12/1/26, 11:29 PM https://www.example.gov.cn/report.html', '正文一', '正文二', '正文三', '某市2018年政府信息公开工作年度报告 1/3'],
      ['12/1/26, 11:29 PM https://www.example.gov.cn/report.html', '收到申请数\t件\t647', '办结数\t件\t640', '答复数\t件\t640', '某市2018年政府信息公开工作年度报告 2/3'],
      ['2026/12/1 23:29 file:///home/u/report.html', '正文四', '正文五', '正文六', '某市2018年政府信息公开工作年度报告 3/3'],
    );
    expect(found(lines)).toEqual([
      '1:12/1/26, 11:29 PM https://www.example.gov.cn/report.html', '1:某市2018年政府信息公开工作年度报告 1/3',
      '2:12/1/26, 11:29 PM https://www.example.gov.cn/report.html', '2:某市2018年政府信息公开工作年度报告 2/3',
      '3:2026/12/1 23:29 file:///home/u/report.html', '3:某市2018年政府信息公开工作年度报告 3/3',
    ]);
  });

  it('page numbers anywhere; the title printed once at the top is the report’s, not furniture', () => {
    const lines = pages(['某市2018年政府信息公开工作年度报告', '一、总体情况', '- 1 -'], ['二、主动公开', '正文', '第 2 页 共 3 页'], ['三、依申请公开', '正文', '3 / 3']);
    expect(found(lines)).toEqual(['1:- 1 -', '2:第 2 页 共 3 页', '3:3 / 3']);
  });

  it('bare numbers at the edges (a table printed one cell per line) are not furniture', () => {
    const lines = pages(['0', '收到申请数', '12'], ['0', '办结数', '12'], ['0', '答复数', '12']);
    expect(found(lines)).toEqual([]);
  });

  it('a line in the middle of the page is never furniture, however often it recurs', () => {
    const lines = pages(['一、总体情况', '其中：网上申请', '中', '中', '（一）主动公开'], ['二、依申请公开', '其中：网上申请', '中', '中', '（二）政府信息管理']);
    expect(found(lines)).toEqual([]);
  });

  it('a table header that starts low on one page and repeats at the top of the next ones is the table’s', () => {
    // Three pages at the top and one near the foot: the header where the table begins stays, as do all of
    // them when the table spans two pages only; a running head at one place on every page still goes.
    const at = (page: number, text: string, top: number): PageLine => ({ page, text, top, pageHeight: 100 });
    const lines = [
      at(1, '某市人民政府 政务公开', 3), at(1, '正文', 50), at(1, '统计指标 单位 统计数', 92), at(1, '一、主动公开情况 285922', 96),
      at(2, '某市人民政府 政务公开', 3), at(2, '统计指标 单位 统计数', 8), at(2, '其中：网站公开 条 611', 12),
      at(3, '某市人民政府 政务公开', 3), at(3, '统计指标 单位 统计数', 8), at(3, '十三、培训情况', 12),
      at(4, '某市人民政府 政务公开', 3), at(4, '统计指标 单位 统计数', 8), at(4, '（注：各子栏目数总数要等于总栏目数量）', 12),
    ];
    const kept = found(lines);
    expect(kept).not.toContain('1:统计指标 单位 统计数');
    expect(kept).toEqual(expect.arrayContaining(['1:某市人民政府 政务公开', '4:某市人民政府 政务公开', '2:统计指标 单位 统计数']));
  });
});
