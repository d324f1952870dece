// Text in a PDF's content-stream order, as a PDF viewer copies a page (and `pdftotext -raw` prints it):
// each table row on one line with single spaces between its cells, the header's wrapped cells on lines of
// their own. The committed forms (test/fixtures/forms/<id>/pdftotext-stream.txt) are scored by the eval;
// here the same layout is written by hand in other wordings, with the traps beside it: one number after
// words is usually the words' own (「计 1 次」 wrapped), so it is a cell only under a label the template knows.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';
import type { Analysis } from '../../src/model/types.ts';

const valueOf = (a: Analysis, ref: string) => {
  const cell = a.cells.find((c) => c.ref === ref);
  return cell?.value.kind === 'number' ? cell.value.value : cell ? `${cell.value.kind}:${cell.value.raw}` : 'not read';
};

const FUJIAN = [
  '某县人民政府2015年政府信息公开工作年度报告',
  '一、概述',
  '本年度主动公开政府信息 212 条，受理申请 5 件。',
  '附件：某县人民政府 2015 年政府信息公开情况统计表',
  '指标名称',
  '计量单位',
  '2015',
  '年度',
  '历年累计',
  '主动公开信息数 条 212 1904',
  '其中：1.网站公开 条 200 1850',
  '2.政府公报公开 条 12 54',
  '受理依申请公开信息总数 件 5 41',
  '其中：1.当面申请数 件 1 20',
  '2.传真申请数 件 0 1',
  '3.电子邮件申请数 件 1 6',
  '4.网上申请数 件 3 12',
  '5.信函申请数 件 0 2',
  '6.其它形式申请数 件 0 0',
  '对申请的答复数 件 5 41',
  '其中：1.同意公开答复数 件 4 30',
  '2.同意部分公开答复数 件 1 8',
  '3.否决公开答复数 件 0 3',
  '行政复议数 件 0 1',
  '行政诉讼数 件 0 0',
  '行政申诉数 件 0 0',
].join('\n');

describe('text copied from a PDF viewer', () => {
  it('reads a Fujian table whose header cells each stand on a line and whose units are one space from the label', async () => {
    const a = await analyzeText(FUJIAN, 'copy.txt');
    expect(a.meta.template).toBe('fujian-2008');
    expect(valueOf(a, '主动公开@0')).toBe(212);
    expect(valueOf(a, '主动公开@1')).toBe(1904);
    expect(valueOf(a, '受理申请@1')).toBe(41);
    expect(valueOf(a, '答复3@1')).toBe(3);
    expect(a.cells.find((c) => c.ref === '受理申请@0')?.unit).toBe('件');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps a Fujian table with an error an error', async () => {
    const a = await analyzeText(FUJIAN.replace('主动公开信息数 条 212 1904', '主动公开信息数 条 214 1904'), 'copy.txt');
    const sum = a.findings.find((f) => f.rule === 'sum' && f.cells.includes('主动公开@0'));
    expect(sum).toMatchObject({ severity: 'error', stated: 214, computed: 212 });
  });
});

describe('a 2021 report copied from a PDF viewer', () => {
  const stream = readFileSync('test/fixtures/forms/hongze-2023/pdftotext-stream.txt', 'utf8');

  it('reads a one-column row of table 二 whose number is one space from its label', async () => {
    const a = await analyzeText(stream, 'copy.txt');
    expect(valueOf(a, '二(五).行政许可@0')).toBe(550);
    expect(valueOf(a, '二(六).行政处罚@0')).toBe(4119);
    expect(valueOf(a, '二(六).行政强制@0')).toBe(195);
    expect(valueOf(a, '二(八).行政事业性收费@0')).toBe(7730.28);
  });

  it('takes one number after words as a cell only under a label of that sub-table', async () => {
    // 「其他 12」 names no row of 二(六), and 「行政许可 550」 under 二(六) is not a row of that sub-table.
    const moved = stream.replace('行政强制 195', '其他 12\n行政强制 195').replace(/行政许可 550\n第二十条第（六）项\n([^\n]*)\n/, '第二十条第（六）项\n$1\n行政许可 550\n');
    expect(moved).toMatch(/其他 12\n行政强制 195/);
    expect(moved).toMatch(/本年处理决定数量\n行政许可 550\n行政处罚/);
    const a = await analyzeText(moved, 'copy.txt');
    expect(a.cells.some((c) => c.value.kind === 'number' && c.value.value === 12)).toBe(false);
    expect(valueOf(a, '二(五).行政许可@0')).toBe('not read');
    expect(valueOf(a, '二(六).行政强制@0')).toBe(195);
  });
});
