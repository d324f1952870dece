import { describe, expect, it } from 'vitest';
import type { Analysis, Finding } from '../model/types.ts';
import { analyzeText } from '../pipeline/analyzeText.ts';
import { coverageOf } from '../view/coverage/coverage.ts';
import { isToReview, keyTotals, overviewRow } from './overviewRow.ts';
import { hongze, hongzePdf, pingtanCounty } from './testFixtures.ts';

describe('overviewRow', () => {
  it('summarises a 2021-format report: cells as the coverage panel counts them, problems, key totals', () => {
    const a = hongze({ year: 2023 });
    const row = overviewRow(a);
    const coverage = coverageOf(a);
    expect(row).toMatchObject({ fileName: 'hongze-2023.txt', body: '洪泽区人民政府', year: 2023, template: 'gov-2021', source: 'text' });
    expect(row.pages).toBeUndefined();
    expect([row.cellsRead, row.cellsExpected]).toEqual([coverage.cellsRead, coverage.cellsExpected]);
    expect(row.errors).toBe(a.findings.filter((f) => f.severity === 'error').length);
    expect(row.errors).toBeGreaterThan(0);
    expect(row.toReview).toBeLessThanOrEqual(row.warnings);
    expect(row.totals).toEqual({ new: 21, carried: 0, concluded: 21, forward: 0, reconsideration: 0, lawsuits: 0 });
  });
  it('gives the source kind and pages of a PDF, and the same totals as its text', async () => {
    const pdf = await hongzePdf();
    const row = overviewRow(pdf);
    expect(row).toMatchObject({ source: 'pdf', pages: pdf.source.pages, template: 'gov-2021', year: 2023 });
    expect(row.pages).toBeGreaterThan(1);
    expect(row.totals).toEqual(overviewRow(hongze({ year: 2023 })).totals);
  });
  it('leaves a total undefined when the template has no such row (Fujian: no carry-over, no 办结)', () => {
    const totals = keyTotals(pingtanCounty(2012));
    expect(Object.keys(totals).sort()).toEqual(['lawsuits', 'new', 'reconsideration']);
    expect(totals.new).toBe(21);
  });
  it('leaves a total undefined when a cell it needs is not a number, and reads nothing of an unknown text', () => {
    const a = hongze({ year: 2023 });
    const blanked: Analysis = { ...a, cells: a.cells.map((c) => (c.ref === '四.诉讼复议后@4' ? { ...c, value: { kind: 'blank', raw: '' } } : c)) };
    expect(keyTotals(blanked).lawsuits).toBeUndefined();
    expect(keyTotals(blanked).reconsideration).toBe(0);
    const none = overviewRow(analyzeText('随便粘贴的一段文字，收到申请12件。', 'paste.txt'));
    expect(none).toMatchObject({ template: 'none', cellsRead: 0, cellsExpected: 0, errors: 0, totals: {} });
  });
  it('counts as 待核 the warnings whose cause says the checker is unsure, not every warning', () => {
    const a = hongze({ year: 2023 });
    const base: Finding = { rule: 'sum', severity: 'warning', message: { zh: '', en: '' }, cells: [] };
    const findings: Finding[] = [
      { ...base, cause: { kind: 'review', message: { zh: '待核', en: '' } } },
      { ...base, cause: { kind: 'doubtful-cell', message: { zh: '待核', en: '' } } },
      { ...base, cause: { kind: 'scope', message: { zh: '', en: '' } } },
      { ...base },
      { ...base, severity: 'error', cause: { kind: 'review', message: { zh: '', en: '' } } },
    ];
    expect(findings.map(isToReview)).toEqual([true, true, false, false, false]);
    expect(overviewRow({ ...a, findings })).toMatchObject({ errors: 1, warnings: 4, toReview: 2 });
  });
});
