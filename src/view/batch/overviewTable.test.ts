import { describe, expect, it } from 'vitest';
import type { OverviewRow } from '../../batch/overviewRow.ts';
import { matchesFilter, nextOrder, sortRows } from './overviewTable.ts';
import { poolSize } from './pool.ts';

const row = (fileName: string, year: number | undefined, errors: number, body?: string): { row: OverviewRow } => ({
  row: {
    fileName,
    ...(body !== undefined ? { body } : {}),
    ...(year !== undefined ? { year } : {}),
    template: 'gov-2021',
    source: 'text',
    cellsRead: 0,
    cellsExpected: 0,
    errors,
    warnings: 0,
    toReview: 0,
    totals: {},
  },
});

describe('the overview table', () => {
  const rows = [row('b.txt', 2013, 1), row('a.txt', undefined, 0), row('c.txt', 2011, 1), row('d.txt', 2012, 3)];
  const files = (sorted: Array<{ row: OverviewRow }>) => sorted.map((r) => r.row.fileName);

  it('sorts by a column either way, a missing value last both ways, ties in the order given', () => {
    expect(files(sortRows(rows, { key: 'year', dir: 1 }))).toEqual(['c.txt', 'd.txt', 'b.txt', 'a.txt']);
    expect(files(sortRows(rows, { key: 'year', dir: -1 }))).toEqual(['b.txt', 'd.txt', 'c.txt', 'a.txt']);
    expect(files(sortRows(rows, { key: 'errors', dir: 1 }))).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    // Numbers in names sort as numbers.
    expect(files(sortRows([row('10.txt', 1, 0), row('9.txt', 1, 0)], { key: 'file', dir: 1 }))).toEqual(['9.txt', '10.txt']);
  });

  it('turns the same column round and starts another ascending', () => {
    expect(nextOrder({ key: 'year', dir: 1 }, 'year')).toEqual({ key: 'year', dir: -1 });
    expect(nextOrder({ key: 'year', dir: -1 }, 'year')).toEqual({ key: 'year', dir: 1 });
    expect(nextOrder({ key: 'year', dir: -1 }, 'errors')).toEqual({ key: 'errors', dir: 1 });
  });

  it('filters by body or file name, ignoring case and spaces at the ends', () => {
    expect(matchesFilter(' 平潭 ', '2011.txt', '平潭县人民政府')).toBe(true);
    expect(matchesFilter('HONGZE', '2023_huaian_hongze_district.pdf', '洪泽区人民政府')).toBe(true);
    expect(matchesFilter('平潭', 'hongze.pdf', undefined)).toBe(false);
    expect(matchesFilter('', 'any.txt', undefined)).toBe(true);
  });

  it('gives a batch one worker per core, at least two, never more than its files', () => {
    expect(poolSize(10, 8)).toBe(8);
    expect(poolSize(10, 1)).toBe(2);
    expect(poolSize(3, 8)).toBe(3);
    expect(poolSize(1, 8)).toBe(1);
    expect(poolSize(10, undefined)).toBe(2);
  });
});
