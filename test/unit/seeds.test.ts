// What must hold on the two seed reports (issue #2), on copies in test/fixtures/seeds/. The extracted
// tables are also snapshotted as JSON (test/unit/__snapshots__/) and were reviewed by eye once.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';
import type { Analysis, Finding } from '../../src/model/types.ts';
import { national2008 } from '../../src/template/national2008.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const flagged = (a: Analysis) => a.findings.filter((f) => f.severity !== 'info');
const pairs = (fs: Finding[]) => fs.map((f) => [f.stated, f.computed]);
const tableOf = (a: Analysis) => a.cells.map((c) => ({ ref: c.ref, label: c.label, unit: c.unit, kind: c.value.kind, raw: c.value.raw, line: c.pos.line }));

describe('seed 000 (德州市 2018, fake bold ×4)', () => {
  const a = analyzeText(fixture('000_87410cd3979e9921.txt'), '000.txt');

  it('reads the report itself', () => {
    expect(a.meta).toMatchObject({ template: 'national-2008', year: 2018, region: '德州市', body: '德州市人民政府' });
    expect(a.meta.period).toMatchObject({ start: '2018-01-01', end: '2018-12-31' });
    expect(a.meta.signed?.date).toBe('2018-01-24');
    expect(a.unmatched).toEqual([]);
  });

  it('reads every cell of the table', async () => {
    expect(a.cells).toHaveLength(national2008.indicators.length);
    await expect(JSON.stringify(tableOf(a), null, 1)).toMatchFileSnapshot('__snapshots__/000.table.json');
  });

  it('flags exactly the inconsistencies the issue lists', () => {
    const f = flagged(a);
    const rule = (r: string) => pairs(f.filter((x) => x.rule === r));
    expect(rule('sum')).toEqual([[285922, 286067], [3276, 3178], [464, 435], [461, 634], [20, 19], [4181, 4232], [5918, 5988]]);
    expect(rule('same')).toEqual([[375, 380]]);
    expect(rule('narrative-vs-table')).toEqual([[464, 461], [10, 36]]);
    expect(rule('narrative-sum')).toEqual([[464, 634]]);
    expect(f.filter((x) => x.rule === 'signature-date')).toHaveLength(1);
    expect(f.find((x) => x.stated === 3276)?.cause?.kind).toBe('double-counted-of-which');
  });

  it('does not flag what holds', () => {
    const numbers = flagged(a).flatMap((x) => [x.stated, x.computed]);
    for (const n of [40, 38, 253, 7088, 1007, 445, 16]) expect(numbers).not.toContain(n);
    const sums = a.findings.filter((x) => x.rule === 'sum' && x.severity === 'info').map((x) => x.cells[0]);
    expect(sums).toEqual(expect.arrayContaining(['三(二)@0', '四@0', '五@0', '八@0', '十@0', '十一@0', '十二(三)@0']));
    expect(a.findings.some((x) => x.cells[0] === '一@0')).toBe(false);
  });
});

describe('seed 003 (聊城市 2018, tab-separated table)', () => {
  const a = analyzeText(fixture('003_8ef98a67e9da6293.txt'), '003.txt');

  it('reads the report itself', () => {
    expect(a.meta).toMatchObject({ template: 'national-2008', year: 2018, region: '聊城市' });
    expect(a.meta.signed?.date).toBe('2019-01-25');
    expect(a.unmatched).toEqual([]);
  });

  it('reads every cell of the table', async () => {
    expect(a.cells).toHaveLength(national2008.indicators.length);
    expect(a.cells.find((c) => c.ref === '十二(四)@0')?.value).toEqual({ kind: 'malformed', raw: '135.' });
    expect(a.cells.find((c) => c.ref === '一@0')?.value.kind).toBe('blank');
    await expect(JSON.stringify(tableOf(a), null, 1)).toMatchFileSnapshot('__snapshots__/003.table.json');
  });

  it('flags exactly the inconsistencies the issue lists', () => {
    const f = flagged(a);
    const rule = (r: string) => pairs(f.filter((x) => x.rule === r));
    expect(rule('sum')).toEqual([[647, 618], [1567, 15673], [41, 43], [346, 500], [9148, 14623]]);
    expect(rule('same')).toEqual([[346, 515]]);
    expect(rule('narrative-vs-table')).toEqual([[148954, 1489], [12, 98], [96000, 1149]]);
    expect(rule('narrative-sum')).toEqual([[60, 43]]);
    expect(f.filter((x) => x.rule === 'malformed').map((x) => x.cells)).toEqual([['十二(四)@0']]);
    expect(f.find((x) => x.stated === 148954)?.cause?.kind).toBe('cut-short');
    expect(f.find((x) => x.stated === 1567)?.cause?.kind).toBe('cut-short');
  });

  it('does not flag what holds', () => {
    const numbers = flagged(a).flatMap((x) => [x.stated, x.computed]);
    for (const n of [1093, 4019, 57034, 91920, 15]) expect(numbers).not.toContain(n);
    const ok = a.findings.filter((x) => x.severity === 'info').map((x) => x.cells[0]);
    expect(ok).toEqual(expect.arrayContaining(['三(二)@0', '三(三)@0', '三(三)4@0', '四@0', '五@0', '六@0', '十二(三)@0']));
    const sums = a.findings.filter((x) => x.rule === 'narrative-sum' && x.severity === 'info').map((x) => x.stated);
    expect(sums).toEqual(expect.arrayContaining([148954, 4019, 15, 2]));
  });
});
