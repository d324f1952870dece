// Tables 三 and 四 of the 2021 format in the shapes converters give them. Table 四 (复议 / 诉讼) reaches us as the template prints it, one row of fifteen numbers, and in the shapes
// converters give it: three labelled rows of five, or three small tables each under a heading line. The
// 淮安 2024 PDF's own rows are rewritten in each shape; every shape must give the same fifteen cells, and
// shapes that do not say which group a row is must not be read by a guess.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, NormLine } from '../../src/model/types.ts';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { analyzeLines } from '../../src/pipeline/analyzeText.ts';

let pdf: Analysis;
const GROUPS = ['四.复议', '四.诉讼直接', '四.诉讼复议后'];
const table4 = (a: Analysis) => a.cells.filter((c) => c.indicator.startsWith('四.')).map((c) => [c.ref, c.value.value]).sort();

beforeAll(async () => {
  const result = await analyzeFileNode(new Uint8Array(readFileSync('test/fixtures/corpus/2024_huaian_city.pdf')), 'huaian.pdf');
  if (!result.ok) throw new Error(result.reason.en);
  pdf = result.analysis;
});

/** The PDF's lines with table 四 (from its heading to the next part) replaced by `rows`. */
function withTable4(rows: string[]): Analysis {
  const lines = pdf.lines.map((l) => l.text);
  const start = lines.findIndex((t) => /行政复议、行政诉讼情况/.test(t));
  const end = lines.findIndex((t, i) => i > start && /^五、/.test(t));
  const text = [...lines.slice(0, start + 1), ...rows, ...lines.slice(end)];
  const norm: NormLine[] = text.map((t, i) => ({ line: i + 1, text: t, cols: [...t].map((_, k) => k + 1), fold: 1 }));
  return analyzeLines(norm, 'huaian.txt', { kind: 'text' });
}

const HEAD = '结果维持\t结果纠正\t其他结果\t尚未审结\t总计';
const NUMBERS: Record<string, string> = { '四.复议': '72\t64\t178\t37\t351', '四.诉讼直接': '13\t4\t8\t1\t26', '四.诉讼复议后': '12\t1\t1\t6\t20' };

