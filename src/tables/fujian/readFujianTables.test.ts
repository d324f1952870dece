// The expected tables were read by hand from the fixtures' text, and for 2012 and 2013 compared with the
// .html twins, whose cells are not glued: 2012 主动公开 is 2026 | 3542 with 网站公开 1795 | 3304, 2013
// 1853 | 5395 with 1713 | 5017. Those are not derivable from the .txt alone (see the notices below).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Value } from '../../model/types.ts';
import { normalizeLines } from '../../source/normalize/normalizeLines.ts';
import { analyzeText } from '../../pipeline/analyzeText.ts';
import { readFujianTables } from './readFujianTables.ts';
import type { ReadingParts } from '../reading.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/corpus/${name}`, 'utf8');
const read = (text: string) => readFujianTables(normalizeLines(text));
const show = (v: Value) => (v.kind === 'number' ? v.value! : `${v.kind}:${v.raw}`);
/** The table as [indicator, printed label, unit, 年度, 历年累计], one entry per row. */
const rowsOf = (r: ReadingParts) =>
  r.tables[0]!.rows.map((row, i) => {
    const cell = r.cells[2 * i]!;
    expect(r.cells[2 * i + 1]!.indicator).toBe(cell.indicator);
    return [cell.indicator, row.label, row.unit, show(row.values[0]!.value), show(row.values[1]!.value)];
  });
const zeros = (rows: Array<[string, string, string]>) => rows.map(([id, label, unit]) => [id, label, unit, 0, 0]);
const none = (n: number) => Array.from({ length: n }, () => [0, 0]);
const sums = (a: Analysis) => a.findings.filter((f) => f.rule === 'sum').map((f) => [f.cells[0], f.severity, f.stated, f.computed]);

const TAIL_2008 = zeros([['行政复议', '行政复议数', '条'], ['行政诉讼', '行政诉讼数', '条'], ['行政申诉', '行政申诉数', '条']]);
const APPLY_2008 = ['其中：1.当面申请数', '2.传真申请数', '3.电子邮件申请数', '4.网上申请数', '5.信函申请数', '6.其它形式申请数'];
const ANSWER_2008 = ['其中：1.同意公开答复数', '2.同意部分公开答复数', '3.否决公开答复数'];
/** The 2008 rows 受理申请1–6 and 答复1–3 with their printed labels and the given values. */
const parts2008 = (apply: number[][], answer: number[][]) => [
  ...APPLY_2008.map((label, i) => [`受理申请${i + 1}`, label, '条', ...apply[i]!]),
  ...ANSWER_2008.map((label, i) => [`答复${i + 1}`, label, '条', ...answer[i]!]),
];

