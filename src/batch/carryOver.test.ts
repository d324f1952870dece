import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/types.ts';
import { groupBodies } from './bodyName.ts';
import { carryOver } from './carryOver.ts';
import { bodyReportOf, pairYears } from './pairYears.ts';
import { hongze, pingtanCounty } from './testFixtures.ts';

/** The whole batch path: group the analyses by body, pair their years, check every pair. */
function check(analyses: Record<string, Analysis>) {
  const reports = Object.entries(analyses).map(([id, a]) => bodyReportOf(id, a));
  const years = pairYears(groupBodies(reports), reports);
  return { years, carry: carryOver(years.flatMap((g) => g.pairs), new Map(Object.entries(analyses))) };
}

describe('carryOver', () => {
  it('checks every pair of four years of one body and finds the one break, between the years where it is', () => {
    const { years, carry } = check({
      h2020: hongze({ year: 2020 }),
      h2021: hongze({ year: 2021 }),
      // 2022 prints 3 requests carried over from 2021, whose report carried none forward; its title names the city too.
      h2022: hongze({ year: 2022, carried: 3, body: '淮安市洪泽区人民政府' }),
      h2023: hongze({ year: 2023 }),
    });
    expect(years).toHaveLength(1);
    expect(carry.map((c) => [c.pair.later, c.pair.earlier])).toEqual([
      ['h2023', 'h2022'],
      ['h2022', 'h2021'],
      ['h2021', 'h2020'],
    ]);
    // Every pair was compared on all seven columns of 上年结转, despite the two ways the body is named.
    for (const c of carry) expect(c.findings).toHaveLength(7);
    expect(carry.map((c) => c.breaks.length)).toEqual([0, 2, 0]);
    const broken = carry[1]!.breaks;
    expect(broken.map((f) => f.cells[0])).toEqual(['三.二@0', '三.二@6']);
    expect(broken.every((f) => f.rule === 'cross-year' && f.severity === 'error' && f.stated === 3 && f.computed === 0)).toBe(true);
    expect(broken[0]!.message.zh).toContain('hongze-2021.txt');
  });
  it('runs the Fujian 历年累计 on over three real years of 平潭县 without a break', () => {
    const { carry } = check({ p2011: pingtanCounty(2011), p2012: pingtanCounty(2012), p2013: pingtanCounty(2013) });
    expect(carry.map((c) => c.pair.year)).toEqual([2013, 2012]);
    for (const c of carry) {
      expect(c.findings.length).toBeGreaterThan(10);
      expect(c.breaks).toEqual([]);
      expect(c.notices).toEqual([]);
    }
  });
  it('says why a pair gave nothing, and leaves out a pair whose analysis is gone', () => {
    const a2008 = pingtanCounty(2011);
    const later = hongze({ year: 2012 });
    const pair = { group: 'g', year: 2012, later: 'l', earlier: 'e' };
    const [c] = carryOver([pair], new Map([['l', { ...later, meta: { ...later.meta, body: '平潭县人民政府' } }], ['e', a2008]]));
    expect(c!.findings).toEqual([]);
    expect(c!.notices[0]!.en).toContain('no figures that match');
    expect(carryOver([pair], new Map([['l', later]]))).toEqual([]);
  });
});
