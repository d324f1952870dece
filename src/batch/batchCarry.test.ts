import { describe, expect, it } from 'vitest';
import { batchCarry, onlyPair } from './batchCarry.ts';
import { hongze, pingtanCounty } from './testFixtures.ts';

describe('batchCarry', () => {
  it('lists a break with its body and years, marks both reports, and keeps the earlier report under the later one’s name', () => {
    const reports = new Map([
      ['a', hongze({ year: 2021 })],
      // 2022 prints 3 requests carried over from 2021, whose report carried none forward; its title names the city too.
      ['b', hongze({ year: 2022, carried: 3, body: '淮安市洪泽区人民政府' })],
      ['c', hongze({ year: 2022 })],
      ['d', pingtanCounty(2011)],
    ]);
    // Two reports for 2022: nothing is paired with them, and a note says why.
    const duplicated = batchCarry(reports);
    expect(duplicated.pairs).toBe(0);
    expect(duplicated.notes.map((n) => [n.year, n.message.zh.startsWith('同一年度有 2 份报告')])).toEqual([[2022, true]]);

    reports.delete('c');
    const carry = batchCarry(reports);
    expect(carry.pairs).toBe(1);
    expect(carry.breaks.length).toBeGreaterThan(0);
    expect(new Set(carry.breaks.map((b) => `${b.body} ${b.earlierYear}-${b.year} ${b.later}/${b.earlier}`))).toEqual(new Set(['淮安市洪泽区人民政府 2021-2022 b/a']));
    expect(carry.involved).toEqual(new Set(['a', 'b']));
    expect(carry.earlierOf.get('b')?.meta.body).toBe('淮安市洪泽区人民政府');
    expect(carry.groupName.get('a')).toBe('淮安市洪泽区人民政府');
  });

  it('finds the only pair of two files, and none when they are not consecutive years of one body', () => {
    expect(onlyPair(new Map([['x', pingtanCounty(2012)], ['y', pingtanCounty(2011)]]))).toEqual({ later: 'x', earlier: 'y' });
    expect(onlyPair(new Map([['x', pingtanCounty(2013)], ['y', pingtanCounty(2011)]]))).toBeUndefined();
    expect(onlyPair(new Map([['x', hongze({ year: 2012 })], ['y', pingtanCounty(2011)]]))).toBeUndefined();
  });
});
