import { describe, expect, it } from 'vitest';
import { partsVersusTotal, textVersusTable } from './differenceWords.ts';

describe('differences in words', () => {
  it('says which side is larger instead of a signed number', () => {
    expect(partsVersusTotal(461, 634).zh).toBe('分项合计比总数多 173');
    expect(partsVersusTotal(464, 435).zh).toBe('分项合计比总数少 29');
    expect(partsVersusTotal(96.3, 96.1).en).toBe('the parts add up to 0.2 less than the total');
    expect(textVersusTable(464, 461).zh).toBe('正文比表格多 3');
    expect(textVersusTable(10, 36).en).toBe('the text says 26 less than the table');
  });
});
