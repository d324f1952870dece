// Cross-year checks on real pairs (平潭县 2011 → 2012 → 2013, Fujian table with 历年累计) and on the 2024
// 淮安 report against a previous year made from it (no consecutive pair of that template is on file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Cell } from '../model/types.ts';
import { analyzeFileNode } from '../pipeline/analyzeFileNode.ts';
import { compareYears } from '../pipeline/compareYears.ts';
import { parseValue } from '../tables/parseValue.ts';
import { crossYear, orderByYear } from './crossYear.ts';

async function load(name: string): Promise<Analysis> {
  const result = await analyzeFileNode(readFileSync(`test/fixtures/corpus/${name}`), name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

/** A copy of `a` with some cells reprinted (what a report with other numbers would have read as). */
function reprinted(a: Analysis, values: Record<string, string>, meta: Partial<Analysis['meta']> = {}): Analysis {
  const cells = a.cells.map((c): Cell => (c.ref in values ? { ...c, value: parseValue(values[c.ref]!) } : c));
  return { ...a, cells, meta: { ...a.meta, ...meta } };
}

const flagged = (r: { findings: { severity: string; stated?: number; computed?: number; cells: string[] }[] }) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.stated, f.computed, f.cells[0]]);

describe('cumulative columns run on (Fujian 2008 table, 平潭县)', async () => {
  const [y2011, y2012, y2013] = await Promise.all([load('2011_pingtan_county.txt'), load('2012_pingtan_county.html'), load('2013_pingtan_county.html')]);

  it('2012 against 2011 and 2013 against 2012: every 历年累计 = last year’s + this year’s', () => {
    for (const [later, earlier] of [[y2012, y2011], [y2013, y2012]] as const) {
      const result = crossYear(later, earlier);
      expect(result.notices).toEqual([]);
      expect(result.findings).toHaveLength(17);
      expect(flagged(result)).toEqual([]);
    }
  });

  it('a cumulative figure that does not run on is a warning naming the other report', () => {
    const result = crossYear(reprinted(y2013, { '主动公开@1': '5400' }), y2012);
    expect(flagged(result)).toEqual([['warning', 5400, 5395, '主动公开@1']]);
    expect(result.findings.find((f) => f.severity === 'warning')!.message.zh).toContain('2012_pingtan_county.html');
  });

  it('refuses years that are not consecutive, and other bodies', () => {
    expect(crossYear(y2013, y2011).notices[0]!.en).toMatch(/not consecutive/);
    expect(crossYear(y2013, reprinted(y2012, {}, { body: '福州市人民政府' })).notices[0]!.en).toMatch(/different bodies/);
    expect(crossYear(y2013, reprinted(y2012, {}, { year: undefined })).notices[0]!.en).toMatch(/could not be read/);
  });

  it('compareYears adds each report’s checks against its predecessor among those given', () => {
    const [a, b, c] = compareYears([y2013, y2011, y2012]);
    expect(a!.findings.filter((f) => f.rule === 'cross-year')).toHaveLength(17);
    expect(b!.findings.filter((f) => f.rule === 'cross-year')).toHaveLength(0);
    expect(c!.findings.filter((f) => f.rule === 'cross-year')).toHaveLength(17);
    expect(a!.notices.at(-1)!.zh).toContain('2012_pingtan_county.html');
    expect(orderByYear(y2011, y2012)).toEqual({ later: y2012, earlier: y2011 });
    expect(orderByYear(y2012, y2012)).toBeUndefined();
  });
});

describe('requests carried over (2021 table 三: 二 of this year = 四 of last year)', async () => {
  const y2024 = await load('2024_huaian_city.pdf');
  // Last year's report carried forward exactly what 2024 says it took over, but for 商业企业 (column 1).
  const carried = Object.fromEntries(y2024.cells.filter((c) => c.indicator === '三.二').map((c) => [`三.四@${c.column}`, c.value.raw]));
  const y2023 = reprinted(y2024, { ...carried, '三.四@1': '2' }, { year: 2023 });

  it('flags the one column that does not carry over, and agrees on the other six', () => {
    const result = crossYear(y2024, y2023);
    expect(result.findings).toHaveLength(7);
    expect(flagged(result)).toEqual([['error', 0, 2, '三.二@1']]);
    expect(result.findings[6]!.message.zh).toMatch(/总计列/);
  });

  it('a template without cross-year relations says so', async () => {
    const national = analyzeFileNode(readFileSync('test/fixtures/seeds/000_87410cd3979e9921.txt'), 'seed000.txt');
    const result = await national;
    if (!result.ok) throw new Error(result.reason.en);
    expect(crossYear(result.analysis, result.analysis).notices[0]!.en).toMatch(/no cross-year relations/);
  });
});