describe('readFujianTables on the 2008–2013 fixtures (glued cells)', () => {
  it('2011: every glued run has exactly one reading', () => {
    const r = read(fixture('2011_pingtan_county.txt'))!;
    expect(r.template.id).toBe('fujian-2008');
    expect(r.columns).toEqual(['2011年度', '历年累计']);
    expect(r.tables[0]!.header).toEqual(['指标名称', '计量单位', '2011年度', '历年累计']);
    expect(rowsOf(r)).toEqual([
      ['主动公开', '主动公开信息数', '条', 425, 1516],
      ['主动公开1', '其中：1.网站公开', '条', 418, 1509],
      ['主动公开2', '2.政府公报公开', '条', 7, 7],
      ['受理申请', '受理依申请公开信息总数', '条', 0, 0],
      ...parts2008(none(6), none(3)).slice(0, 6),
      ['答复', '对申请的答复数', '条', 0, 0],
      ...parts2008(none(6), none(3)).slice(6),
      ...TAIL_2008,
    ]);
    expect(r.notices).toEqual([]);
    expect(r.consumed).toHaveLength(1);
    const consumed = r.consumed[0]!;
    expect(consumed.line).toBe(10);
    const tableText = fixture('2011_pingtan_county.txt').split('\n')[9]!.slice(consumed.start, consumed.end);
    expect(tableText.startsWith('指标名称计量单位2011年度历年累计')).toBe(true);
    expect(tableText.endsWith('行政申诉数条00')).toBe(true);
    expect(r.tables[0]!.lines).toEqual([10, 10]);
  });

  it('2012: 主动公开 and 网站公开 stay undecided, the item number 2. is not read as a digit', () => {
    const r = read(fixture('2012_pingtan_county.txt'))!;
    const parts = parts2008([[18, 18], [0, 0], [3, 3], [0, 0], [0, 0], [0, 0]], [[17, 17], [2, 2], [2, 2]]);
    expect(rowsOf(r)).toEqual([
      ['主动公开', '主动公开信息数', '条', 'text:20263542', 'text:20263542'],
      ['主动公开1', '其中：1.网站公开', '条', 'text:17953304', 'text:17953304'],
      ['主动公开2', '2.政府公报公开', '条', 0, 7],
      ['受理申请', '受理依申请公开信息总数', '条', 21, 21],
      ...parts.slice(0, 6),
      ['答复', '对申请的答复数', '条', 21, 21],
      ...parts.slice(6),
      ...TAIL_2008,
    ]);
    // Whatever the split, 2026-ish totals never equal the website row plus 0 | 7: the report disagrees with itself.
    expect(r.notices.map((n) => n.zh)).toEqual([
      '「主动公开信息数」的两栏数字粘连为「20263542」，可读作 20 | 263542、202 | 63542、2026 | 3542；历年累计不小于年度、没有前导零这些条件不能确定是哪一种，故不作猜测，按文字保留。',
      '「网站公开」的两栏数字粘连为「17953304」，可读作 1 | 7953304、17 | 953304、179 | 53304、1795 | 3304；历年累计不小于年度、没有前导零这些条件不能确定是哪一种，故不作猜测，按文字保留。',
    ]);
    expect(r.findings.map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['glued-sum', 'error', '无论怎样拆分粘连的数字，「主动公开信息数 = 网站公开 + 政府公报公开」都不能在年度和历年累计两栏同时成立：表中的数字本身不一致。'],
    ]);
  });

  it('2013: 受理 7 | 28 and 答复 3 | 24 are read through the glued item numbers', () => {
    const r = read(fixture('2013_pingtan_county.txt'))!;
    const parts = parts2008([[0, 18], [0, 0], [3, 6], [4, 4], [0, 0], [0, 0]], [[2, 19], [1, 3], [0, 2]]);
    expect(rowsOf(r)).toEqual([
      ['主动公开', '主动公开信息数', '条', 'text:18535395', 'text:18535395'],
      ['主动公开1', '其中：1.网站公开', '条', 'text:17135017', 'text:17135017'],
      ['主动公开2', '2.政府公报公开', '条', 0, 7],
      ['受理申请', '受理依申请公开信息总数', '条', 7, 28],
      ...parts.slice(0, 6),
      ['答复', '对申请的答复数', '条', 3, 24],
      ...parts.slice(6),
      ...TAIL_2008,
    ]);
    expect(r.notices).toHaveLength(2);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message.zh).toContain('都不能在年度和历年累计两栏同时成立');
  });
});

const APPLY_2014 = ['1、当面申请数', '2、网上申请数', '3、信函、传真申请数'];
const ANSWER_2014 = ['1、同意公开答复数', '2、同意部分公开答复数', '3、不予公开答复数', '4、其他类型答复数'];
/** The 2014 rows from 主动公开2 on, numbered with 、 or ., holding the given values. */
function rest2014(dot: string, apply: number[][], answer: number[][], fee: boolean) {
  const label = (l: string, i: number) => (i === 0 ? '其中：' : '') + l.replace('、', dot);
  return [
    ['主动公开2', `2${dot}政府公报公开数`, '条', 0, 0],
    ['受理申请', '受理依申请公开信息总数', '条', ...apply[0]!],
    ...APPLY_2014.map((l, i) => [`受理申请${i + 1}`, label(l, i), '条', ...apply[i + 1]!]),
    ['答复', '对申请的答复总数', '条', ...answer[0]!],
    ...ANSWER_2014.map((l, i) => [`答复${i + 1}`, label(l, i), '条', ...answer[i + 1]!]),
    ...(fee ? [['收费减免', '政府信息公开收费减免金额', '元', 0, 0]] : []),
    ...zeros([['诉讼举报', '接受行政诉讼、举报数', '件'], ['行政复议', '行政复议数', '件'], ['行政诉讼', '行政诉讼数', '件']]),
  ];
}

