// Reports that follow the 2008 template reach us in many layouts: tab-separated (seed 003), space-
// separated from a PDF, one cell per line from a copied web table, a markdown table, with or without
// units (or units glued to the values), full-width digits, thousands separators, half-width brackets,
// district words instead of city words. Seed 003's
// statistics table is rewritten in each of these layouts; every one must give the same cells and the
// same flagged findings as the original.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model/types.ts';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';

const seed = readFileSync('test/fixtures/seeds/003_8ef98a67e9da6293.txt', 'utf8');

/** Rewrites only the statistics table (from its header to its last row), leaving the prose alone. */
function rewriteTable(text: string, change: (table: string) => string): string {
  const start = text.indexOf('统计指标\t');
  const end = text.indexOf('\n', text.indexOf('接受培训人员数', start));
  if (start < 0 || end < 0) throw new Error('seed 003 table not found');
  return text.slice(0, start) + change(text.slice(start, end)) + text.slice(end);
}

const UNIT = '条|件|个|次|人|期|份|篇|万元|人次';
const VARIANTS: Record<string, (table: string) => string> = {
  'cells separated by runs of spaces': (t) => t.replace(/\t+/g, '    '),
  'cells separated by one space': (t) => t.replace(/\t+/g, ' '),
  'no unit column': (t) => t.replace(new RegExp(`\\t(${UNIT})\\t`, 'g'), '\t\t'),
  'thousands separators': (t) => t.replace(/\t(\d{4,})$/gm, (_, n: string) => '\t' + Number(n).toLocaleString('en-US')),
  'full-width digits': (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  'half-width brackets': (t) => t.replace(/（/g, '(').replace(/）/g, ')'),
  'numbering with 、': (t) => t.replace(/^(\d)\. ?/gm, '$1、'),
  // A district's report names its own level 区 and the level below 镇（街道）: (一) must stay (一).
  'district words': (t) => t.replace(/市政府/g, '区政府').replace(/县（市、区）/g, '镇（街道）'),
  'unit glued to the value': (t) => t.replace(new RegExp(`\\t(${UNIT})\\t([\\d.]+)$`, 'gm'), '\t\t$2$1'),
  'unit glued to the value, spaces between cells': (t) =>
    t.replace(new RegExp(`\\t(${UNIT})\\t([\\d.]+)$`, 'gm'), ' $2$1').replace(/\t+/g, ' '),
  'markdown table': (t) => {
    const rows = t.split('\n').map((l) => `| ${l.split('\t').join(' | ')} |`);
    return [rows[0], '|---|---|---|', ...rows.slice(1)].join('\n');
  },
  'page numbers inside the table': (t) => t.replace(/^(.*申请办结数.*)$/m, '$1\n\n- 13 -\n').replace(/^(.*行政诉讼数量.*)$/m, '$1\n14\n'),
  'without its header row': (t) => t.split('\n').slice(1).join('\n'),
  'header 项目 / 计量单位 / 数量': (t) => t.replace(/^统计指标\t单位\t统计/, '项目\t计量单位\t数量'),
  'one cell per line': (t) => t.replace(/\t+/g, '\n'),
  'one cell per paragraph': (t) => t.replace(/\t+/g, '\n').replace(/\n/g, '\n\n'),
  'unit and value below the label': (t) => t.replace(new RegExp(`\\t+(${UNIT})\\t+`, 'g'), '\n$1 ').replace(/\t+/g, ' '),
  // A browser's print of a table whose first page lost its borders: the header's cells run together.
  'header cells without a gap between them (单位统计数), cells separated by spaces': (t) =>
    t.replace(/^统计指标\t单位\t统计数/, '统计指标    单位统计数').replace(/\t+/g, '    '),
  // The first page's header wraps 「单位」 around its line; the table goes on after a page break under
  // the header repeated with tabs (a ruled page).
  'continued after a page break under a repeated header, the first with its unit cell wrapped': (t) => {
    const [, ...rows] = t.split('\n');
    const cut = rows.findIndex((r) => r.startsWith('四、'));
    const spaced = rows.slice(0, cut).map((r) => r.replace(/\t+/g, '    '));
    return ['单', '统计指标    统计数', '位', ...spaced, '\f统计指标\t单位\t统计数', ...rows.slice(cut)].join('\n');
  },
};

/** Display width: a Han character takes two columns in `pdftotext -layout` output. */
const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 255 ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));

/**
 * The table as `pdftotext -layout` prints a ruled table: columns padded with spaces, a label longer
 * than `wrapAt` characters wrapped inside its cell, its value beside the first line of the cell
 * ('top') or beside the last ('bottom').
 */
