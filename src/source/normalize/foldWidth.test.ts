import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidth } from './foldWidth.ts';

/** Any UTF-16 code unit, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

describe('foldWidth', () => {
  it.each([
    ['full-width digits', '收到申请数 件 ４６４', '收到申请数 件 464'],
    ['full-width Latin letters', 'ＰＰＰ项目ｗｗｗ', 'PPP项目www'],
    ['full-width percent', '办结率１００％', '办结率100%'],
    ['full-width point between digits', '５２．３万元', '52.3万元'],
    ['ideographic space and NBSP', '统计指标\u3000单位\u00a0统计数', '统计指标 单位 统计数'],
    ['Kangxi radicals through NFKC', '⼀、主动公开政府信息⽂件', '一、主动公开政府信息文件'],
    ['Kangxi radicals that NFKC would turn into old variants', '门⼾网站 ⾭年', '门户网站 青年'],
    ['CJK radicals supplement', '⺠⻓⻔⻋⻅⻚⻛⻜⻝⻢⻬⻰⻮⻩⻄⺟', '民长门车见页风飞食马齐龙齿黄西母'],
    ['radicals in context', '⼈⺠政府⻔户⽹站', '人民政府门户网站'],
  ])('%s', (_name, input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });

  it.each([
    ['Chinese punctuation used by labels', '（一）收到申请数：、，。'],
    ['a full-width point that is a list marker', '1．当面申请数'],
    ['a full-width point not between digits', '注．本表'],
    ['an unknown radical-supplement code point', '⺀⺡'],
    ['ordinary text', '2018年政府信息公开工作年度报告 52.3'],
  ])('keeps %s', (_name, input) => {
    expect(foldWidth(input)).toBe(input);
  });

  it('keeps the length for any string, so column maps survive', () => {
    const interesting = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x2e80, max: 0x2fdf }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0xff00, max: 0xffef }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('\u3000', '\u00a0', '1', '．'),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(interesting, fc.string({ unit: anyUnit })), (s) => {
        expect(foldWidth(s)).toHaveLength(s.length);
      }),
    );
  });

  it('is idempotent', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x2e80, max: 0x2fdf }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('1', '．', '.', ' '),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        expect(foldWidth(foldWidth(s))).toBe(foldWidth(s));
      }),
    );
  });

  it('leaves ASCII and unified ideographs alone', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        expect(foldWidth(s)).toBe(s);
      }),
    );
  });
});

describe('Arabic-Indic digits', () => {
  it('folds both sets of Arabic-Indic digits and the Arabic decimal separator between digits, one unit for one', () => {
    expect(foldWidth('收到申请٨١件，占٥١٫٨٥%，۱۲۳条')).toBe('收到申请81件，占51.85%，123条');
    expect(foldWidth('٫٨')).toBe('٫8');
  });
});