describe('readFujianTables on the 2014–2018 fixtures', () => {
  it('2014: space-separated cells are read as printed', () => {
    const r = read(fixture('2014_pingtan_zonghe_shiyanqu.txt'))!;
    expect(r.template.id).toBe('fujian-2014');
    expect(r.columns).toEqual(['2014年度', '历年累计']);
    expect(rowsOf(r)).toEqual([
      ['主动公开', '主动公开文件数', '条', 2543, 78967],
      ['主动公开1', '其中：1、政府网站公开数', '条', 2543, 78967],
      ...rest2014('、', [[1, 1], [0, 0], [0, 0], [1, 1]], [[1, 1], [1, 1], [0, 0], [0, 0], [0, 0]], true),
    ]);
    expect(r.notices).toEqual([]);
  });

  it('2016: 主动公开 has three readings that all add up, so it is left undecided', () => {
    const r = read(fixture('2016_pingtan_zonghe_shiyanqu.txt'))!;
    expect(r.template.id).toBe('fujian-2014');
    expect(rowsOf(r)).toEqual([
      ['主动公开', '主动公开文件数', '条', 'text:346085376', 'text:346085376'],
      ['主动公开1', '其中：1、政府网站公开数', '条', 'text:346085376', 'text:346085376'],
      ...rest2014('、', none(4), none(5), true),
    ]);
    expect(r.notices.map((n) => n.zh)).toEqual([
      '「主动公开文件数」的两栏数字粘连为「346085376」，可读作 3 | 46085376、34 | 6085376、3460 | 85376；每一种都与表内的合计关系相符，故不作猜测，按文字保留。',
      '「政府网站公开数」的两栏数字粘连为「346085376」，可读作 3 | 46085376、34 | 6085376、3460 | 85376；每一种都与表内的合计关系相符，故不作猜测，按文字保留。',
    ]);
  });

  it('2018: numbered with 1. and without the fee row', () => {
    const r = read(fixture('2018_pingtan_zonghe_shiyanqu.txt'))!;
    expect(r.template.id).toBe('fujian-2014');
    expect(r.columns).toEqual(['2018年度', '历年累计']);
    expect(rowsOf(r)).toEqual([
      ['主动公开', '主动公开文件数', '条', 'text:206912106', 'text:206912106'],
      ['主动公开1', '其中：1.政府网站公开数', '条', 'text:206912106', 'text:206912106'],
      ...rest2014('.', none(4), none(5), false),
    ]);
    expect(r.notices[0]!.zh).toContain('20 | 6912106、206 | 912106、2069 | 12106');
  });
});

const FILES = [
  '2011_pingtan_county.txt',
  '2012_pingtan_county.txt',
  '2013_pingtan_county.txt',
  '2014_pingtan_zonghe_shiyanqu.txt',
  '2016_pingtan_zonghe_shiyanqu.txt',
  '2018_pingtan_zonghe_shiyanqu.txt',
];