function laidOut(table: string, wrapAt: number, value: 'top' | 'bottom'): string {
  return table
    .split('\n')
    .map((line) => {
      const [label = '', unit = '', number = ''] = line.split('\t');
      const chars = [...label];
      const [first, rest] = [chars.slice(0, wrapAt).join(''), chars.slice(wrapAt).join('')];
      const row = (text: string) => pad(`  ${text}`, 50) + pad(unit, 10) + number;
      if (!rest) return row(first);
      return value === 'top' ? `${row(first)}\n  ${rest}` : `  ${first}\n${row(rest)}`;
    })
    .join('\n');
}
for (const wrapAt of [14, 20]) {
  for (const value of ['top', 'bottom'] as const) {
    VARIANTS[`pdftotext -layout, labels wrapped at ${wrapAt}, value beside the ${value} line`] = (t) => laidOut(t, wrapAt, value);
  }
}

const cellsOf = (a: Analysis) => a.cells.map((c) => `${c.ref}=${c.value.kind === 'number' ? c.value.value : c.value.kind}`);
const flaggedOf = (a: Analysis) =>
  a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.stated}/${f.computed}`).sort();

describe('seed 003 in other layouts reads the same', () => {
  const original = analyzeText(seed, 'seed003.txt');
  it('the original has its 86 cells', () => expect(original.cells).toHaveLength(86));
  for (const [name, change] of Object.entries(VARIANTS)) {
    it(name, () => {
      const text = rewriteTable(seed, change);
      expect(text).not.toBe(seed);
      const variant = analyzeText(text, 'seed003.txt');
      expect(cellsOf(variant)).toEqual(cellsOf(original));
      expect(flaggedOf(variant)).toEqual(flaggedOf(original));
    });
  }
  it('also with Windows line ends', () => {
    const variant = analyzeText(seed.replace(/\n/g, '\r\n'), 'seed003.txt');
    expect(cellsOf(variant)).toEqual(cellsOf(original));
  });
});

describe('seed 000 with page numbers inside its table reads the same', () => {
  const text = readFileSync('test/fixtures/seeds/000_87410cd3979e9921.txt', 'utf8');
  const original = analyzeText(text, 'seed000.txt');
  for (const footer of ['- 13 -', '13', '第 13 页', '—13—', '13 / 20']) {
    it(JSON.stringify(footer), () => {
      const broken = text.replace(/^(.*申请办结数.*)$/m, `$1\n\n${footer}\n`);
      expect(broken).not.toBe(text);
      const variant = analyzeText(broken, 'seed000.txt');
      expect(cellsOf(variant)).toEqual(cellsOf(original));
      expect(flaggedOf(variant)).toEqual(flaggedOf(original));
    });
  }
});

describe('seed 003 one cell per line with labels printed after their numbers (pdftotext without -layout)', () => {
  const original = analyzeText(seed, 'seed003.txt');
  // Rows 二、 and its (一) printed as their units and numbers first, their labels after: 「次 / 864 /
  // 二、回应… / （一）回应…」. Nothing may give either number to the wrong row.
  const jumble = (t: string) => {
    const cells = t.replace(/\t+/g, '\n').split('\n');
    const at = cells.findIndex((c) => c.startsWith('二、回应解读情况'));
    const first = cells.findIndex((c, i) => i > at && /^[（(]一[)）]/.test(c));
    const [section, item, unit, value] = [cells[at]!, cells[first]!, cells[first + 1]!, cells[first + 2]!];
    const moved = [unit, value, section, item];
    return [...cells.slice(0, at), ...moved, ...cells.slice(first + 3)].join('\n');
  };
  const variant = analyzeText(rewriteTable(seed, jumble), 'seed003.txt');
  const values = new Map(original.cells.map((c) => [c.ref, c.value.value ?? c.value.kind]));
  it('reads no number into the wrong row, and leaves the rows out of order unread with a notice', () => {
    for (const cell of variant.cells) expect([cell.ref, cell.value.value ?? cell.value.kind]).toEqual([cell.ref, values.get(cell.ref)]);
    expect(variant.cells.find((c) => c.ref === '二(一)@0')).toBeUndefined();
    expect(variant.notices.some((n) => n.zh.includes('次序错乱'))).toBe(true);
    // Rows printed in order around them are still read.
    for (const ref of ['一(一)@0', '二(二)1@0', '三(一)@0', '十三(三)@0']) expect(variant.cells.find((c) => c.ref === ref)?.value.value).toBe(values.get(ref));
  });
});
