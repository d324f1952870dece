import { describe, expect, it } from 'vitest';
import type { Cell, Value } from '../model/types.ts';
import { national2008 } from '../template/national2008.ts';
import { BLANK_AS_ZERO_DOUBT, withBlanksAsZero } from './blankAsZero.ts';

const value = (printed: string): Value => (printed === '' ? { kind: 'blank', raw: '' } : { kind: 'number', raw: printed, value: Number(printed) });

function cells(printed: Record<string, string>): Map<string, Cell> {
  return new Map(
    Object.entries(printed).map(([indicator, raw]) => {
      const ref = `${indicator}@0`;
      return [ref, { ref, indicator, label: indicator, unit: '条', column: 0, value: value(raw), pos: { line: 1, col: 1, length: raw.length } }];
    }),
  );
}

// A 2008 statistics table that prints no 0: six blanks, two of them headings over rows with numbers.
const TABLE = cells({
  一: '',
  '一(一)': '1489',
  '一(二)': '',
  '一(二)1': '98',
  '一(二)2': '27000',
  '一(二)3': '',
  '一(二)4': '',
  '一(二)5': '673',
  四: '',
  五: '',
});

describe('blanks counted as zeros', () => {
  it('counts the blanks of a table that prints no 0 as 0, marked to review', () => {
    const seen = withBlanksAsZero(national2008, TABLE);
    for (const ref of ['一(二)3@0', '一(二)4@0', '四@0', '五@0']) {
      expect(seen.get(ref)).toMatchObject({ value: { kind: 'number', value: 0 }, doubt: BLANK_AS_ZERO_DOUBT });
    }
  });

  it('leaves blank a section heading and a sum whose parts hold numbers: a heading not filled in, not a zero', () => {
    const seen = withBlanksAsZero(national2008, TABLE);
    expect(seen.get('一@0')?.value.kind).toBe('blank');
    expect(seen.get('一(二)@0')?.value.kind).toBe('blank');
  });

  it('counts a blank whole as 0 when its parts are all blank or 0', () => {
    const quiet = cells({ ...Object.fromEntries([...TABLE].map(([, c]) => [c.indicator, c.value.raw])), '一(二)1': '', '一(二)2': '', '一(二)5': '' });
    expect(withBlanksAsZero(national2008, quiet).get('一(二)@0')?.value).toMatchObject({ kind: 'number', value: 0 });
  });
});
