// Tables 二, 三 and 四 of the 2019/2021 templates, on the real 淮安 PDFs (issue #4).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { analyzeLines } from '../../src/pipeline/analyzeText.ts';
import type { Analysis } from '../../src/model/types.ts';

async function analyzePdf(name: string): Promise<Analysis> {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url)));
  const result = await analyzeFileNode(bytes, name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

const value = (a: Analysis, ref: string) => a.cells.find((c) => c.ref === ref)?.value.value;
const flagged = (a: Analysis) => a.findings.filter((f) => f.severity !== 'info');

describe('2024_huaian_city.pdf (clean: every identity holds)', async () => {
  const a = await analyzePdf('2024_huaian_city.pdf');

  it('is read as the 2021 template with every table', () => {
    expect(a.meta.template).toBe('gov-2021');
    expect(a.unmatched).toEqual([]);
    expect(value(a, '三.一@6')).toBe(3119);
    expect(value(a, '三.二@6')).toBe(34);
    expect(value(a, '三.三(七)@6')).toBe(3050);
    expect(value(a, '三.四@6')).toBe(103);
    expect(value(a, '四.复议@4')).toBe(351);
    expect([0, 1, 2, 3, 4].map((c) => value(a, `四.诉讼直接@${c}`))).toEqual([13, 4, 8, 1, 26]);
    expect(value(a, '二(一).规范性文件@2')).toBe(66);
    expect(value(a, '二(八).行政事业性收费@0')).toBe(96171.6);
    // Table 三's numbered rows: 一, 二, （一）, （二）, （三）1–8, （四）1–3, （五）1–5, （六）1–3, （七）, 四 = 25, × 7 columns.
    expect(a.cells.filter((c) => c.indicator.startsWith('三.'))).toHaveLength(25 * 7);
  });

  it('checks every identity and finds nothing wrong', () => {
    expect(flagged(a)).toEqual([]);
    const count = (rule: string) => a.findings.filter((f) => f.rule === rule).length;
    expect(count('balance')).toBe(7); // one per column
    expect(count('sum')).toBe(7); // （七） = its result rows, per column
    expect(count('row-sum')).toBe(25 + 3); // every row of table 三, and the three groups of table 四
  });

  it('reconciles the narrative with the tables (行政诉讼 46 = both lawsuit groups)', () => {
    const narrative = a.findings.filter((f) => f.rule === 'narrative-vs-table');
    expect(narrative.map((f) => [f.severity, f.stated, f.computed, f.cells.join('+')])).toEqual(
      expect.arrayContaining([
        ['info', 3119, 3119, '三.一@6'],
        ['info', 3050, 3050, '三.三(七)@6'],
        ['info', 34, 34, '三.二@6'],
        ['info', 351, 351, '四.复议@4'],
        ['info', 46, 46, '四.诉讼直接@4+四.诉讼复议后@4'],
      ]),
    );
  });

  it('finds exactly the findings one changed cell implies', () => {
    // 三（三）2 自然人: 30 → 31. Its row total (31) and column 自然人's （七） (2932) no longer add up;
    // the balance uses （七） as printed, so it still holds.
    const lines = a.lines.map((l) => (l.text.includes('2.其他法律行政法规禁止公开\t30\t') ? { ...l, text: l.text.replace('\t30\t', '\t31\t') } : l));
    const changed = analyzeLines(lines, 'changed.pdf', { kind: 'pdf' });
    expect(flagged(changed).map((f) => [f.rule, f.cells[0], f.stated, f.computed])).toEqual([
      ['sum', '三.三(七)@0', 2932, 2933],
      ['row-sum', '三.三(三)2@6', 31, 32],
    ]);
  });
});

describe('2023_huaian_hongze_district.pdf', async () => {
  const a = await analyzePdf('2023_huaian_hongze_district.pdf');

  it('reads table 三 across its page break, with the label typo mapped', () => {
    expect(a.meta.template).toBe('gov-2021');
    expect(a.unmatched).toEqual([]);
    const pages = new Set(a.cells.filter((c) => c.indicator.startsWith('三.')).map((c) => c.pos.page));
    expect([...pages].sort()).toEqual([3, 4]);
    expect(a.cells.find((c) => c.ref === '三.三(三)2@0')?.label).toContain('其他法律行政止公开');
    expect(value(a, '三.三(七)@6')).toBe(21);
    // （六）其他处理 is printed as one row here, as in the 2019 format.
    expect(value(a, '三.三(六)@6')).toBe(0);
  });

  it('flags the table 四 totals the report leaves at 0', () => {
    expect(flagged(a).map((f) => [f.rule, f.cells[0], f.stated, f.computed])).toEqual([
      ['row-sum', '四.复议@4', 0, 11],
      ['row-sum', '四.诉讼复议后@4', 0, 5],
    ]);
  });
});

describe('an HTML rendering of the 2024 tables (rowspan/colspan headers, &nbsp; blanks)', () => {
  it('reads the same cells as the PDF, and finds nothing wrong', async () => {
    const pdf = await analyzePdf('2024_huaian_city.pdf');
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/html/huaian-2024-tables.html', import.meta.url)));
    const result = await analyzeFileNode(bytes, 'huaian-2024-tables.html');
    if (!result.ok) throw new Error(result.reason.en);
    const html = result.analysis;
    expect(html.meta).toMatchObject({ template: 'gov-2021', year: 2024, region: '淮安市' });
    const cells = (a: Analysis) => a.cells.map((c) => `${c.ref}=${c.value.raw}`).sort();
    expect(cells(html)).toEqual(cells(pdf));
    expect(flagged(html)).toEqual([]);
  });
});

describe('the same reports as text laid out by pdftotext -layout (spaces, wrapped and centred labels)', () => {
  for (const name of ['2024_huaian_city', '2023_huaian_hongze_district']) {
    it(`${name}: the text reads the same cells and flags the same findings as the PDF`, async () => {
      const pdf = await analyzePdf(`${name}.pdf`);
      const text = await analyzeFileNode(readFileSync(`test/fixtures/corpus/${name}.pdftotext.txt`), `${name}.txt`);
      if (!text.ok) throw new Error(text.reason.en);
      const cells = (a: Analysis) => a.cells.map((c) => `${c.ref}=${c.value.kind}:${c.value.raw}`).sort();
      expect(text.analysis.meta.template).toBe(pdf.meta.template);
      expect(text.analysis.cells.length).toBeGreaterThan(180);
      expect(cells(text.analysis)).toEqual(cells(pdf));
      const numbers = (a: Analysis) => flagged(a).map((f) => `${f.rule} ${f.stated}/${f.computed}`).sort();
      expect(numbers(text.analysis)).toEqual(numbers(pdf));
    });
  }
});

describe('the 2024 report as pdftotext prints it without -layout (one cell per line)', () => {
  const name = '2024_huaian_city.pdftotext-raw.txt';
  const text = readFileSync(`test/fixtures/corpus/${name}`, 'utf8');
  const analyze = async (t: string) => {
    const result = await analyzeFileNode(new TextEncoder().encode(t), name);
    if (!result.ok) throw new Error(result.reason.en);
    return result.analysis;
  };

  it('reads tables 二 and 三 in the template’s row order, the same values as the PDF, and says 四 was left out', async () => {
    const [raw, pdf] = await Promise.all([analyze(text), analyzePdf('2024_huaian_city.pdf')]);
    expect(raw.meta.template).toBe('gov-2021');
    expect(raw.cells).toHaveLength(185);
    const pdfValues = new Map(pdf.cells.map((c) => [c.ref, c.value.raw]));
    expect(raw.cells.filter((c) => pdfValues.get(c.ref) !== c.value.raw)).toEqual([]);
    expect(raw.cells.some((c) => c.indicator.startsWith('四'))).toBe(false);
    expect(raw.notices.some((n) => /table 四’s numbers cannot be confirmed/.test(n.en))).toBe(true);
    expect(flagged(raw)).toEqual([]);
  });

  it('reads table 四 in order when its numbers come left to right (LibreOffice), the same values as that PDF', async () => {
    const form = 'test/fixtures/forms/pingtan-2021';
    const raw = await analyze(readFileSync(`${form}/pdftotext-raw.txt`, 'utf8'));
    const pdf = await analyzeFileNode(readFileSync(`${form}/libreoffice-a4.pdf`), 'libreoffice-a4.pdf');
    if (!pdf.ok) throw new Error(pdf.reason.en);
    const four = (a: Analysis) => a.cells.filter((c) => c.indicator.startsWith('四')).map((c) => `${c.ref}=${c.value.raw}`).sort();
    expect(four(raw)).toHaveLength(15);
    expect(four(raw)).toEqual(four(pdf.analysis));
  });

  it('leaves table 四 out when fewer than two of its groups add up (the order is unconfirmed), even if the report itself errs', async () => {
    // 洪泽 2023 prints two totals as 0 beside parts of 11 and 5: read in order it would flag them, but an
    // order that only one group confirms is not one to read by.
    const raw = await analyze(readFileSync('test/fixtures/forms/hongze-2023/pdftotext-raw.txt', 'utf8'));
    expect(raw.cells.some((c) => c.indicator.startsWith('四'))).toBe(false);
    expect(raw.notices.some((n) => /order of table 四’s numbers cannot be confirmed/.test(n.en))).toBe(true);
  });

  it('is not misled by an opening paragraph that names table 三 before its heading', async () => {
    // 平潭 2019 lists its parts in the first paragraph, wrapped so that a line holds 「收到和处理政府信息公开申
    // 请情况」; a second example puts such a line before 淮安 2024's text.
    const pingtan = await analyze(readFileSync('test/fixtures/forms/pingtan-2019/pdftotext-raw.txt', 'utf8'));
    expect(pingtan.cells.filter((c) => c.indicator.startsWith('三.'))).toHaveLength(23 * 7);
    const intro = '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府\n信息公开申请行政复议、提起行政诉讼的情况等六个部分。\n';
    const huaian = await analyze(intro + text);
    expect(huaian.cells.filter((c) => c.indicator.startsWith('三.'))).toHaveLength(25 * 7);
  });

  it('reads nothing by position when a number is missing (a blank cell such text drops shifts every row)', async () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.trim() === '1288');
    const shifted = await analyze([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n'));
    expect(shifted.cells.some((c) => c.indicator.startsWith('三.'))).toBe(false);
  });
});
