import { describe, expect, it } from 'vitest';
import { lab } from 'd3';
import { MATRIX, matrixLayout, shadeScale } from './matrix.ts';
import { corpus, reprinted } from './fixture.test-helper.ts';

const huaian = await corpus('2024_huaian_city.pdf');

describe('matrixLayout on 淮安 2024', () => {
  const layout = matrixLayout(huaian);
  const cell = (ref: string) => layout.rows.flatMap((r) => r.cells).find((c) => c.ref === ref)!;

  it('has table 三’s 25 numbered rows × 7 applicant columns, and the group headings without cells', () => {
    const numbered = layout.rows.filter((r) => r.cells.length);
    expect(numbered).toHaveLength(25);
    expect(numbered.every((r) => r.cells.length === 7)).toBe(true);
    expect(layout.rows.filter((r) => r.group).map((r) => r.indicator)).toEqual(['三.三', '三.三(三)', '三.三(四)', '三.三(五)', '三.三(六)']);
    expect(layout.rows.filter((r) => r.group).every((r) => r.cells.length === 0 && r.height === MATRIX.groupHeight)).toBe(true);
    expect(layout.columns.map((c) => c.label.zh)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(layout.rows.find((r) => r.indicator === '三.三(三)1')!.label.zh).toBe('（三）1属于国家秘密');
  });

  it('prints and shades every number, darker for larger', () => {
    expect(cell('三.一@6')).toMatchObject({ kind: 'number', value: 3119, ink: 'light' });
    expect(cell('三.三(三)1@6')).toMatchObject({ kind: 'number', value: 2, ink: 'dark' });
    expect(layout.max).toBe(3119);
    expect(lab(cell('三.一@6').fill!).l).toBeLessThan(lab(cell('三.三(二)@6').fill!).l);
    expect(lab(cell('三.三(二)@6').fill!).l).toBeLessThan(lab(cell('三.三(三)1@6').fill!).l);
  });

  it('marks nothing when every check holds', () => {
    expect(layout.rows.flatMap((r) => r.cells).filter((c) => c.flag)).toEqual([]);
  });

  it('places cells on a grid: row by row, column by column', () => {
    const first = layout.rows.find((r) => r.cells.length)!;
    expect(first.cells.map((c) => c.x)).toEqual(layout.columns.map((c) => c.x));
    expect(first.cells.every((c) => c.y === first.y && c.width === MATRIX.cellWidth)).toBe(true);
    const last = layout.rows.at(-1)!;
    expect(layout.height).toBe(last.y + last.height + 2);
  });
});

describe('matrixLayout where checks fail', () => {
  const broken = reprinted(huaian, { '三.一@6': '3148', '三.二@0': '', '三.二@1': '', '三.四@1': '/', '三.三(一)@3': '两' });
  const layout = matrixLayout(broken);
  const cell = (ref: string) => layout.rows.flatMap((r) => r.cells).find((c) => c.ref === ref)!;

  it('flags exactly the cells of failing findings, errors over warnings, with the finding to select', () => {
    const balance = broken.findings.findIndex((f) => f.rule === 'balance' && f.severity === 'error');
    expect(cell('三.四@6').flag).toEqual({ flag: 'error', findingIndex: balance });
    // 三.一@6 is in the failing balance and in its row's failing row-sum: an error either way.
    expect(cell('三.一@6').flag!.flag).toBe('error');
    // The blank 自然人 上年结转 (34 printed in 总计) makes its row's total uncheckable: a warning on every cell
    // of that row. (A blank where the other numbers already make the total, 商业企业's, can only be 0.)
    expect(cell('三.二@0').flag!.flag).toBe('warning');
    // A cell no flagged finding involves stays unmarked.
    expect(cell('三.三(五)3@2').flag).toBeUndefined();
    const flagged = new Set(broken.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.cells));
    for (const c of layout.rows.flatMap((r) => r.cells)) expect(Boolean(c.flag)).toBe(flagged.has(c.ref));
  });

  it('tells blank, dash and text apart from 0: no shade, their own kind, the printed mark kept', () => {
    expect(cell('三.二@1')).toMatchObject({ kind: 'blank', raw: '' });
    expect(cell('三.四@1')).toMatchObject({ kind: 'dash', raw: '/' });
    expect(cell('三.三(一)@3')).toMatchObject({ kind: 'text', raw: '两' });
    for (const ref of ['三.二@1', '三.四@1', '三.三(一)@3']) {
      expect(cell(ref).fill).toBeUndefined();
      expect(cell(ref).value).toBeUndefined();
    }
    const zero = cell('三.三(五)3@2');
    expect(zero).toMatchObject({ kind: 'number', value: 0 });
    expect(zero.fill).toBeDefined();
  });
});

describe('shadeScale', () => {
  it('tints 0 (so it never looks blank) and darkens monotonically up to the maximum', () => {
    const shade = shadeScale(1000);
    expect(lab(shade(0)).l).toBeLessThan(lab('#ffffff').l - 2);
    const ls = [0, 1, 10, 100, 500, 1000].map((v) => lab(shade(v)).l);
    expect(ls).toEqual([...ls].sort((a, b) => b - a));
    expect(new Set(ls).size).toBe(ls.length);
  });
});
