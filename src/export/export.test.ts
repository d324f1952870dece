import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import type { Analysis } from '../model/types.ts';
import { analyzeText } from '../pipeline/analyzeText.ts';
import { toCsv, CSV_HEADER } from './toCsv.ts';
import { toJson, exportFileName } from './toJson.ts';
import { applyCorrections } from '../check/corrections.ts';

const name = '000_87410cd3979e9921.txt';
const analysis = analyzeText(readFileSync(`test/fixtures/seeds/${name}`, 'utf8'), name);
/** 淮安市洪泽区 2023 (pdftotext -layout): table 四 printed as one row of fifteen numbers; 复议 总计 0 vs 11. */
const hongzeName = '2023_huaian_hongze_district.pdftotext.txt';
const hongze = analyzeText(readFileSync(`test/fixtures/corpus/${hongzeName}`, 'utf8'), hongzeName);
const csvRows = (text: string) => csvParseRows(text.slice(1).replace(/\r\n/g, '\n').trimEnd());

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const TABLE4_COLUMNS = [
  ...OUTCOMES.map((o) => ['四.复议', `行政复议·${o}`]),
  ...OUTCOMES.map((o) => ['四.诉讼直接', `行政诉讼·未经复议直接起诉·${o}`]),
  ...OUTCOMES.map((o) => ['四.诉讼复议后', `行政诉讼·复议后起诉·${o}`]),
];

describe('toCsv', () => {
  const csv = toCsv(analysis);
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });
  it('has one row per cell, and the rules of the non-info findings involving it', () => {
    const rows = csvRows(csv);
    expect(rows.length).toBe(analysis.cells.length + 1);
    const flagged = analysis.findings.find((f) => f.severity === 'error' && f.cells.length > 0)!;
    const row = rows.find((r) => r[0] === flagged.cells[0])!;
    expect(row[11]!.split(';')).toContain(flagged.rule);
    expect(row[12]).toContain(flagged.message.zh);
  });
  it('quotes a label with a comma and a quote, and keeps markup and formulas literal', () => {
    const cell = analysis.cells[0]!;
    const odd: Analysis = {
      ...analysis,
      cells: [
        { ...cell, label: '收到申请数, 其中"网上"申请' },
        { ...cell, ref: 'x@0', label: '<script>alert(1)</script>' },
        { ...cell, ref: 'y@0', label: '=HYPERLINK("http://x")' },
      ],
    };
    const text = toCsv(odd);
    expect(text).toContain('"收到申请数, 其中""网上""申请"');
    expect(text).toContain(',<script>alert(1)</script>,');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const rows = csvRows(text);
    expect(rows[1]![2]).toBe('收到申请数, 其中"网上"申请');
  });
  it('keeps the printed value and gives a correction in its own fields', () => {
    const corrected = applyCorrections(analysis, [{ ref: '三(一)@0', raw: '435', at: '2026-12-02T10:00:00.000Z' }]);
    const rows = csvRows(toCsv(corrected));
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === '三(一)@0')!;
    const field = (name: string) => row[header.indexOf(name)];
    expect([field('raw'), field('value'), field('corrected_raw'), field('corrected_value'), field('corrected_at')]).toEqual(['464', '464', '435', '435', '2026-12-02T10:00:00.000Z']);
    // Its sum check now holds, so no rule names the cell for it; an uncorrected cell has empty fields.
    expect(field('rules')).not.toContain('sum');
    const other = rows.find((r) => r[0] === '十@0')!;
    expect(other.slice(-3)).toEqual(['', '', '']);
    // The JSON export carries the correction beside the value too.
    const json = JSON.parse(toJson(corrected)) as Analysis;
    expect(json.cells.find((c) => c.ref === '三(一)@0')).toMatchObject({ value: { raw: '464' }, correction: { value: { raw: '435', value: 435 } } });
  });
  it('names each column as the report prints it (统计数), never by its index', () => {
    const rows = csvRows(csv).slice(1);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['统计数']));
  });
  it('names the fifteen columns of table 四 with their headings (行政复议·结果维持 …), never 0–4', () => {
    const rows = csvRows(toCsv(hongze)).slice(1);
    expect(rows.filter((r) => r[1]!.startsWith('四.')).map((r) => [r[1], r[4]])).toEqual(TABLE4_COLUMNS);
    expect(rows.filter((r) => /^\d+$/.test(r[4]!))).toEqual([]);
    // Table 三's columns keep the names the report prints over them.
    expect(rows.find((r) => r[0] === '三.一@6')![4]).toBe('总计');
    // The failing 复议 total is the row with the stated 0.
    const total = rows.find((r) => r[0] === '四.复议@4')!;
    expect([total[4], total[6], total[11]]).toEqual(['行政复议·总计', '0', 'row-sum']);
  });
});

describe('toJson', () => {
  it('is the CLI --json output: the analysis without lines, each cell naming its column', () => {
    const parsed = JSON.parse(toJson(analysis));
    expect(parsed.lines).toBeUndefined();
    expect(parsed.cells.map(({ columnName: _n, ...cell }: Record<string, unknown>) => cell)).toEqual(analysis.cells);
    expect(parsed.cells.every((c: { columnName: unknown }) => JSON.stringify(c.columnName) === JSON.stringify({ zh: '统计数', en: '统计数' }))).toBe(true);
    expect(parsed.findings).toEqual(analysis.findings);
    const { lines: _l, cells: _c, ...rest } = analysis;
    const { cells: _pc, ...parsedRest } = parsed;
    expect(parsedRest).toEqual(JSON.parse(JSON.stringify(rest)));
    // The column's name comes right after its index.
    expect(Object.keys(parsed.cells[0]).slice(0, 6)).toEqual(['ref', 'indicator', 'label', 'unit', 'column', 'columnName']);
  });
  it('names the fifteen columns of table 四 in both languages', () => {
    const cells: Array<{ ref: string; indicator: string; columnName: { zh: string; en: string } }> = JSON.parse(toJson(hongze)).cells;
    const four = cells.filter((c) => c.indicator.startsWith('四.'));
    expect(four.map((c) => [c.indicator, c.columnName.zh])).toEqual(TABLE4_COLUMNS);
    expect(four.find((c) => c.ref === '四.复议@4')!.columnName).toEqual({ zh: '行政复议·总计', en: 'administrative reconsideration · total' });
    expect(four.find((c) => c.ref === '四.诉讼复议后@0')!.columnName.en).toBe('administrative lawsuits · lawsuits after reconsideration · upheld');
    expect(cells.find((c) => c.ref === '三.一@0')!.columnName).toEqual({ zh: '自然人', en: 'natural persons' });
  });
  it('names downloads after the report', () => {
    expect(exportFileName('报告.pdf', 'csv')).toBe('报告.duizhang.csv');
    expect(exportFileName('a', 'json')).toBe('a.duizhang.json');
  });
});
