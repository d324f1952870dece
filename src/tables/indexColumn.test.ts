import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../source/normalize/normalizeLines.ts';
import { withoutIndexColumn } from './indexColumn.ts';

const texts = (text: string) => withoutIndexColumn(normalizeLines(text)).map((l) => l.text);

describe('withoutIndexColumn', () => {
  it('takes the 序号 column off a tabbed table, header included', () => {
    expect(texts('序号\t统计指标\t单位\t统计数\n1\t一、主动公开情况\t\t\n2\t（一）主动公开政府信息数\t条\t1063\n')).toEqual([
      '统计指标\t单位\t统计数',
      '一、主动公开情况\t\t',
      '（一）主动公开政府信息数\t条\t1063',
      '',
    ]);
  });

  it('takes it off a table laid out with spaces, keeping a label that starts with its own number', () => {
    expect(texts('序号 统计指标 单位统计数\n1 4.政务微信公开政府信息数 条 60\n2 5.其他方式公开政府信息数 条 184')).toEqual([
      '统计指标 单位统计数',
      '4.政务微信公开政府信息数 条 60',
      '5.其他方式公开政府信息数 条 184',
    ]);
  });

  it('takes it off a table whose header wraps cell by cell, from its row 1 (「1 一、…」) on', () => {
    expect(texts('序 单 统\n统计指标\n号 位 计数\n1 一、主动公开情况\n2 （一）主动公开政府信息数 条 912\n3 其中：主动公开规范性文件数 条 14')).toEqual([
      '序 单 统',
      '统计指标',
      '号 位 计数',
      '一、主动公开情况',
      '（一）主动公开政府信息数 条 912',
      '其中：主动公开规范性文件数 条 14',
    ]);
    expect(texts('1\t一、主动公开情况\t\t\n2\t（一）主动公开政府信息数\t条\t912\n3\t其中：主动公开规范性文件数\t条\t14')[2]).toBe('其中：主动公开规范性文件数\t条\t14');
  });

  it('leaves a line of prose that begins 「1 一、」 alone when no row 2 and 3 follow', () => {
    expect(texts('1 一、概述\n本年度工作扎实推进。\n2018年完成各项任务。')[0]).toBe('1 一、概述');
  });

  it('stops where the numbers leave their sequence (prose after the table)', () => {
    expect(texts('序号 统计指标 单位 统计数\n1 一、主动公开情况\n2 （一）主动公开政府信息数 条 5\n12 月份出台了规划。')).toEqual([
      '统计指标 单位 统计数',
      '一、主动公开情况',
      '（一）主动公开政府信息数 条 5',
      '12 月份出台了规划。',
    ]);
  });

  it('leaves a text without such a header untouched', () => {
    const lines = normalizeLines('1 一、主动公开情况\n2 （一）主动公开政府信息数 条 5');
    expect(withoutIndexColumn(lines)).toBe(lines);
  });
});
