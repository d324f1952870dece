import { describe, expect, it } from 'vitest';
import { printedNumber, shortNumber } from './printedNumber.ts';

describe('printedNumber', () => {
  it('prints the 2019/2021 tables as the report does, with the table named', () => {
    expect(printedNumber('三.一')).toBe('表三 一、');
    expect(printedNumber('三.三(七)')).toBe('表三 三、（七）');
    expect(printedNumber('三.三(三)1')).toBe('表三 三、（三）1. ');
    expect(printedNumber('二(一).规章')).toBe('表二（一） ');
    expect(printedNumber('四.复议')).toBe('表四 ');
  });
  it('prints the 2008 appendix rows, 其中 rows included', () => {
    expect(printedNumber('一(二)5')).toBe('一、（二）5. ');
    expect(printedNumber('三(三)4其中1')).toBe('三、（三）4. 其中：');
    expect(printedNumber('十二')).toBe('十二、');
  });
  it('prints nothing for ids that carry no printed number', () => {
    expect(printedNumber('答复3')).toBe('');
    expect(printedNumber('主动公开')).toBe('');
  });
});

describe('shortNumber', () => {
  it('gives the number a formula uses', () => {
    expect(shortNumber('三.一')).toBe('一');
    expect(shortNumber('三.三(七)')).toBe('三（七）');
    expect(shortNumber('三.三(三)1')).toBe('三（三）1');
    expect(shortNumber('四.复议')).toBe('四.复议');
  });
});

describe('shortNumber of 其中 rows', () => {
  it('keeps which 其中 row it is', () => {
    expect(shortNumber('三(三)4其中1')).toBe('三（三）4其中1');
  });
});
