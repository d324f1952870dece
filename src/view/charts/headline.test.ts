import { describe, expect, it } from 'vitest';
import { headlineTiles } from './headline.ts';
import { analysisOf, cell, sample } from './fixture.test-helper.ts';

describe('headlineTiles', () => {
  it('reads the 2008 key figures with a status each', () => {
    const tiles = headlineTiles(sample());
    expect(tiles.map((t) => t.key)).toEqual(['received', 'concluded', 'answered', 'reconsideration', 'lawsuits', 'proactive']);
    const byKey = new Map(tiles.map((t) => [t.key, t]));
    // 三(一) is the stated side of a failing sum: error, and a click selects that finding (the first flagged).
    expect(byKey.get('received')).toMatchObject({ value: 464, status: 'error', findingIndex: 3 });
    // 三(二) is blank: missing, never 0, though a missing-value warning involves it.
    expect(byKey.get('concluded')).toMatchObject({ status: 'missing', findingIndex: 5 });
    expect(byKey.get('concluded')!.value).toBeUndefined();
    expect(byKey.get('reconsideration')).toMatchObject({ value: 40, status: 'ok' });
    expect(byKey.get('reconsideration')!.findingIndex).toBeUndefined();
    expect(byKey.get('lawsuits')).toMatchObject({ status: 'missing' });
  });

  it('adds the two lawsuit groups in the 2021 table and marks a warning apart from an error', () => {
    const a = analysisOf('gov-2021', [cell('四.诉讼直接@4', '25'), cell('四.诉讼复议后@4', '3'), cell('三.一@6', '100')], [
      { rule: 'row-sum', severity: 'warning', message: { zh: '', en: '' }, stated: 3, computed: 4, delta: -1, cells: ['四.诉讼复议后@4'] },
    ]);
    const tiles = headlineTiles(a);
    expect(tiles).toHaveLength(8);
    expect(tiles.find((t) => t.key === 'lawsuits')).toMatchObject({ value: 28, status: 'warning', findingIndex: 0 });
    expect(tiles.find((t) => t.key === 'new')).toMatchObject({ value: 100, status: 'ok' });
  });

  it('has no tiles for an unrecognised template', () => {
    expect(headlineTiles(analysisOf('none', [], []))).toEqual([]);
  });
});
