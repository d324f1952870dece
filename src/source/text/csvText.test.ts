import { describe, expect, it } from 'vitest';
import { csvAsTabbedText, isCsvName } from './csvText.ts';

describe('csvAsTabbedText', () => {
  it('lays the rows out as tab-separated lines, quotes resolved', () => {
    const csv = '\ufeff"申请人情况",自然人,总计\r\n"（二）部分公开（区分处理的，只计这一情形）",19,20\r\n"他说""是""",1,1\r\n';
    expect(csvAsTabbedText(csv)).toBe('申请人情况\t自然人\t总计\n（二）部分公开（区分处理的，只计这一情形）\t19\t20\n他说"是"\t1\t1');
  });
  it('keeps a row on one line when a quoted cell holds a line break', () => {
    expect(csvAsTabbedText('"三、本年度\n办理结果",22\n')).toBe('三、本年度 办理结果\t22');
  });
  it('knows a CSV by its name', () => {
    expect(isCsvName('表三.CSV')).toBe(true);
    expect(isCsvName('report.txt')).toBe(false);
  });
});
