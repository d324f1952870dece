import { describe, expect, it } from 'vitest';
import { formatNumber } from './numberFormats.ts';

describe('formatNumber', () => {
  it('counts in Chinese as Word prints list numbers', () => {
    const counting = [1, 3, 10, 11, 20, 21, 99, 100, 105, 110, 1010].map((n) => formatNumber(n, 'chineseCounting'));
    expect(counting).toEqual(['一', '三', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十', '一千零一十']);
    expect(formatNumber(12, 'chineseCountingThousand')).toBe('十二');
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatNumber(2024, 'ideographDigital')).toBe('二〇二四');
    expect(formatNumber(12345, 'chineseCounting')).toBe('12345');
  });

  it('prints the other formats a report uses', () => {
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(21, 'decimalEnclosedCircle')).toBe('㉑');
    expect(formatNumber(3, 'ideographEnclosedCircle')).toBe('㈢');
    expect(formatNumber(3, 'decimalEnclosedParen')).toBe('⑶');
    expect(formatNumber(3, 'decimal')).toBe('3');
    expect(formatNumber(3, 'decimalZero')).toBe('03');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(3, 'bullet')).toBe('');
    expect(formatNumber(3, 'none')).toBe('');
    expect(formatNumber(3, 'somethingNew')).toBe('3');
  });
});
