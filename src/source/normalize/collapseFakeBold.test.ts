import { describe, expect, it } from 'vitest';
import { collapseFakeBold } from './collapseFakeBold.ts';

// Lines quoted from the Dezhou 2018 report (test/fixtures/seeds/000_87410cd3979e9921.txt), which was
// printed with every glyph four times.
const folded: [name: string, input: string, expected: string][] = [
  ['spaced title', '德德德德 州州州州 市市市市', '德 州 市'],
  [
    'dates with digits and Han in one token',
    '2018201820182018 年年年年 1111 月月月月 1111日起至日起至日起至日起至 2018201820182018',
    '2018 年 1 月 1日起至 2018',
  ],
  ['a run split inside a number', '政务公开工作已纳入政务公开工作已纳入政务公开工作已纳入政务公开工作已纳入 2012012012018888', '政务公开工作已纳入 2018'],
  ['a number of repeated digits', '11111111 个县市区个县市区个县市区个县市区', '11 个县市区'],
  [
    'whole phrases repeated',
    '本报告是根据本报告是根据本报告是根据本报告是根据《《《《中华人民共和国政府信息公开条例中华人民共和国政府信息公开条例中华人民共和国政府信息公开条例中华人民共和国政府信息公开条例》》》》要求及要求及要求及要求及',
    '本报告是根据《中华人民共和国政府信息公开条例》要求及',
  ],
  ['table row: folded label, plain value', '一、主动公开情况一、主动公开情况一、主动公开情况一、主动公开情况 285922', '一、主动公开情况 285922'],
  [
    'table row with a folded number inside the label',
    '二、回应解读情况（不同方式回应同一热点或舆情计二、回应解读情况（不同方式回应同一热点或舆情计二、回应解读情况（不同方式回应同一热点或舆情计二、回应解读情况（不同方式回应同一热点或舆情计 1111 次）次）次）次） 5918',
    '二、回应解读情况（不同方式回应同一热点或舆情计 1 次） 5918',
  ],
  ['table row: folded label, plain unit and value', '四、行政复议数量四、行政复议数量四、行政复议数量四、行政复议数量 件 40', '四、行政复议数量 件 40'],
  ['leading space kept', ' 下下下下，，，，全市政府信息公开工作稳步推进全市政府信息公开工作稳步推进全市政府信息公开工作稳步推进全市政府信息公开工作稳步推进', ' 下，全市政府信息公开工作稳步推进'],
  ['a space inside a folded phrase is printed once', '导各县（市、导各县（市、导各县（市、导各县（市、 区）和区）和区）和区）和', '导各县（市、 区）和'],
  ['trailing run of one character', '作为问责情况等信作为问责情况等信作为问责情况等信作为问责情况等信息息息息 20202020 条条条条。。。。', '作为问责情况等信息 20 条。'],
  ['range with a split run', '战略规划战略规划战略规划战略规划（（（（2018-2022018-2022018-2022018-2022222', '战略规划（2018-2022'],
  ['decimal number', '分别发布政务信息分别发布政务信息分别发布政务信息分别发布政务信息 3.3.3.3.1111 万条万条万条万条', '分别发布政务信息 3.1 万条'],
  ['Latin letters fold too', '电子邮箱：电子邮箱：电子邮箱：电子邮箱：zwgk@dz.cnzwgk@dz.cnzwgk@dz.cnzwgk@dz.cn', '电子邮箱：zwgk@dz.cn'],
];

describe('collapseFakeBold: folded lines', () => {
  it.each(folded)('%s', (_name, input, expected) => {
    expect(collapseFakeBold(input)).toMatchObject({ text: expected, fold: 4 });
  });

  it('maps each kept character to the column of its first copy', () => {
    expect(collapseFakeBold('德德德德 州州州州 市市市市').cols).toEqual([1, 5, 6, 10, 11]);
    expect(collapseFakeBold(' 德德德德 州州州州').cols).toEqual([1, 2, 6, 7]);
    expect(collapseFakeBold('2012012012018888 年年年年').cols).toEqual([1, 2, 3, 13, 17, 18]);
    expect(collapseFakeBold('一、情况一、情况一、情况一、情况 285922').cols).toEqual([1, 2, 3, 4, 17, 18, 19, 20, 21, 22, 23]);
  });

  it('finds k = 2 and k = 3 as well', () => {
    expect(collapseFakeBold('政府政府 信息公开信息公开 2020')).toMatchObject({ text: '政府 信息公开 20', fold: 2 });
    expect(collapseFakeBold('德德德州州州 年度报告年度报告年度报告')).toMatchObject({ text: '德州 年度报告', fold: 3 });
  });

  it('prefers the larger k, so a 4-fold line is not read as 2-fold', () => {
    expect(collapseFakeBold('年年年年 月月月月')).toMatchObject({ text: '年 月', fold: 4 });
  });

  it('treats the ideographic space and tabs as separators, never as repeated text', () => {
    expect(collapseFakeBold('德德德德\u3000州州州州\t市市市市').text).toBe('德\u3000州\t市');
  });

  it('splits an ambiguous token into the fewest runs', () => {
    // 11221122 is 1122 twice or 1,2,1,2 each twice; the PDF repeats whole text runs, so one run wins.
    expect(collapseFakeBold('11221122 报告报告').text).toBe('1122 报告');
  });

  it('keeps collapsing while the result still looks folded (8 = 4 × 2 copies)', () => {
    expect(collapseFakeBold('德德德德德德德德')).toEqual({ text: '德', cols: [1], fold: 8 });
  });
});

describe('collapseFakeBold: plain lines stay as they are', () => {
  const plain = [
    '（一）收到申请数 件 464',
    '1.当面申请数 件 50',
    '危及国家安全、公共安全、经济安全和社会稳',
    // The only k-fold token is all digits: no evidence of fake bold.
    '条 1111',
    '1111 2222',
    // Folded digits and punctuation without any Han or letter (a page number, a bare range) stay as well.
    '---- 11111111 ----',
    '（（（（2018-2022018-2022018-2022018-2022222',
    // A reduplicated word is k-fold but covers too little of the line.
    '人人 参与了本次会议的讨论',
    '2018 年度，我市新增主动公开信息 148954 条，其中市级机关 57034 条，占总数的 38.3%；',
    'http://www.dezhou.gov.cn/n1403/n38391670/n38392709/czzj_index.html',
    '',
    '   ',
  ];

  it.each(plain)('%j', (line) => {
    expect(collapseFakeBold(line)).toEqual({
      text: line,
      cols: Array.from({ length: line.length }, (_, i) => i + 1),
      fold: 1,
    });
  });

  it('reads a short line that is half a reduplicated word as folded (known limit of the rule)', () => {
    expect(collapseFakeBold('谢谢 大家')).toMatchObject({ text: '谢 大家', fold: 2 });
  });

  it('handles a 2000-character line of one repeated character quickly', () => {
    const started = performance.now();
    const result = collapseFakeBold('德'.repeat(2000));
    expect(result.text.length * result.fold).toBe(2000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
