import { describe, expect, it } from 'vitest';
import { enumerate } from './enumerateText.ts';

describe('a whole that includes last year’s carried-over requests', () => {
  it('joins the parenthesis and the 其中 that name the two categories of one division into one breakdown', () => {
    expect(enumerate('本年度共处理申请73件（包括上一年度结转4件），其中今年新收到的申请69件。')).toEqual([{ whole: 73, parts: [4, 69], complete: true }]);
    expect(enumerate('本年度复议、诉讼案件共11件（含行政复议7件），其中行政诉讼5件。')).toEqual([{ whole: 11, parts: [7, 5], complete: true }]);
    // Two parts of one kind are not the two halves of anything.
    expect(enumerate('受理申请52件（含上年结转3件），其中网上申请40件。')).toEqual([
      { whole: 52, parts: [3], complete: true, subset: true },
      { whole: 52, parts: [40], complete: true, subset: true },
    ]);
  });

  it('takes what was answered and what goes on into next year for all of it', () => {
    expect(enumerate('全年办理申请64件（含上年度结转2件），其中已答复60件，结转至2025年继续办理3件。')).toEqual([
      { whole: 64, parts: [2], complete: true, subset: true },
      { whole: 64, parts: [60, 3], complete: true },
    ]);
  });

  it('does not, when the whole may be the new requests alone', () => {
    expect(enumerate('全年收到申请64件，其中已办结60件，结转下一年度3件。')).toEqual([{ whole: 64, parts: [60, 3], complete: true, subset: true }]);
  });

  it('never takes requests carried on into next year for last year’s', () => {
    expect(enumerate('共收到申请100件，其中新收90件，结转下一年度8件。')).toEqual([{ whole: 100, parts: [90, 8], complete: true, subset: true }]);
  });
});
