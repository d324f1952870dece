import { describe, expect, it } from 'vitest';
import { bodyKey, groupBodies, parseBody, type BodyReport } from './bodyName.ts';
import type { GroupEdit } from './groupEdits.ts';

const key = (name: string) => {
  const parsed = parseBody(name);
  return parsed ? bodyKey(parsed) : undefined;
};
/** The groups as sets of report ids, to compare without caring about group order. */
const membersOf = (reports: BodyReport[], edits: GroupEdit[] = []) => groupBodies(reports, edits).map((g) => g.members);

describe('parseBody', () => {
  it('reads the places and the organ, one spelling per organ', () => {
    expect(parseBody('淮安市洪泽区人民政府')).toEqual({ places: ['淮安市', '洪泽区'], organ: '人民政府' });
    expect(parseBody('洪泽区政府')).toEqual({ places: ['洪泽区'], organ: '人民政府' });
    expect(parseBody('江苏省淮安市洪泽区人民政府')?.places).toEqual(['江苏省', '淮安市', '洪泽区']);
    expect(key('平潭综合实验区管理委员会')).toBe(key('平潭综合实验区管委会'));
    expect(key('洪泽区政府办')).toBe(key('洪泽区人民政府办公室'));
  });
  it('keeps a government office apart from the government', () => {
    expect(key('洪泽区人民政府办公室')).not.toBe(key('洪泽区人民政府'));
    expect(parseBody('洪泽区人民政府办公室')?.organ).toBe('人民政府办公室');
  });
  it('does not take words of a department for a place', () => {
    expect(parseBody('淮安市市场监督管理局')).toEqual({ places: ['淮安市'], organ: '市场监督管理局' });
    expect(parseBody('淮安市住房和城乡建设局')).toEqual({ places: ['淮安市'], organ: '住房和城乡建设局' });
    expect(parseBody('济南市市中区人民政府')?.places).toEqual(['济南市', '市中区']);
    expect(parseBody('内蒙古自治区人民政府')?.places).toEqual(['内蒙古自治区']);
  });
  it('ignores spaces, and reads nothing from an empty name', () => {
    expect(key('洪泽区 人民政府')).toBe(key('洪泽区人民政府'));
    expect(parseBody(undefined)).toBeUndefined();
    expect(parseBody('  ')).toBeUndefined();
  });
});

describe('groupBodies', () => {
  const hongze: BodyReport[] = [
    { id: 'a', body: '淮安市洪泽区人民政府', year: 2022 },
    { id: 'b', body: '洪泽区人民政府', year: 2023 },
    { id: 'c', body: '洪泽区政府', year: 2021 },
  ];

  it('puts 「淮安市洪泽区人民政府」, 「洪泽区人民政府」 and 「洪泽区政府」 together, named by the fullest, by year', () => {
    const groups = groupBodies(hongze);
    expect(groups).toEqual([{ id: '淮安市洪泽区|人民政府', name: '淮安市洪泽区人民政府', members: ['c', 'a', 'b'] }]);
  });
  it('keeps the government office, the city and another district apart', () => {
    const groups = membersOf([
      ...hongze,
      { id: 'o', body: '洪泽区人民政府办公室', year: 2023 },
      { id: 'city', body: '淮安市人民政府', year: 2023 },
      { id: 'qh', body: '淮安市清江浦区人民政府', year: 2023 },
    ]);
    expect(groups).toHaveLength(4);
    expect(groups).toContainEqual(['c', 'a', 'b']);
    expect(groups).toContainEqual(['o']);
    expect(groups).toContainEqual(['city']);
  });
  it('never merges two districts of one name in different cities, nor guesses for the bare name', () => {
    const groups = groupBodies([
      { id: 'fz', body: '福州市鼓楼区人民政府', year: 2022 },
      { id: 'nj', body: '南京市鼓楼区人民政府', year: 2022 },
      { id: 'bare', body: '鼓楼区人民政府', year: 2023 },
    ]);
    expect(groups.map((g) => g.members)).toEqual([['fz'], ['nj'], ['bare']]);
    expect(groups.find((g) => g.members.includes('bare'))?.id).toBe('report:bare');
  });
  it('joins the bare name to the one city it can belong to', () => {
    const groups = membersOf([
      { id: 'fz', body: '福州市鼓楼区人民政府', year: 2022 },
      { id: 'bare', body: '鼓楼区政府', year: 2023 },
    ]);
    expect(groups).toEqual([['fz', 'bare']]);
  });
  it('keeps a report without a body, or with an organ but no place, in a group of its own', () => {
    const groups = membersOf([
      { id: 'x', year: 2022 },
      { id: 'y', year: 2022 },
      { id: 'e1', body: '教育局', year: 2021 },
      { id: 'e2', body: '教育局', year: 2022 },
    ]);
    expect(groups).toEqual([['x'], ['y'], ['e1'], ['e2']]);
  });
  it('keeps a 管委会 apart from a 政府 of the same place until the user merges them', () => {
    const reports: BodyReport[] = [
      { id: 'p14', body: '平潭综合实验区管委会', year: 2014 },
      { id: 'p16', body: '平潭综合实验区政府', year: 2016 },
      { id: 'p18', body: '平潭综合实验区政府', year: 2018 },
    ];
    expect(membersOf(reports)).toEqual([['p14'], ['p16', 'p18']]);
    const merged = groupBodies(reports, [{ kind: 'merge', report: 'p14', into: 'p16' }]);
    expect(merged).toEqual([{ id: '平潭综合实验区|人民政府', name: '平潭综合实验区政府', members: ['p14', 'p16', 'p18'] }]);
  });
  it('applies the edits in order, chains merges, and skips steps naming reports no longer present', () => {
    const reports: BodyReport[] = [...hongze, { id: 'x', body: '淮安市人民政府', year: 2023 }, { id: 'y', year: 2023 }];
    const split = groupBodies(reports, [
      { kind: 'split', report: 'a' },
      { kind: 'split', report: 'gone' },
    ]);
    expect(split.map((g) => g.members)).toEqual([['c', 'b'], ['x'], ['y'], ['a']]);
    expect(split.find((g) => g.id === 'report:a')?.name).toBe('淮安市洪泽区人民政府');
    // The remaining group is named by its remaining members.
    expect(split[0]!.name).toBe('洪泽区人民政府');
    const chained = groupBodies(reports, [
      { kind: 'split', report: 'a' },
      { kind: 'merge', report: 'x', into: 'a' },
      { kind: 'merge', report: 'y', into: 'x' },
      { kind: 'merge', report: 'nothing', into: 'a' },
    ]);
    expect(chained.map((g) => [g.id, g.members])).toEqual([
      ['淮安市洪泽区|人民政府', ['c', 'b']],
      ['report:a', ['a', 'x', 'y']],
    ]);
  });
});
