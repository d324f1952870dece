import { describe, expect, it } from 'vitest';
import { groupBodies, type BodyReport } from './bodyName.ts';
import { bodyReportOf, pairYears } from './pairYears.ts';
import { hongze } from './testFixtures.ts';

const yearsOf = (reports: BodyReport[]) => pairYears(groupBodies(reports), reports);

describe('pairYears', () => {
  it('pairs consecutive years of one body, latest first, and lists the years missing between them', () => {
    const reports: BodyReport[] = [2018, 2019, 2021, 2022, 2023].map((year) => ({ id: `r${year}`, body: '洪泽区人民政府', year }));
    const [g] = yearsOf(reports);
    expect(g!.years).toEqual([2018, 2019, 2021, 2022, 2023]);
    expect(g!.pairs.map((p) => [p.year, p.later, p.earlier])).toEqual([
      [2023, 'r2023', 'r2022'],
      [2022, 'r2022', 'r2021'],
      [2019, 'r2019', 'r2018'],
    ]);
    expect(g!.gaps).toEqual([2020]);
    expect(g!.duplicates).toEqual([]);
    expect(g!.blocked).toEqual([]);
  });
  it('flags two reports of one body and year, and pairs neither of them', () => {
    const reports: BodyReport[] = [
      { id: 'a2021', body: '洪泽区人民政府', year: 2021 },
      { id: 'a2022', body: '淮安市洪泽区人民政府', year: 2022 },
      { id: 'b2022', body: '洪泽区政府', year: 2022 },
      { id: 'a2023', body: '洪泽区人民政府', year: 2023 },
      { id: 'a2024', body: '洪泽区人民政府', year: 2024 },
    ];
    const [g] = yearsOf(reports);
    expect(g!.duplicates).toEqual([{ year: 2022, reports: ['a2022', 'b2022'] }]);
    expect(g!.blocked).toEqual([2022, 2023]);
    expect(g!.pairs.map((p) => p.year)).toEqual([2024]);
    expect(g!.gaps).toEqual([]);
  });
  it('leaves undated reports out of pairing, and never pairs across groups', () => {
    const reports: BodyReport[] = [
      { id: 'h2022', body: '洪泽区人民政府', year: 2022 },
      { id: 'h?', body: '洪泽区人民政府' },
      { id: 'o2023', body: '洪泽区人民政府办公室', year: 2023 },
    ];
    const groups = yearsOf(reports);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.undated).toEqual(['h?']);
    expect(groups.flatMap((g) => g.pairs)).toEqual([]);
    expect(groups[1]!.years).toEqual([2023]);
  });
  it('reads body and year from analyses of the pipeline', () => {
    const reports = [hongze({ year: 2022, body: '淮安市洪泽区人民政府' }), hongze({ year: 2023 })].map((a, i) => bodyReportOf(`f${i}`, a));
    expect(reports).toEqual([
      { id: 'f0', body: '淮安市洪泽区人民政府', year: 2022 },
      { id: 'f1', body: '洪泽区人民政府', year: 2023 },
    ]);
    expect(yearsOf(reports)[0]!.pairs).toEqual([{ group: '淮安市洪泽区|人民政府', year: 2023, later: 'f1', earlier: 'f0' }]);
  });
});
