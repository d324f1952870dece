// PDFs read from positions must give the same analysis as the text they were made from (the generated
// fixtures in test/fixtures/pdf/, see their README), and real PDFs must yield the text pdftotext sees.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';
import type { Analysis } from '../../src/model/types.ts';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

async function analyzePdf(path: string): Promise<Analysis> {
  const result = await analyzeFileNode(new Uint8Array(read(path)), path);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

const flagged = (a: Analysis) =>
  a.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.stated} ${f.computed}`)
    .sort();
const values = (a: Analysis) => a.cells.map((c) => `${c.ref}=${c.value.kind}:${c.value.raw}`);

const SEEDS = {
  '000': analyzeText(read('seeds/000_87410cd3979e9921.txt').toString('utf8'), '000.txt'),
  '003': analyzeText(read('seeds/003_8ef98a67e9da6293.txt').toString('utf8'), '003.txt'),
};

describe('generated PDFs read like the text they were made from', () => {
  it.each([
    ['pdf/seed000-ruled.pdf', '000'],
    ['pdf/seed000-fakebold.pdf', '000'],
    ['pdf/seed003-ruled.pdf', '003'],
    ['pdf/seed003-pagebreak.pdf', '003'],
    ['pdf/seed003-type3.pdf', '003'],
  ] as const)('%s', async (path, seed) => {
    const pdf = await analyzePdf(path);
    const text = SEEDS[seed];
    expect(pdf.source.kind).toBe('pdf');
    expect(pdf.meta).toMatchObject({ template: text.meta.template, year: text.meta.year, region: text.meta.region });
    expect(pdf.meta.signed?.date).toBe(text.meta.signed?.date);
    expect(values(pdf)).toEqual(values(text));
    expect(flagged(pdf)).toEqual(flagged(text));
    // Every table value is placed on its page.
    for (const cell of pdf.cells) {
      expect(cell.pos.page).toBeGreaterThan(0);
      if (cell.value.kind !== 'blank') expect(cell.pos.box?.[2]).toBeGreaterThan(0);
    }
  });

  it('stitches the table broken across pages and drops the page number and repeated header', async () => {
    const pdf = await analyzePdf('pdf/seed003-pagebreak.pdf');
    expect(pdf.tables).toHaveLength(1);
    expect(new Set(pdf.cells.map((c) => c.pos.page)).size).toBeGreaterThan(1);
    expect(pdf.unmatched).toEqual([]);
  });
});

describe('real PDFs (淮安, WPS, 2021 template): text as pdftotext reads it', () => {
  it.each(['2024_huaian_city', '2023_huaian_hongze_district'])('%s', async (name) => {
    const pdf = await analyzePdf(`corpus/${name}.pdf`);
    const reference = read(`corpus/${name}.pdftotext.txt`).toString('utf8').replace(/\s+/g, '');
    // Every prose line appears verbatim in pdftotext's text (which also drops fake-bold copies).
    const prose = pdf.lines.filter((l) => !l.text.includes('\t'));
    expect(prose.length).toBeGreaterThan(50);
    for (const line of prose) expect(reference).toContain(line.text.replace(/\s+/g, ''));
    // Table rows come out as cells; their numbers are the numbers pdftotext prints, in the same order.
    const rows = pdf.lines.filter((l) => l.text.includes('\t'));
    const ours = rows.flatMap((l) => l.text.split('\t').filter((c) => /^\d+(\.\d+)?$/.test(c.trim())).map((c) => c.trim()));
    const theirs = read(`corpus/${name}.pdftotext.txt`).toString('utf8').split('\n')
      .filter((l) => /\d/.test(l) && /^\s*\S.*\s{2,}\d+(\.\d+)?\s*$/.test(l))
      .flatMap((l) => l.trim().split(/\s{2,}/).slice(1).filter((c) => /^\d+(\.\d+)?$/.test(c)));
    expect(ours.join(' ')).toContain(theirs.slice(0, 20).join(' '));
  });

  it('finds table 三 of the 2024 report with its totals', async () => {
    const pdf = await analyzePdf('corpus/2024_huaian_city.pdf');
    const row = (label: string) => pdf.lines.find((l) => l.text.includes(label))?.text.split('\t').map((c) => c.trim());
    expect(row('一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119']);
    expect(row('（七）总计')?.slice(-7)).toEqual(['2932', '53', '0', '0', '61', '4', '3050']);
    expect(row('四、结转下年度继续办理')?.at(-1)).toBe('103');
    expect(pdf.lines.some((l) => l.text.startsWith('72\t64\t178\t37\t351'))).toBe(true);
  });
});

describe('bad PDFs get a clear message', () => {
  it('a corrupt PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf\n%%EOF');
    const result = await analyzeFileNode(bytes, 'broken.pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.zh).toMatch(/损坏|无法|读取失败/);
  });
});

describe('PDFs that cannot be read as they are', () => {
  it('a PDF with no text and no picture of its page is refused with a message', async () => {
    // A page drawn with vector outlines only (no text layer, no page-sized picture): nothing to OCR.
    const { PDFDocument, rgb } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0, 0, 0) });
    const result = await analyzeFileNode(await doc.save(), 'outlines.pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.zh).toContain('没有文字层');
  });

  it('an encrypted PDF asks for its password, refuses a wrong one and opens with the right one', async () => {
    const bytes = new Uint8Array(read('pdf/encrypted-seed000.pdf'));
    const none = await analyzeFileNode(bytes, 'encrypted.pdf');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason.zh).toContain('需要密码');
    const wrong = await analyzeFileNode(bytes, 'encrypted.pdf', 'not-it');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.reason.zh).toContain('密码不正确');
    const right = await analyzeFileNode(bytes, 'encrypted.pdf', 'duizhang');
    expect(right.ok && right.analysis.meta.template).toBe('national-2008');
  });
});
