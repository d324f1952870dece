import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import type { Analysis } from '../model/types.ts';
import { analyzeText } from '../pipeline/analyzeText.ts';
import { toCsv, CSV_HEADER } from './toCsv.ts';
import { toJson, exportFileName } from './toJson.ts';

const name = '000_87410cd3979e9921.txt';
const analysis = analyzeText(readFileSync(`test/fixtures/seeds/${name}`, 'utf8'), name);

describe('toCsv', () => {
  const csv = toCsv(analysis);
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });
  it('has one row per cell, and the rules of the non-info findings involving it', () => {
    const rows = csvParseRows(csv.slice(1).replace(/\r\n/g, '\n').trimEnd());
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
    const rows = csvParseRows(text.slice(1).replace(/\r\n/g, '\n').trimEnd());
    expect(rows[1]![2]).toBe('收到申请数, 其中"网上"申请');
  });
});

describe('toJson', () => {
  it('is the CLI --json output: the analysis without lines', () => {
    const parsed = JSON.parse(toJson(analysis));
    expect(parsed.lines).toBeUndefined();
    expect(parsed.cells).toEqual(analysis.cells);
    expect(parsed.findings).toEqual(analysis.findings);
    const { lines: _l, ...rest } = analysis;
    expect(toJson(analysis)).toBe(JSON.stringify(rest, null, 2) + '\n');
  });
  it('names downloads after the report', () => {
    expect(exportFileName('报告.pdf', 'csv')).toBe('报告.duizhang.csv');
    expect(exportFileName('a', 'json')).toBe('a.duizhang.json');
  });
});