describe('table 四 in the shapes converters give it', () => {
  it('one row of fifteen (the PDF) reads all fifteen', () => {
    expect(table4(pdf)).toHaveLength(15);
  });

  it('three small tables under heading lines, in the template order', () => {
    const a = withTable4(['行政复议', HEAD, NUMBERS['四.复议']!, '行政诉讼（未经复议直接起诉）', HEAD, NUMBERS['四.诉讼直接']!, '行政诉讼（复议后起诉）', HEAD, NUMBERS['四.诉讼复议后']!]);
    expect(table4(a)).toEqual(table4(pdf));
  });

  it('three labelled rows in another order are read by their names', () => {
    const a = withTable4([`项目\t${HEAD}`, `复议后起诉\t${NUMBERS['四.诉讼复议后']}`, `行政复议\t${NUMBERS['四.复议']}`, `未经复议直接起诉\t${NUMBERS['四.诉讼直接']}`]);
    expect(table4(a)).toEqual(table4(pdf));
  });

  it('three unnamed rows are read in the template order; two unnamed rows are not read at all', () => {
    const a = withTable4([HEAD, ...GROUPS.map((g) => NUMBERS[g]!)]);
    expect(table4(a)).toEqual(table4(pdf));
    const b = withTable4([HEAD, NUMBERS['四.复议']!, NUMBERS['四.诉讼直接']!]);
    expect(table4(b)).toEqual([]);
  });

  it('a group label and a row label printed in one cell (「三、本年度办理结果 （一）予以公开」) still name the row', () => {
    const lines = pdf.lines.map((l) => l.text);
    const at = lines.findIndex((t) => /（一）予以公开/.test(t));
    const values = lines[at]!.split('\t').filter((c) => /^\d+$/.test(c));
    const rewritten = [...lines.slice(0, at), `三、本年度办理结果 （一）予以公开\t${values.join('\t')}`, ...lines.slice(at + 1)];
    const norm: NormLine[] = rewritten.map((t, i) => ({ line: i + 1, text: t, cols: [...t].map((_, k) => k + 1), fold: 1 }));
    const a = analyzeLines(norm, 'huaian.txt', { kind: 'text' });
    expect(a.cells.find((c) => c.ref === '三.三(一)@6')?.value.value).toBe(1362);
  });

  it('table 三 with its group labels lost or cut (「（三」 / 「）不」 in a narrow column) maps every row by its numbering', () => {
    const lines = pdf.lines.map((l) => l.text);
    const rowsOf = (a: Analysis) => a.cells.filter((c) => c.indicator.startsWith('三.')).map((c) => [c.ref, c.value.value]).sort();
    const relabel = (rewrite: (cells: string[]) => string[]) => {
      const start = lines.findIndex((t) => /（一）予以公开/.test(t));
      const end = lines.findIndex((t) => /（七）总计/.test(t));
      const text = lines.map((t, i) => (i > start && i < end ? rewrite(t.split('\t')).join('\t') : t));
      const norm: NormLine[] = text.map((t, i) => ({ line: i + 1, text: t, cols: [...t].map((_, k) => k + 1), fold: 1 }));
      return analyzeLines(norm, 'huaian.txt', { kind: 'text' });
    };
    // A narrow column wraps each sub-row's label: only its first characters stand beside the numbers.
    const short = (c: string) => c.replace(/^(\d+\.\S{5})\S+$/, '$1');
    // Every group label gone: 「1.」 after (二), and each restart at 1, open the next group with sub-rows.
    const lost = relabel((cells) => cells.map((c) => (/^（[三四五六]）/.test(c) ? '' : short(c))));
    expect(rowsOf(lost)).toEqual(rowsOf(pdf));
    // Group labels cut after their numeral, the rest run into the next cell's words.
    const cut = relabel((cells) => cells.map((c) => short(c.replace(/^（([三四五六])）\S*/, '（$1'))));
    expect(rowsOf(cut)).toEqual(rowsOf(pdf));
    // A PDF's rebuilt line puts a vertically centred group label after its sub-row's label, and pieces of
    // the vertical 「三、本年度办理结果」 before a row's own label: 「3.要求提供公开出版物（五）不予」,
    // 「度办理结（二）部分公开…」.
    const glued = relabel((cells) => {
      const text = cells.filter((c) => c !== '');
      const numbers = text.filter((c) => /^\d+$/.test(c));
      const labels = text.filter((c) => !/^\d+$/.test(c));
      const joined = labels.join('');
      const label = labels.length === 2 && /^（[三四五六]）/.test(labels[0]!) ? `${labels[1]}${labels[0]}` : /^（[一二七]）/.test(joined) ? `度办理结${joined}` : joined;
      return [label, ...numbers];
    });
    expect(rowsOf(glued)).toEqual(rowsOf(pdf));
  });
});

describe('table 二 one cell per line (pdftotext without -layout)', () => {
  it('a label followed by more numbers than its columns is not read: the extra ones are another row’s', async () => {
    const text = readFileSync('test/fixtures/corpus/2024_huaian_city.pdftotext-raw.txt', 'utf8');
    const heading = text.indexOf('第二十条第（五）项');
    const label = text.indexOf('行政许可', heading);
    const value = text.indexOf('\n', label) + 1;
    // 「0」 and 「0」 of table (一) printed around 行政许可's own number.
    const shuffled = text.slice(0, value) + '0\n\n' + text.slice(value).replace(/^(\d+)\n/, '$1\n\n0\n');
    const result = await analyzeFileNode(new TextEncoder().encode(shuffled), 'raw.txt');
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.analysis.cells.find((c) => c.ref === '二(五).行政许可@0')).toBeUndefined();
    expect(result.analysis.cells.find((c) => c.ref === '二(六).行政处罚@0')?.value.kind).toBe('number');
  });
});

describe('a 2021 report whose table 三 cannot be placed', () => {
  it('says its tables are there and were not read, rather than that it has none', async () => {
    const text = readFileSync('test/fixtures/forms/pingtan-2023/pdftotext-raw.txt', 'utf8');
    const result = await analyzeFileNode(new TextEncoder().encode(text), 'raw.txt');
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.analysis.meta.template).toBe('none');
    expect(result.analysis.cells).toEqual([]);
    expect(result.analysis.notices.map((n) => n.zh).join()).toContain('次序无法确定');
  });
});
