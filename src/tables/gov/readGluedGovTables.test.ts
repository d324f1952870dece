// The expected tables were read by hand from the fixtures' text before the reader was run, and each was
// checked against the table's identities (each row's 总计 = its six applicant columns, per column 一 + 二 =
// （七） + 四 and （七） = Σ results, each table-四 group's 总计 = its four outcomes): all four reports satisfy
// every identity, so no identity fails and the reader returns no finding. The narrative agrees where it
// restates the tables (2023: 「行政复议案件2件、行政诉讼案件7件」 = 2 | 5 + 2; 2025: 「行政复议36起，行政诉讼
// 9起」 = 36 | 6 + 3). Table 二's 规章/规范性文件 runs and the 2019 table 二 rows have several readings and
// no sums to decide by, so they stay text.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell, Value } from '../../model/types.ts';
import { normalizeLines } from '../../source/normalize/normalizeLines.ts';
import { runRules } from '../../check/runRules.ts';
import { readGluedGovTables, type GluedGovReading } from './readGluedGovTables.ts';
import { gluedTable3 as synthetic } from '../../../test/support/gluedTable.ts';

const fixture = (year: number) => readFileSync(`test/fixtures/corpus/${year}_pingtan_zonghe_shiyanqu.txt`, 'utf8');
const read = (text: string) => readGluedGovTables(normalizeLines(text))!;
const show = (v: Value) => (v.kind === 'number' ? v.value! : `${v.kind}:${v.raw}`);
/** A table's rows as 'a b c …' strings, text cells as text:<raw>. */
const rows = (r: GluedGovReading, table: number) => r.tables[table]!.rows.map((row) => row.values.map((v) => show(v.value)).join(' '));
const Z = '0 0 0 0 0 0 0';
const Z5 = '0 0 0 0 0';
/** A row where only 自然人 applied: n in the first column and in 总计. */
const one = (n: number) => `${n} 0 0 0 0 0 ${n}`;
const zeros = (n: number) => Array.from({ length: n }, () => Z);

/** Checks the hand-read expectation itself, so that a slip in the test is caught as well. */
function checkIdentities(table3: string[], table4: string[], sixRows: number) {
  const n = table3.map((row) => row.split(' ').map(Number));
  for (const row of n) expect(row.slice(0, 6).reduce((a, b) => a + b, 0)).toBe(row[6]);
  const results = n.slice(2, 2 + 18 + sixRows);
  const [first, second, total, carried] = [n[0]!, n[1]!, n[n.length - 2]!, n[n.length - 1]!];
  for (let c = 0; c < 7; c++) {
    expect(results.reduce((a, row) => a + row[c]!, 0)).toBe(total[c]);
    expect(first[c]! + second[c]!).toBe(total[c]! + carried[c]!);
  }
  for (const group of table4.map((g) => g.split(' ').map(Number))) expect(group.slice(0, 4).reduce((a, b) => a + b, 0)).toBe(group[4]);
}

