import { describe, expect, it } from 'vitest';
import type { RawRow, RawTable } from '../model/types.ts';
import { parseValue } from './parseValue.ts';
import { mapRows } from './mapRows.ts';
import { national2008 } from '../template/national2008.ts';

const row = (label: string, value = '1'): RawRow => ({
  label,
  unit: '件',
  values: [{ value: parseValue(value), pos: { line: 1, col: 1, length: 1 } }],
  pos: { line: 1, col: 1, length: label.length },
});
const table = (rows: RawRow[]): RawTable => ({ header: [], columns: ['统计数'], rows, lines: [1, rows.length] });

describe('mapRows', () => {
  it('maps rows by what they say within their section, not by their (wrong) numbers', () => {
    const mapped = mapRows(national2008, table([
      row('十一、查阅点接待人数'),
      row('（一）市政府及其部门'),
      row('（一）县（市、区）政府及其部门'),
      row('（二）乡镇政府（街道办事处）'),
    ]));
    expect(mapped.cells.map((c) => c.indicator)).toEqual(['十一', '十一(一)', '十一(二)', '十一(三)']);
  });
  it('accepts label variants and half-width brackets', () => {
    const mapped = mapRows(national2008, table([
      row('一、主动公开情况'),
      row('(二) 通过不同渠道和方式公开政府信息的情况'),
      row('3、政务微博公开政府信息数'),
      row('（四）政府微信公开政府信息数'),
    ]));
    expect(mapped.cells.map((c) => c.indicator)).toEqual(['一', '一(二)', '一(二)3', '一(二)4']);
  });
  it('leaves a row that matches nothing unmatched instead of forcing it onto the nearest id', () => {
    const mapped = mapRows(national2008, table([row('三、依申请公开情况'), row('（九）本表未列的自定义指标')]));
    expect(mapped.unmatched.map((r) => r.label)).toEqual(['（九）本表未列的自定义指标']);
  });
});
