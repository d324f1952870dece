import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../source/normalize/normalizeLines.ts';
import { readStatsTables } from './readStatsTables.ts';
import { splitRowLine } from './splitRowLine.ts';

describe('splitRowLine', () => {
  it('splits label, unit and value separated by spaces, keeping spaces inside the label', () => {
    const row = splitRowLine('二、回应解读情况（不同方式回应同一热点或舆情计 1 次） 5918', 1);
    expect(row.label.text).toBe('二、回应解读情况（不同方式回应同一热点或舆情计 1 次）');
    expect(row.unit.text).toBe('');
    expect(row.values.map((v) => v.text)).toEqual(['5918']);
  });
  it('reads tab-separated cells, empty ones included', () => {
    const row = splitRowLine('一、主动公开情况\t\t', 1);
    expect(row).toMatchObject({ label: { text: '一、主动公开情况' }, unit: { text: '' }, values: [{ text: '' }], tabbed: true });
  });
  it('reads a line that holds only the unit and the value', () => {
    const row = splitRowLine('条 172385', 1);
    expect([row.label.text, row.unit.text, row.values[0]?.text]).toEqual(['', '条', '172385']);
  });
});

describe('readStatsTables', () => {
  const text = [
    '统计指标 单位 统计数',
    '一、主动公开情况 285922',
    '（一）主动公开政府信息数（不同渠道和方式公开相同信息计',
    '',
    '1条）',
    '条 172385',
    '危及国家安全、公共安全、经济安全和社会稳',
    '定',
    '件 0',
    '九、市政府公报发行量',
    '（一）公报发行期数 期 36',
    '（四）政府信息公开专项经费（不包括用于政府公报编辑管理',
    '及政府网站建设维护等方面的经费）',
    '万元 52.3',
    '（注：各子栏目数总数要等于总栏目数量）',
    '这一段是表格之后的正文，不应被读成表格的一行。',
  ].join('\n');
  const [table] = readStatsTables(normalizeLines(text));

  it('rejoins labels wrapped over lines and reads the value with its position', () => {
    expect(table?.rows.map((r) => [r.label, r.unit, r.values[0]?.value.raw])).toEqual([
      ['一、主动公开情况', '', '285922'],
      ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '172385'],
      ['危及国家安全、公共安全、经济安全和社会稳定', '件', '0'],
      ['九、市政府公报发行量', '', ''],
      ['（一）公报发行期数', '期', '36'],
      ['（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', '52.3'],
    ]);
    expect(table?.rows[1]?.values[0]?.pos).toEqual({ line: 6, col: 3, length: 6 });
  });
  it('keeps a section row without a value blank, not 0', () => {
    expect(table?.rows[3]?.values[0]?.value).toEqual({ kind: 'blank', raw: '' });
  });
  it('ends the table at its closing note', () => {
    expect(table?.lines).toEqual([1, 14]);
  });
});
