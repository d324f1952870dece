import { describe, expect, it } from 'vitest';
import { exportName, gridPlacements } from './exportChart.ts';

describe('gridPlacements', () => {
  it('places boxes row by row, each row as tall as its tallest box', () => {
    const { boxes, width, height } = gridPlacements(
      [{ width: 100, height: 40 }, { width: 100, height: 60 }, { width: 100, height: 40 }],
      2,
      10,
      30,
    );
    expect(boxes).toEqual([
      { x: 10, y: 30, width: 100, height: 40 },
      { x: 120, y: 30, width: 100, height: 60 },
      { x: 10, y: 100, width: 100, height: 40 },
    ]);
    expect(width).toBe(230);
    expect(height).toBe(150);
  });

  it('never uses more columns than boxes', () => {
    expect(gridPlacements([{ width: 50, height: 20 }], 4, 5).width).toBe(60);
  });
});

describe('exportName', () => {
  it('drops the extension and characters file systems reject', () => {
    expect(exportName('德州市 2018/报告.pdf', 'does-it-add-up', 'svg')).toBe('德州市_2018_报告-does-it-add-up.svg');
  });
});
