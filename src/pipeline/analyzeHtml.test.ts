// The published HTML of the 平潭县 2012 and 2013 reports. Unlike their .txt twins, whose table cells are
// glued together (「主动公开信息数条20263542」), the HTML keeps every cell apart, so each value is known.
// The expected rows were read by hand from the HTML tables.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatsTables } from '../tables/readStatsTables.ts';
import { readHtml } from './analyzeHtml.ts';
import type { Analysis } from '../model/types.ts';
import { analyzeText } from './analyzeText.ts';
import { htmlLines } from '../source/html/htmlLines.ts';
import { parseHtml } from '../source/html/parseHtml.ts';

/** The page's analysis, which these reports must have (a refusal fails the test with its reason). */
function analyzeHtml(text: string, name: string): Analysis {
  const result = readHtml(text, name, parseHtml);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

/** Decodes an HTML file as its <meta charset> says; GBK and GB2312 pages decode as GB18030, their superset. */
function decodeHtml(bytes: Uint8Array): { charset: string; text: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const charset = ['gbk', 'gb2312', 'gb18030', 'x-gbk'].includes(declared) ? 'gb18030' : declared;
  return { charset, text: new TextDecoder(charset, { fatal: true }).decode(bytes) };
}

const fixture = (name: string) => decodeHtml(new Uint8Array(readFileSync(`test/fixtures/corpus/${name}`)));

const LABELS = [
  '主动公开信息数', '其中：1.网站公开', '2.政府公报公开', '受理依申请公开信息总数', '其中：1.当面申请数', '2.传真申请数',
  '3.电子邮件申请数', '4.网上申请数', '5.信函申请数', '6.其它形式申请数', '对申请的答复数', '其中：1.同意公开答复数',
  '2.同意部分公开答复数', '3.否决公开答复数', '行政复议数', '行政诉讼数', '行政申诉数',
];
const IDS = [
  '主动公开', '主动公开1', '主动公开2', '受理申请', '受理申请1', '受理申请2', '受理申请3', '受理申请4', '受理申请5', '受理申请6',
  '答复', '答复1', '答复2', '答复3', '行政复议', '行政诉讼', '行政申诉',
];

const CASES = [
  {
    name: '2012_pingtan_county.html',
    year: '2012年度',
    values: [[2026, 3542], [1795, 3304], [0, 7], [21, 21], [18, 18], [0, 0], [3, 3], [0, 0], [0, 0], [0, 0], [21, 21], [17, 17], [2, 2], [2, 2], [0, 0], [0, 0], [0, 0]],
  },
  {
    name: '2013_pingtan_county.html',
    year: '2013年度',
    values: [[1853, 5395], [1713, 5017], [0, 7], [7, 28], [0, 18], [0, 0], [3, 6], [4, 4], [0, 0], [0, 0], [3, 24], [2, 19], [1, 3], [0, 2], [0, 0], [0, 0], [0, 0]],
  },
];
const rowsOf = (values: number[][]) => LABELS.map((label, i) => [label, '条', ...values[i]!.map(String)]);

describe.each(CASES)('$name', ({ name, year, values }) => {
  const { charset, text } = fixture(name);

  it('is declared and decoded as UTF-8', () => {
    expect(charset).toBe('utf-8');
    expect(text).toContain('指标名称');
  });

  it('gives the table one line per row, its cells separated by tabs', () => {
    const lines = htmlLines(parseHtml(text)).map((l) => l.text);
    const header = lines.indexOf(`指标名称\t计量单位\t${year}\t历年累计`);
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1, header + 1 + LABELS.length)).toEqual(rowsOf(values).map((r) => r.join('\t')));
    // The narrative keeps its own lines, and no markup or script leaks into the text.
    expect(lines).toContain('二、主动公开政府信息情况');
    expect(lines.some((l) => /<\/?[a-z]+[\s>]|function\s*\(|\{\s*[\w-]+\s*:/i.test(l))).toBe(false);
  });

  it('is read by readStatsTables with its two value columns, each value pointing at its digits', () => {
    const lines = htmlLines(parseHtml(text));
    const [table] = readStatsTables(lines);
    expect(table!.header).toEqual(['指标名称', '计量单位', year, '历年累计']);
    expect(table!.columns).toEqual([year, '历年累计']);
    const rows = table!.rows.slice(0, LABELS.length);
    expect(rows.map((r) => [r.label, r.unit, ...r.values.map((v) => v.value.raw)])).toEqual(rowsOf(values));
    for (const cell of rows.flatMap((r) => r.values)) {
      const { line, col, length } = cell.pos;
      expect(lines[line - 1]!.text.slice(col - 1, col - 1 + length)).toBe(cell.value.raw);
    }
  });

  it('reads as fujian-2008 with every cell as the HTML shows it', () => {
    const a = analyzeHtml(text, name);
    expect(a.source).toEqual({ kind: 'html' });
    expect(a.meta.template).toBe('fujian-2008');
    const cells = Object.fromEntries(a.cells.map((c) => [c.ref, c.value.raw]));
    expect(cells).toEqual(Object.fromEntries(IDS.flatMap((id, i) => values[i]!.map((v, column) => [`${id}@${column}`, String(v)]))));
  });

  it('reads the same as its .txt twin, where the .txt’s glued digits could be read', () => {
    const html = analyzeHtml(text, name);
    const txt = analyzeText(readFileSync(new URL(`../../test/fixtures/corpus/${name.replace('.html', '.txt')}`, import.meta.url), 'utf8'), name);
    expect(txt.meta.template).toBe(html.meta.template);
    const number = (c: { value: { kind: string } }) => c.value.kind === 'number';
    const fromTxt = txt.cells.filter(number).map((c) => `${c.ref}=${c.value.raw}`);
    expect(html.cells.map((c) => `${c.ref}=${c.value.raw}`)).toEqual(expect.arrayContaining(fromTxt));
    // The .txt leaves its glued 主动公开 digits undecided; the HTML has them, so its sum is checked.
    expect(txt.cells.filter((c) => !number(c)).map((c) => c.indicator).sort()).toEqual(['主动公开', '主动公开', '主动公开1', '主动公开1']);
    expect(html.findings.filter((f) => f.rule === 'sum' && f.cells[0]?.startsWith('主动公开@')).map((f) => f.severity)).toEqual(['error', 'error']);
  });
});
