// The narrative checks that already hold on the seeds and the 平潭 reports (issue #5's must-hold list).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';
import type { Analysis } from '../../src/model/types.ts';

const analyze = (path: string) => analyzeText(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'), path);
const of = (a: Analysis, rule: string) => a.findings.filter((f) => f.rule === rule).map((f) => [f.severity, f.stated, f.computed]);

describe('seed 003 (聊城市 2018)', () => {
  const a = analyze('seeds/003_8ef98a67e9da6293.txt');
  it('reconciles 148954 = 57034 + 91920 with 38.3% / 61.7%, the eight shares of 647, 4019 and 15', () => {
    expect(of(a, 'narrative-share')).toEqual(
      [[57034, 38.3], [91920, 61.7], [177, 27.4], [232, 35.9], [21, 3.2], [23, 3.6], [61, 9.4], [78, 12.1], [10, 1.5], [45, 7.0]].map(([, p]) => ['info', p, p]),
    );
    expect(of(a, 'narrative-sum')).toEqual(expect.arrayContaining([['info', 148954, 148954], ['info', 4019, 4019], ['info', 15, 15]]));
  });
  it('flags 公报 12期 and 96000份 against the table, and 60 websites against 32 + 11', () => {
    expect(of(a, 'narrative-vs-table')).toEqual(expect.arrayContaining([['warning', 12, 98], ['warning', 96000, 1149]]));
    expect(of(a, 'narrative-sum')).toContainEqual(['warning', 60, 43]);
  });
  it('reconciles 「发布解读材料1181件」 with 二(二)3 (the table counts them in 篇)', () => {
    expect(of(a, 'narrative-vs-table')).toContainEqual(['info', 1181, 1181]);
  });
});

describe('seed 000 (德州市 2018)', () => {
  const a = analyze('seeds/000_87410cd3979e9921.txt');
  it('keeps 28 条（包括撤销的10条和呼叫转接的18条） and 33 = 28 + 5 with 85% / 15% consistent', () => {
    expect(of(a, 'narrative-sum')).toContainEqual(['info', 33, 33]);
    expect(of(a, 'narrative-share')).toEqual([['info', 85, 85], ['info', 15, 15]]);
  });
});

describe('平潭综合实验区 2019', () => {
  it('flags the category list that adds up to 2533, not the 2599 it introduces', () => {
    expect(of(analyze('corpus/2019_pingtan_zonghe_shiyanqu.txt'), 'narrative-sum')).toContainEqual(['warning', 2599, 2533]);
  });
});

describe('平潭县 2012 and 2013', () => {
  it('checks the category list of 2012 against its 2026 items: each share, one cut off instead of rounded', () => {
    const a = analyze('corpus/2012_pingtan_county.txt');
    const shares = a.findings.filter((f) => f.rule === 'narrative-share');
    expect(shares).toHaveLength(9);
    expect(shares.filter((f) => f.severity !== 'info').map((f) => [f.stated, f.computed, f.cause?.kind])).toEqual([[2.9, 3, 'truncated']]);
    // 「主要类别」: the list does not claim to cover all 2026, so its smaller sum is not flagged.
    expect(of(a, 'narrative-sum')).not.toContainEqual(['warning', 2026, 1175]);
  });
  it('checks the channel counts against the totals they break down', () => {
    expect(of(analyze('corpus/2012_pingtan_county.txt'), 'narrative-sum')).toEqual(expect.arrayContaining([['info', 21, 21]]));
    expect(of(analyze('corpus/2013_pingtan_county.txt'), 'narrative-vs-table')).toEqual(expect.arrayContaining([['error', 3, 4], ['error', 4, 0]]));
  });
});