/** The rules' non-info findings on what was read, as the pipeline would run them. */
function problems(r: GluedGovReading) {
  const cells = new Map<string, Cell>(r.cells.map((c) => [c.ref, c]));
  const ruled = runRules({ template: r.template, cells, columns: [], meta: { template: r.template.id }, claims: [], enumerations: [], links: [] });
  return [...r.findings, ...ruled].filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.cells[0]}`);
}

const CASES = [
  {
    year: 2019,
    template: 'gov-2019',
    table2: ['0 0 0', ...['898989', '3960181', '100153', '26480430', '126025'].map((t) => `text:${t} text:${t} text:${t}`), 'text:350 text:350', 'text:13575394432.52元 text:13575394432.52元'],
    table3: [one(23), Z, one(7), one(1), ...zeros(8), one(7), Z, one(5), Z, one(3), Z, Z, Z, Z, one(23), Z],
    table4: [Z5, Z5, Z5],
    six: 1,
  },
  {
    year: 2021,
    template: 'gov-2021',
    table2: ['0 0 0', 'text:693665 text:693665 text:693665', '2293', '1282', '42', '24252.311082'],
    table3: ['64 0 0 2 0 4 70', Z, '27 0 0 2 0 1 30', one(5), Z, Z, Z, Z, one(1), Z, one(6), one(1), '22 0 0 0 0 3 25', Z, Z, ...zeros(5), Z, Z, one(1), '63 0 0 2 0 4 69', one(1)],
    table4: ['1 0 2 0 3', '12 0 0 0 12', Z5],
    six: 3,
  },
  {
    year: 2023,
    template: 'gov-2021',
    table2: ['0 0 0', 'text:77132470 text:77132470 text:77132470', '2629', '1330', '54', '5949.088667'],
    table3: ['80 1 0 0 0 0 81', Z, one(22), '19 1 0 0 0 0 20', Z, Z, Z, one(1), Z, one(1), one(1), one(2), one(31), Z, Z, Z, one(1), Z, Z, Z, one(1), Z, one(1), '80 1 0 0 0 0 81', Z],
    table4: ['1 1 0 0 2', '4 0 0 1 5', '1 0 1 0 2'],
    six: 3,
  },
  {
    year: 2025,
    template: 'gov-2021',
    table2: ['0 0 0', 'text:5845546 text:5845546 text:5845546', '2418', '644', '64', '4166.241619'],
    table3: ['151 3 0 0 0 0 154', Z, one(33), one(38), Z, Z, Z, Z, one(3), one(2), one(3), one(3), '49 1 0 0 0 0 50', one(3), Z, one(2), Z, Z, Z, Z, one(8), one(2), one(1), '147 1 0 0 0 0 148', '4 2 0 0 0 0 6'],
    table4: ['25 3 8 0 36', '3 3 0 0 6', '3 0 0 0 3'],
    six: 3,
  },
];

describe('readGluedGovTables on the 平潭 2019–2025 fixtures (tables flattened onto one line)', () => {
  for (const c of CASES) {
    it(`${c.year}: reads tables 二, 三 and 四 and every identity holds`, () => {
      checkIdentities(c.table3, c.table4, c.six);
      const r = read(fixture(c.year));
      expect(r.template.id).toBe(c.template);
      const table3 = r.tables.findIndex((t) => t.header[0]!.startsWith('三'));
      expect(rows(r, table3)).toEqual(c.table3);
      expect(rows(r, table3 + 1)).toEqual(c.table4);
      expect(r.tables.slice(0, table3).flatMap((t) => t.rows.map((row) => row.values.map((v) => show(v.value)).join(' ')))).toEqual(c.table2);
      const ids = r.template.indicators.filter((d) => d.table === '三' && !d.group).map((d) => d.id);
      expect(r.tables[table3]!.rows.map((_, i) => r.cells.find((cell) => cell.label === r.tables[table3]!.rows[i]!.label)?.indicator)).toEqual(ids);
      expect(r.table3Rows).toBe(ids.length);
      expect(r.findings).toEqual([]);
      expect(problems(r)).toEqual([]);
    });
  }

  it('2021: each cell points at its own digits in the source line', () => {
    const text = fixture(2021);
    const source = text.split('\n')[9]!;
    const r = read(text);
    const at = (ref: string) => {
      const cell = r.cells.find((c) => c.ref === ref)!;
      return source.slice(cell.pos.col - 1, cell.pos.col - 1 + cell.pos.length);
    };
    expect(at('三.一@0')).toBe('64');
    expect(at('三.一@6')).toBe('70');
    expect(source.slice(source.indexOf('（二）部分公开')).startsWith('（二）部分公开（区分处理的，只计这一情形，不计其他情形）500000 5')).toBe(true);
    expect(at('三.三(二)@6')).toBe('5');
    expect(at('四.诉讼直接@4')).toBe('12');
    expect(at('二(八).行政事业性收费@0')).toBe('24252.311082');
    // A cell kept as text covers the whole glued run.
    expect(at('二(一).规范性文件@1')).toBe('693665');
    expect(r.cells.find((c) => c.ref === '三.三(三)2@0')!.label).toBe('2.其他法律行政法规禁止公开');
  });

  it('2021: explains the one run it cannot split, and consumes exactly the tables', () => {
    const text = fixture(2021);
    const r = read(text);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]!.zh).toContain('「行政规范性文件」的数字粘连为「693665」');
    expect(r.notices[0]!.zh).toContain('现行有效件数最大的读法有 3 种：6|9|3665、6|93|665、69|3|665');
    const line = normalizeLines(text).find((l) => l.line === 10)!.text;
    // Tables 二, 三 and 四 follow each other with nothing but a space between: one stretch of table text.
    const taken = r.consumed.map((s) => line.slice(s.start, s.end));
    expect(taken).toHaveLength(1);
    expect(taken[0]!.startsWith('第二十条第（一）项信息内容')).toBe(true);
    expect(taken[0]).toContain('行政事业性收费24252.311082三、收到和处理政府信息公开申请情况');
    expect(taken[0]).toContain('四、结转下年度继续办理1000001 四、政府信息公开行政复议、行政诉讼情况');
    expect(taken[0]!.endsWith('总计10203120001200000')).toBe(true);
    expect(line.slice(r.consumed[0]!.end).startsWith('五、存在的主要问题')).toBe(true);
  });

  it('2019: lists the table 二 runs it leaves as text', () => {
    const r = read(fixture(2019));
    expect(r.notices.map((n) => /「(.+?)」的数字粘连/.exec(n.zh)?.[1])).toEqual(['规范性文件', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购']);
    expect(r.notices[5]!.zh).toContain('可读作 3|50、35|0');
  });
});

describe('readGluedGovTables on synthetic tables', () => {
  it('reads the typo 「其他法律行政止公开」, 「2、」 numbering and stray spaces', () => {
    const r = read(synthetic({ '三.一': '1000001', '三.三(三)2': '1000001', '三.三(七)': '1000001' }));
    expect(r.cells.find((c) => c.ref === '三.三(三)2@6')).toMatchObject({ label: '2、其他法律行政止公开', value: { kind: 'number', value: 1 } });
    expect(r.cells.find((c) => c.ref === '三.三(三)3@0')!.label).toBe('3. 危及“三 安全一稳定”');
    expect(r.notices).toEqual([]);
    expect(problems(r)).toEqual([]);
  });

  it('keeps cells as text, with a notice, when two readings satisfy every identity', () => {
    // 101000011 is 10|1|0|0|0|0|11 or 1|0|10|0|0|0|11; 一 = （一） = （七） holds either way.
    const run = '101000011';
    const r = read(synthetic({ '三.一': run, '三.三(一)': run, '三.三(七)': run }));
    const row = (id: string) => r.cells.filter((c) => c.indicator === id).map((c) => show(c.value));
    for (const id of ['三.一', '三.三(一)', '三.三(七)']) expect(row(id)).toEqual([`text:${run}`, `text:${run}`, `text:${run}`, 0, 0, 0, 11]);
    expect(r.notices).toHaveLength(3);
    expect(r.notices[0]!.zh).toContain('可读作 1|0|10|0|0|0|11、10|1|0|0|0|0|11；每一种都与表内的全部合计关系相符');
    // Each disputed cell offers its readings to the user; a settled one offers none.
    const choices = (ref: string) => r.cells.find((c) => c.ref === ref)!.choices?.slice().sort();
    expect([choices('三.一@0'), choices('三.一@1'), choices('三.一@2'), choices('三.一@3')]).toEqual([['1', '10'], ['0', '1'], ['0', '10'], undefined]);
    expect(r.findings).toEqual([]);
  });

  it('reports glued-sum when no reading satisfies the identities and the cells cannot show it', () => {
    // （一） is 1|1|0|0|0|0|2 for sure; （七） must equal it, but 101000011 reads 10|1|0… or 1|0|10….
    const r = read(synthetic({ '三.一': '101000011', '三.三(一)': '1100002', '三.三(七)': '101000011' }));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['glued-sum', 'error']]);
    const [finding] = r.findings;
    expect(finding!.message.zh).toBe(
      '无论怎样拆分粘连的数字，表三的合计关系都不能全部成立：表中的数字本身不一致。读法不一的单元格无法逐项核对，涉及' +
        '「一 + 二 = 三(七) + 四（自然人、商业企业、科研机构列）；三(七) = 三(一) + 三(二) + … + 三(六)3（共 21 项）（自然人、商业企业、科研机构列）」。',
    );
    expect(finding!.cells).toEqual(['三.一@0', '三.三(七)@0', '三.一@1', '三.三(七)@1', '三.一@2', '三.三(七)@2']);
    // 总计 is 11 in every reading of （七） but 2 in （一）: the sum rule reports that column with the figures.
    expect(problems(r).filter((p) => p.startsWith('sum'))).toEqual(['sum:三.三(七)@6']);
    expect(r.notices.every((n) => n.zh.includes('表内的合计关系本身不成立'))).toBe(true);
    // Nothing was invented: the disputed cells are text, the certain ones numbers.
    expect(r.cells.filter((c) => c.indicator === '三.三(一)').map((c) => show(c.value))).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(r.cells.find((c) => c.ref === '三.三(七)@0')!.value.kind).toBe('text');
  });

  it('reports glued-sum for a row whose own 总计 fits no reading, and keeps it as text', () => {
    // 12000004: 12|0|…|4 or 1|20|0|…|4, and neither adds up to 4.
    const r = read(synthetic({ '三.一': '12000004' }));
    expect(r.findings.map((f) => f.message.zh)).toEqual(['无论怎样拆分粘连的数字，「一 总计 = 六类申请人之和」都不能成立：表中的数字本身不一致。']);
    expect(r.cells.filter((c) => c.indicator === '三.一').every((c) => c.value.kind === 'text')).toBe(true);
  });

  it('keeps a row with one possible reading as numbers, and leaves its wrong 总计 to the rules', () => {
    const r = read(synthetic({ '三.一': '1000002', '三.三(一)': '1000002', '三.三(七)': '1000002' }));
    expect(r.findings).toEqual([]);
    expect(problems(r)).toEqual(['row-sum:三.一@6', 'row-sum:三.三(一)@6', 'row-sum:三.三(七)@6']);
  });

  it('splits table 四 by its group totals, and says so when two readings fit', () => {
    expect(rows(read(synthetic({}, '10203120001200000')), 2)).toEqual(['1 0 2 0 3', '12 0 0 0 12', Z5]);
    // The third group reads 1|10|0|1|12 or 11|0|0|1|12: both add up, so its first two cells stay text.
    const run = '00022001231100112';
    const r = read(synthetic({}, run));
    expect(rows(r, 2)).toEqual(['0 0 0 2 2', '0 0 1 2 3', `text:${run} text:${run} 0 1 12`]);
    expect(r.cells.filter((c) => c.choices).map((c) => c.choices!.slice().sort())).toEqual([['1', '11'], ['0', '10']]);
    expect(r.notices.map((n) => n.zh)).toEqual([`「表四」的数字粘连为「${run}」，可读作 0|0|0|2|2|0|0|1|2|3|1|10|0|1|12、0|0|0|2|2|0|0|1|2|3|11|0|0|1|12；每一种都与表内的全部合计关系相符，故不作猜测，读法不一的单元格按文字保留。`]);
  });
});