describe('cells', () => {
  it.each(FILES)('%s: refs, columns and source positions point at the printed digits', (name) => {
    const text = fixture(name);
    const source = text.split('\n');
    const r = read(text)!;
    for (const cell of r.cells) {
      expect(cell.ref).toBe(`${cell.indicator}@${cell.column}`);
      expect([0, 1]).toContain(cell.column);
      const { line, col, length } = cell.pos;
      expect(source[line - 1]!.slice(col - 1, col - 1 + length)).toBe(cell.value.raw);
    }
    const labels = r.tables[0]!.rows.map((row) => source[row.pos.line - 1]!.slice(row.pos.col - 1, row.pos.col - 1 + row.pos.length));
    expect(labels).toEqual(r.tables[0]!.rows.map((row) => row.label));
  });

  it('finds no Fujian table in reports that have none', () => {
    expect(read(fixture('2013_pingtan_dishui_ju.txt'))).toBeUndefined();
    expect(read(fixture('2019_pingtan_zonghe_shiyanqu.txt'))).toBeUndefined();
    expect(read('指标名称 计量单位 2014年度 历年累计 附件下载')).toBeUndefined();
  });
});

describe('a table that prints its zeros blank', () => {
  it('reads rows that print a label and a unit and nothing after them as blank, where the table goes on', () => {
    // As a borderless print of such a table reaches the reader after a page break: no number on the page
    // sets the columns, so its rows stay 「label unit」.
    const text = [
      '指标名称 计量单位 2016年度 历年累计',
      '主动公开文件数\t条\t3460\t85376',
      '其中：1、政府网站公开数\t条\t3460\t85376',
      '2、政府公报公开数\t条\t\t',
      '受理依申请公开信息总数 条',
      '其中：1、当面申请数 条',
      '2、网上申请数 条',
      '3、信函、传真申请数 条',
      '对申请的答复总数 条',
      '其中：1、同意公开答复数 条',
      '2、同意部分公开答复数 条',
      '3、不予公开答复数 条',
      '4、其他类型答复数 条',
      '政府信息公开收费减免金额 元',
      '接受行政诉讼、举报数 件',
      '行政复议数 件',
      '行政诉讼数 件',
      '附件下载：今年共收到申请 0 件。',
    ].join('\n');
    const a = analyzeText(`平潭综合实验区2016年政府信息公开工作年度报告\n${text}`, '2016.txt');
    const kinds = (indicator: string) => a.cells.filter((c) => c.indicator === indicator).map((c) => c.value.kind);
    expect(a.meta.template).toBe('fujian-2014');
    expect(kinds('受理申请')).toEqual(['blank', 'blank']);
    expect(kinds('行政复议')).toEqual(['blank', 'blank']);
    expect(a.cells.find((c) => c.indicator === '主动公开' && c.column === 1)?.value.value).toBe(85376);
    // The sentence after the table is no row of it.
    expect(a.tables[0]!.rows.map((row) => row.label).join()).not.toContain('附件下载');
  });
});

describe('a grid slot no column owns', () => {
  // A Word table printed again: the year header wraps (「2017 年」 / 「度」) around an empty grid slot that
  // every row then carries between its two values (「1655 | | 10721」).
  const rows = [
    ['主动公开文件数', '条', '912', '', '6301'],
    ['其中：1、政府网站公开数', '条', '880', '', '6012'],
    ['2、政府公报公开数', '条', '32', '', '289'],
    ['受理依申请公开信息总数', '条', '41', '', '233'],
    ['其中：1、当面申请数', '条', '10', '', '70'],
    ['2、网上申请数', '条', '25', '', '120'],
    ['3、信函、传真申请数', '条', '6', '', '43'],
    ['对申请的答复总数', '条', '41', '', '230'],
    ['其中：1、同意公开答复数', '条', '20', '', '100'],
    ['2、同意部分公开答复数', '条', '9', '', '60'],
    ['3、不予公开答复数', '条', '4', '', '30'],
    ['4、其他类型答复数', '条', '8', '', '40'],
    ['政府信息公开收费减免金额', '元', '0', '', '0'],
    ['接受行政诉讼、举报数', '件', '1', '', '3'],
    ['行政复议数', '件', '0', '', '2'],
    ['行政诉讼数', '件', '1', '', '1'],
  ];
  const table = (sep: string) => ['2017 年', '指标名称 计量单位 历年累计', '度', ...rows.map((r) => r.join(sep))].join('\n');
  for (const [name, sep] of [['tabs', '\t'], ['pipes', ' | ']] as const) {
    it(`is dropped from every row (${name})`, () => {
      const text = name === 'pipes' ? table('\t').split('\n').map((l) => (l.includes('\t') ? `| ${l.split('\t').join(sep)} |` : l)).join('\n') : table(sep);
      const a = analyzeText(`南平市某区人民政府2017年政府信息公开工作年度报告\n${text}`, '2017.txt');
      const value = (indicator: string, column: number) => a.cells.find((c) => c.indicator === indicator && c.column === column)?.value.value;
      expect(value('主动公开', 0)).toBe(912);
      expect(value('主动公开', 1)).toBe(6301);
      expect(value('答复', 1)).toBe(230);
    });
  }
});

