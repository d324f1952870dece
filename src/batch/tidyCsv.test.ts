import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import type { Analysis } from '../model/types.ts';
import { TIDY_HEADER, findingId, tidyCsv } from './tidyCsv.ts';
import { hongze, hongzePdf, pingtanCounty } from './testFixtures.ts';

const rowsOf = (csv: string) => csvParseRows(csv.slice(1).trimEnd());
const col = (name: string) => TIDY_HEADER.indexOf(name);

describe('tidyCsv', () => {
  const h2023 = hongze({ year: 2023 });
  const p2012 = pingtanCounty(2012);
  const csv = tidyCsv([{ analysis: h2023, body: '淮安市洪泽区人民政府' }, { analysis: p2012 }]);
  const rows = rowsOf(csv);

  it('starts with a byte-order mark and the header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\n')[0]).toBe(TIDY_HEADER.join(','));
    expect(TIDY_HEADER.slice(0, 11)).toEqual(['body', 'year', 'template', 'table', 'row', 'column', 'indicator', 'value', 'raw', 'page', 'findings']);
  });
  it('has one row per cell of every report, in the order given', () => {
    expect(rows).toHaveLength(1 + h2023.cells.length + p2012.cells.length);
    expect(rows.slice(1).every((r) => r.length === TIDY_HEADER.length)).toBe(true);
    const first = rows.slice(1, 1 + h2023.cells.length);
    expect(new Set(first.map((r) => r[col('body')]))).toEqual(new Set(['淮安市洪泽区人民政府']));
    expect(first.map((r) => r[col('indicator')])).toEqual(h2023.cells.map((c) => c.indicator));
    const rest = rows.slice(1 + h2023.cells.length);
    expect(new Set(rest.map((r) => `${r[col('body')]} ${r[col('year')]} ${r[col('template')]}`))).toEqual(new Set(['平潭县人民政府 2012 fujian-2008']));
  });
  it('names the table, row and column, and gives value and raw', () => {
    const row = rows.find((r) => r[col('indicator')] === '三.一' && r[col('column')] === '总计')!;
    expect(row.slice(0, 10)).toEqual(['淮安市洪泽区人民政府', '2023', 'gov-2021', '三', '本年新收政府信息公开申请数量', '总计', '三.一', '21', '21', '']);
    const cumulative = rows.find((r) => r[col('indicator')] === '受理申请' && r[col('column')] === '历年累计')!;
    expect(cumulative[col('table')]).toBe('');
    expect(cumulative[col('value')]).toBe(cumulative[col('raw')]);
  });
  it('lists the ids of the findings that are not merely informational, on each cell they involve', () => {
    const idsOn = (r: string[]) => r[col('findings')]!.split(';');
    const index = h2023.findings.findIndex((f) => f.severity === 'error' && f.cells.length > 0);
    const finding = h2023.findings[index]!;
    const involved = rows.slice(1, 1 + h2023.cells.length).filter((r) => idsOn(r).includes(findingId(finding, index)));
    const read = new Set(finding.cells.filter((ref) => h2023.cells.some((c) => c.ref === ref)));
    expect(involved.length).toBe(read.size);
    expect(involved.length).toBeGreaterThan(0);
    const info = h2023.findings.findIndex((f) => f.severity === 'info');
    expect(rows.some((r) => idsOn(r).includes(findingId(h2023.findings[info]!, info)))).toBe(false);
  });
  it('quotes commas, quotes and line breaks, and keeps formulas literal', () => {
    const cell = h2023.cells[0]!;
    const odd: Analysis = {
      ...h2023,
      fileName: 'a,b.txt',
      cells: [
        { ...cell, value: { kind: 'text', raw: '见"附件"，\n另计' } },
        { ...cell, ref: 'x@0', value: { kind: 'text', raw: '=SUM(A1:A2)' } },
      ],
    };
    const text = tidyCsv([{ analysis: odd, body: '某区,政府' }]);
    expect(text).toContain('"某区,政府"');
    expect(text).toContain('"见""附件""，\n另计"');
    expect(text).toContain(`'=SUM(A1:A2)`);
    const parsed = rowsOf(text);
    expect(parsed).toHaveLength(3);
    expect(parsed[1]![col('raw')]).toBe('见"附件"，\n另计');
    expect(parsed[1]![col('value')]).toBe('');
    expect(parsed[1]![col('file')]).toBe('a,b.txt');
  });
  it('gives the page of each cell of a report read from its PDF', async () => {
    const pdf = await hongzePdf();
    const parsed = rowsOf(tidyCsv([{ analysis: pdf }])).slice(1);
    expect(parsed).toHaveLength(pdf.cells.length);
    expect(parsed.every((r) => /^[1-9]\d*$/.test(r[col('page')]!))).toBe(true);
    expect(parsed.map((r) => Number(r[col('page')]))).toEqual(pdf.cells.map((c) => c.pos.page));
  });
});
