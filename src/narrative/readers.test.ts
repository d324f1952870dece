// The narrative readers that the labelled corpus exercises but that had no unit test of their own, each
// with two wordings of its family.

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../model/types.ts';
import { readClaims } from './readClaims.ts';
import { readEnumerations } from './readEnumerations.ts';
import { respectiveSubjects } from './respectively.ts';
import { periodAt } from './period.ts';
import { textStream } from './textStream.ts';

const read = (text: string) => {
  const line: NormLine = { line: 1, text, cols: [...text].map((_, i) => i + 1), fold: 1 };
  const stream = textStream([line]);
  return { text: stream.text, claims: readClaims(stream) };
};
const lists = (text: string) => {
  const { claims, text: t } = read(text);
  return readEnumerations(t, claims).map((e) => ({ whole: claims[e.whole]!.value, parts: e.parts.map((p) => claims[p]!.value) }));
};

describe('分别: items paired with numbers in order', () => {
  it('gives each number its own item, with what the items share after the last one', () => {
    const { text, claims } = read('全年受理的申请中，当面申请、网上申请和信函申请分别为4条、27条、2条。');
    expect([...respectiveSubjects(text, claims).values()]).toEqual(['当面申请', '网上申请', '信函申请']);
    const second = read('属于已主动公开范围、同意公开、同意部分公开的答复分别为23件、41件、6件。');
    expect([...respectiveSubjects(second.text, second.claims).values()]).toEqual(['属于已主动公开范围的答复', '同意公开的答复', '同意部分公开的答复']);
  });
  it('pairs nothing when items and numbers do not match one to one', () => {
    const { text, claims } = read('自然人和企业分别提出申请12件、3件、1件。');
    expect(respectiveSubjects(text, claims).size).toBe(0);
  });
});

describe('the period a number speaks of (年度 or 历年累计)', () => {
  it('is decided by the last word of time before it', () => {
    expect(periodAt('截至年底，全县累计主动公开政府信息')).toBe('cumulative');
    expect(periodAt('截至年底，全县累计主动公开政府信息15826条，本年度新增主动公开')).toBe('year');
    expect(periodAt('从历年累计看，共受理申请')).toBe('cumulative');
    expect(periodAt('自2008年以来')).toBe('cumulative');
  });
});

describe('a list that turns from one division to another', () => {
  it('is two lists, the second of the item it adds up to', () => {
    expect(lists('2022年共收到申请563件，其中新收申请551件、上年结转12件，按申请人类型分，自然人申请542件，法律服务机构申请6件，商业企业申请3件。')).toEqual([
      { whole: 563, parts: [551, 12] },
      { whole: 551, parts: [542, 6, 3] },
    ]);
    expect(lists('全年受理申请40件，其中网上申请30件、信函申请10件，自然人提出32件，企业提出8件。')).toEqual([
      { whole: 40, parts: [30, 10] },
      { whole: 40, parts: [32, 8] },
    ]);
  });
});

describe('a split by level without 其中', () => {
  it('is a list of the number said of the whole body before it, across sentences too', () => {
    expect(lists('其中主动公开政府信息2026条。县直各单位主动公开政府信息2475条，占62.2%。各乡镇主动公开政府信息1503条，占37.8%。')).toContainEqual({ whole: 2026, parts: [2475, 1503] });
    expect(lists('全市共受理申请300件。市直部门受理申请180件，各县区受理申请120件。')).toContainEqual({ whole: 300, parts: [180, 120] });
  });
});
