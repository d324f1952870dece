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

describe('a statistics table printed without borders', () => {
  it('splits a unit and its value that came as one tab cell, only while the row is short of cells', () => {
    const short = splitRowLine('(二) 县（市、区）政府及其部门\t个 318', 1);
    expect([short.label.text, short.unit.text, short.values.map((v) => v.text)]).toEqual(['(二) 县（市、区）政府及其部门', '个', ['318']]);
    expect(short.values[0]!.start).toBe('(二) 县（市、区）政府及其部门\t个 '.length);
    // A complete row keeps its cells as they are: 「计 1 次」 is part of a label, not a unit and a value.
    const whole = splitRowLine('回应解读\t计 1 次\t\t5918', 1);
    expect(whole.values.map((v) => v.text)).toEqual(['5918']);
  });

  it('goes on past a row whose label ran into its unit cell and lost its tab', () => {
    const lines = normalizeLines(
      [
        '统计指标\t单位\t统计数',
        '十二、机构建设和保障经费情况\t\t',
        '(一) 政府信息公开工作专门机构数\t个 51',
        '(四) 政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设和维护等方面的经费）万元 48.5',
        '十三、政府信息公开会议和培训情况',
        '(一) 召开政府信息公开工作会议或专题会议数\t次 12',
        '(二) 举办各类培训班数\t次 7',
        '全年各部门共举办培训 7 次。',
      ].join('\n'),
    );
    const rows = readStatsTables(lines)[0]!.rows.map((r) => [r.label, r.unit, r.values[0]!.value.kind === 'number' ? r.values[0]!.value.value : r.values[0]!.value.kind]);
    expect(rows).toEqual([
      ['十二、机构建设和保障经费情况', '', 'blank'],
      ['(一) 政府信息公开工作专门机构数', '个', 51],
      ['(四) 政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设和维护等方面的经费）万元', '', 48.5],
      ['十三、政府信息公开会议和培训情况', '', 'blank'],
      ['(一) 召开政府信息公开工作会议或专题会议数', '次', 12],
      ['(二) 举办各类培训班数', '次', 7],
    ]);
  });
});