describe('ambiguous glued runs', () => {
  // 1212 is 1 | 212 or 12 | 12, and both readings of 主动公开 match both of 网站公开 (plus 0 | 0).
  const line =
    '指标名称计量单位2020年度历年累计主动公开信息数条1212其中：1.网站公开条12122.政府公报公开条00' +
    '受理依申请公开信息总数条11其中：1.当面申请数条112.传真申请数条003.电子邮件申请数条004.网上申请数条00' +
    '5.信函申请数条006.其它形式申请数条00对申请的答复数条11其中：1.同意公开答复数条112.同意部分公开答复数条00' +
    '3.否决公开答复数条00行政复议数条00行政诉讼数条00行政申诉数条00';

  it('marks both rows as text instead of guessing', () => {
    const r = read(line)!;
    const cell = (ref: string) => r.cells.find((c) => c.ref === ref)!;
    expect(cell('主动公开@0').value).toEqual({ kind: 'text', raw: '1212' });
    expect(cell('主动公开@1').value).toEqual({ kind: 'text', raw: '1212' });
    expect(cell('主动公开1@1').value).toEqual({ kind: 'text', raw: '1212' });
    expect(cell('主动公开2@1').value).toMatchObject({ kind: 'number', value: 0 });
    expect(cell('受理申请@0').value).toMatchObject({ kind: 'number', value: 1 });
    expect(r.notices.map((n) => n.zh)).toEqual([
      '「主动公开信息数」的两栏数字粘连为「1212」，可读作 1 | 212、12 | 12；每一种都与表内的合计关系相符，故不作猜测，按文字保留。',
      '「网站公开」的两栏数字粘连为「1212」，可读作 1 | 212、12 | 12；每一种都与表内的合计关系相符，故不作猜测，按文字保留。',
    ]);
  });

  it('is settled when the sums leave one reading', () => {
    // 网站公开 1111 is 1 | 111 or 11 | 11 and 政府公报公开 11 is 1 | 1: only 12 | 12 = 11 | 11 + 1 | 1 adds up.
    const r = read(line.replace('网站公开条1212', '网站公开条1111').replace('政府公报公开条00', '政府公报公开条11'))!;
    expect(rowsOf(r).slice(0, 3)).toEqual([
      ['主动公开', '主动公开信息数', '条', 12, 12],
      ['主动公开1', '其中：1.网站公开', '条', 11, 11],
      ['主动公开2', '2.政府公报公开', '条', 1, 1],
    ]);
    expect(r.notices).toEqual([]);
  });

  it('says so when no reading adds up', () => {
    const r = read(line.replace('网站公开条1212', '网站公开条1111'))!;
    expect(r.cells.find((c) => c.ref === '主动公开1@0')!.value).toEqual({ kind: 'text', raw: '1111' });
    expect(r.findings.at(-1)!.message.zh).toContain('「主动公开信息数 = 网站公开 + 政府公报公开」都不能在年度和历年累计两栏同时成立');
  });
});

