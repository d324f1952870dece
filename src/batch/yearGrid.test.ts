import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/types.ts';
import { batchCarry } from './batchCarry.ts';
import { overviewRow } from './overviewRow.ts';
import { hongze, pingtanCounty } from './testFixtures.ts';
import { yearGrid, yearInName, type GridRow, type UnreadReport } from './yearGrid.ts';

const reports = new Map<string, Analysis>([
  ['h20', hongze({ year: 2020 })],
  ['h21', hongze({ year: 2021 })],
  // 2022 prints 3 requests carried over from 2021, which carried none forward.
  ['h22', hongze({ year: 2022, carried: 3 })],
  ['h24a', hongze({ year: 2024 })],
  ['h24b', hongze({ year: 2024, body: '淮安市洪泽区人民政府' })],
  ['p11', pingtanCounty(2011)],
  ['p12', pingtanCounty(2012)],
  ['p13a', pingtanCounty(2013)],
  ['p13b', pingtanCounty(2013)],
]);
const summaries = new Map([...reports].map(([id, a]) => [id, overviewRow(a)]));
const unread: UnreadReport[] = [
  { id: 'bad', fileName: '洪泽区2023年报告.pdf', state: 'failed' },
  { id: 'stop', fileName: 'scan.pdf', state: 'cancelled' },
];

/** A row's cells as `year:ids` plus the link to the next column, for one readable comparison. */
function describeRow(row: GridRow): string[] {
  return row.cells.map((c) => {
    const ids = c.entries.map((e) => e.id).join('+') || (c.missing ? 'missing' : '-');
    const link = c.next ? ` ${c.next.state}${c.next.breaks ? c.next.breaks : ''}` : '';
    return `${c.year ?? '?'}:${ids}${link}`;
  });
}

describe('yearGrid', () => {
  const grid = yearGrid(batchCarry(reports), summaries, unread);

  it('has a column per year in the batch, failed files’ years from their names included, then one for no year', () => {
    expect(grid.columns).toEqual([2011, 2012, 2013, 2020, 2021, 2022, 2023, 2024, undefined]);
  });

  it('lays out each body’s years with gaps, duplicates, and the state of each consecutive pair', () => {
    expect(grid.rows.map((r) => r.name)).toEqual(['淮安市洪泽区人民政府', '平潭县人民政府', '']);
    expect(describeRow(grid.rows[0]!)).toEqual([
      '2011:-',
      '2012:-',
      '2013:-',
      '2020:h20 agreed',
      '2021:h21 broken2',
      '2022:h22',
      '2023:missing',
      '2024:h24a+h24b',
      '?:-',
    ]);
    // Two reports for 2013: the pair 2012–2013 is not compared, and the grid says why.
    expect(describeRow(grid.rows[1]!)).toEqual(['2011:p11 agreed', '2012:p12 blocked', '2013:p13a+p13b', '2020:-', '2021:-', '2022:-', '2023:-', '2024:-', '?:-']);
    const broken = grid.rows[0]!.cells[4]!.next!;
    expect(broken.later).toBe('h22');
  });

  it('shows each report’s counts, and the files that could not be read in a row of their own', () => {
    const cell = grid.rows[0]!.cells[5]!.entries[0]!;
    expect(cell).toMatchObject({ state: 'done', fileName: 'hongze-2022-edited.txt', errors: summaries.get('h22')!.errors, toReview: summaries.get('h22')!.toReview });
    expect(summaries.get('h22')!.errors).toBeGreaterThan(0);
    const unreadRow = grid.rows[2]!;
    expect(unreadRow.unread).toBe(true);
    expect(describeRow(unreadRow)).toEqual(['2011:-', '2012:-', '2013:-', '2020:-', '2021:-', '2022:-', '2023:bad', '2024:-', '?:stop']);
    expect(unreadRow.cells[6]!.entries[0]).toMatchObject({ state: 'failed' });
  });

  it('has no column for no year when every report has one, and no unread row without unread files', () => {
    const plain = yearGrid(batchCarry(new Map([['p11', reports.get('p11')!]])), summaries);
    expect(plain.columns).toEqual([2011]);
    expect(plain.rows).toHaveLength(1);
    expect(plain.rows[0]!.cells[0]!.next).toBeUndefined();
  });

  it('finds a year in a file name only where four digits stand alone', () => {
    expect(yearInName('2023_huaian_hongze_district.pdf')).toBe(2023);
    expect(yearInName('洪泽区2022年报告.txt')).toBe(2022);
    expect(yearInName('report-120231.pdf')).toBeUndefined();
    expect(yearInName('scan.pdf')).toBeUndefined();
  });
});
