import { describe, expect, it } from 'vitest';
import { govHeading } from './govHeadings.ts';

describe('govHeading', () => {
  it('names the sub-tables of 二 by their article, as printed and as OCR reads them with a stray mark', () => {
    expect(govHeading('第二十条第（八）项')).toBe('二(八)');
    expect(govHeading('第二十条第(一)项')).toBe('二(一)');
    expect(govHeading('第二十、条第 ( 八）项')).toBe('二(八)');
    expect(govHeading('第 二 十 条 第 （ 五 ） 项')).toBe('二(五)');
    expect(govHeading('第二十，条、第（九）项')).toBe('二(九)');
  });
  it('does not take another article or item for one of them', () => {
    expect(govHeading('第二十一条第（八）项')).toBeUndefined();
    expect(govHeading('第二十条第（二）项')).toBeUndefined();
    expect(govHeading('第十二条第（八）项')).toBeUndefined();
  });
});

describe('a sub-table of 二 whose heading a scan misread', () => {
  it('is told by a header column only it has (本年收费金额 is 二(八)’s)', () => {
    expect(govHeading('信息内容\t本年收费金额（单位：万元)')).toBe('二(八)');
    expect(govHeading('信息内容 本年收费金额（单位：万元）')).toBe('二(八)');
    expect(govHeading('信息内容\t本年处理决定数量')).toBeUndefined();
  });
});

describe('an article heading whose item is not legible', () => {
  it('heads a sub-table of 二 told by its rows, never one whose item reads as another numeral', () => {
    expect(govHeading('第二十条第 () 项')).toBe('二(?)');
    expect(govHeading('第二十条第（ ）项')).toBe('二(?)');
    expect(govHeading('第二十条第（二）项')).toBeUndefined();
  });
});