describe('the pipeline on the Fujian fixtures', () => {
  const analyze = (name: string) => analyzeText(fixture(name), name);
  const both = (ref: string, a: number, b: number) => [[`${ref}@0`, 'info', a, a], [`${ref}@1`, 'info', b, b]];

  it.each([
    ['2011_pingtan_county.txt', 'fujian-2008', [...both('主动公开', 425, 1516), ...both('受理申请', 0, 0), ...both('答复', 0, 0)]],
    // 主动公开 is text in 2012, 2013, 2016 and 2018, so the sum rule cannot check it there.
    ['2012_pingtan_county.txt', 'fujian-2008', [...both('受理申请', 21, 21), ...both('答复', 21, 21)]],
    ['2013_pingtan_county.txt', 'fujian-2008', [...both('受理申请', 7, 28), ...both('答复', 3, 24)]],
    ['2014_pingtan_zonghe_shiyanqu.txt', 'fujian-2014', [...both('主动公开', 2543, 78967), ...both('受理申请', 1, 1), ...both('答复', 1, 1)]],
    ['2016_pingtan_zonghe_shiyanqu.txt', 'fujian-2014', [...both('受理申请', 0, 0), ...both('答复', 0, 0)]],
    ['2018_pingtan_zonghe_shiyanqu.txt', 'fujian-2014', [...both('受理申请', 0, 0), ...both('答复', 0, 0)]],
  ])('%s reads as %s and checks each identity per column', (name, template, expected) => {
    const a = analyze(name);
    expect(a.meta.template).toBe(template);
    expect(sums(a)).toEqual(expected);
    expect(a.findings.filter((f) => f.cells.some((c) => c.startsWith('主动公开@')) && f.severity !== 'info' && !['sum', 'glued-sum'].includes(f.rule))).toEqual([]);
    // 2012 and 2013 print totals that no reading of their glued digits can reconcile.
    expect(a.findings.filter((f) => f.rule === 'glued-sum').length).toBe(['2012_pingtan_county.txt', '2013_pingtan_county.txt'].includes(name) ? 1 : 0);
  });

  it('reports a sum that does not hold as an error, per column', () => {
    const text =
      '指标名称 计量单位 2015年度 历年累计 主动公开文件数 条 5 9 其中：1、政府网站公开数 条 4 8 2、政府公报公开数 条 1 1 ' +
      '受理依申请公开信息总数 条 3 3 其中：1、当面申请数 条 1 1 2、网上申请数 条 1 1 3、信函、传真申请数 条 0 0 ' +
      '对申请的答复总数 条 3 3 其中：1、同意公开答复数 条 1 1 2、同意部分公开答复数 条 0 0 3、不予公开答复数 条 1 1 ' +
      '4、其他类型答复数 条 1 1 政府信息公开收费减免金额 元 0 0 接受行政诉讼、举报数 件 0 0 行政复议数 件 0 0 行政诉讼数 件 0 0';
    const a = analyzeText(text, 'synthetic.txt');
    expect(a.meta.template).toBe('fujian-2014');
    expect(sums(a)).toEqual([
      ['受理申请@0', 'error', 3, 2],
      ['受理申请@1', 'error', 3, 2],
      ['主动公开@0', 'info', 5, 5],
      ['主动公开@1', 'info', 9, 9],
      ['答复@0', 'info', 3, 3],
      ['答复@1', 'info', 3, 3],
    ]);
  });
});

describe('a glued row that no split can make consistent', () => {
  it('is an error of the table (glued-sum), not only a notice: 「行政复议数条90」 is 9 | 0 at best, and 9 > 0', () => {
    const text = fixture('2011_pingtan_county.txt').replace('行政复议数条00', '行政复议数条90');
    const analysis = analyzeText(text, '2011.txt');
    const finding = analysis.findings.find((f) => f.rule === 'glued-sum' && f.cells.includes('行政复议@0'));
    expect(finding?.severity).toBe('error');
    expect(analysis.cells.find((c) => c.ref === '行政复议@0')?.value.kind).toBe('text');
  });
});
