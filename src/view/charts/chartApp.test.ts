import { describe, expect, it } from 'vitest';
import { activateOnKey, chooseCells, flaggedFinding, flagsByRef, type ChartApp } from './chartApp.ts';
import { sample } from './fixture.test-helper.ts';

/** A ChartApp that records what the charts ask of it. */
function recorder(): ChartApp & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    lang: 'zh',
    selected: undefined,
    highlighted: new Set(),
    text: (m) => m.zh,
    select: (index) => void calls.push(`select ${index}`),
    focusCell: (ref) => void calls.push(`focus ${ref}`),
  };
}

describe('flags and selection', () => {
  const a = sample();

  it('keeps the worst flag per cell, with the finding that gives it', () => {
    const flags = flagsByRef(a);
    // 三(一)@0 is in the failing sum (error, finding 3) and a narrative warning (finding 4).
    expect(flags.get('三(一)@0')).toEqual({ flag: 'error', findingIndex: 3 });
    expect(flags.get('三(二)@0')).toEqual({ flag: 'warning', findingIndex: 5 });
    // 四 is only in a passing (info) sum: no flag.
    expect(flags.has('四@0')).toBe(false);
  });

  it('selects the first flagged finding among the cells, or shows the first cell', () => {
    expect(flaggedFinding(a, ['四@0', '十@0'])).toBe(2);
    const app = recorder();
    chooseCells(app, a, ['四@0', '十二(二)@0']);
    chooseCells(app, a, ['四(一)@0']);
    expect(app.calls).toEqual(['select 2', 'focus 四(一)@0']);
  });

  it('activates on Enter and Space only, and keeps the page from scrolling on Space', () => {
    let runs = 0;
    const press = (key: string) => {
      let prevented = false;
      activateOnKey({ key, preventDefault: () => void (prevented = true) }, () => runs++);
      return prevented;
    };
    expect([press('Enter'), press(' '), press('a'), press('Tab')]).toEqual([true, true, false, false]);
    expect(runs).toBe(2);
  });
});
