// Share links: a real analysis survives the round trip (cells and non-info findings recomputed to the same
// results), and every kind of damaged link is refused with a reason instead of throwing.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Finding } from '../model/types.ts';
import { analyzeText } from '../pipeline/analyzeText.ts';
import { analyzeFileNode } from '../pipeline/analyzeFileNode.ts';
import { decodeShare, encodeShare, HASH_PREFIX, shareDictionary, toPayload } from './sharePayload.ts';
import { packText as packRaw } from './codec.ts';

/** Packs JSON the way links are packed (with the format's dictionary). */
const packText = async (json: string) => packRaw(json, shareDictionary());
import { analysisFromShare } from './analysisFromShare.ts';
import { withPrevious } from '../pipeline/withPrevious.ts';
import { applyCorrections } from '../check/corrections.ts';

const SHA = 'ab'.repeat(32);
const seeds = ['000_87410cd3979e9921.txt', '003_8ef98a67e9da6293.txt'];
const pdfs = ['2024_huaian_city.pdf', '2023_huaian_hongze_district.pdf'];

async function load(name: string): Promise<Analysis> {
  if (name.endsWith('.txt')) return analyzeText(readFileSync(`test/fixtures/seeds/${name}`, 'utf8'), name);
  const result = await analyzeFileNode(readFileSync(`test/fixtures/corpus/${name}`), name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

// Messages quote claim subjects, which links shorten, so they are compared by rule and numbers.
const key = (f: Finding) => ({ rule: f.rule, severity: f.severity, stated: f.stated, computed: f.computed, delta: f.delta, cells: f.cells, spans: f.spans });
const nonInfo = (a: Analysis) => a.findings.filter((f) => f.severity !== 'info').map(key);

describe('share link round trip', () => {
  const lengths: Record<string, number> = {};
  for (const name of [...seeds, ...pdfs]) {
    it(`${name}: decode(encode(a)) gives the same cells and findings`, async () => {
      const original = await load(name);
      const fragment = await encodeShare(original, SHA);
      lengths[name] = fragment.length;
      expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
      const decoded = await decodeShare(HASH_PREFIX + fragment);
      if (!decoded.ok) throw new Error(decoded.reason.en);
      expect(decoded.payload.sha256).toBe(SHA);
      const rebuilt = analysisFromShare(decoded.payload);
      const cells = (a: Analysis) => a.cells.map((c) => ({ ref: c.ref, value: c.value, pos: c.pos, unit: c.unit, column: c.column }));
      expect(cells(rebuilt)).toEqual(cells(original));
      expect(nonInfo(rebuilt)).toEqual(nonInfo(original));
      // Info findings are recomputed too; they also agree.
      expect(rebuilt.findings.map(key)).toEqual(original.findings.map(key));
      // A link within its budget quotes the report's words exactly: the messages are the same too.
      if (fragment.length < 1900) expect(rebuilt.findings.map((f) => f.message)).toEqual(original.findings.map((f) => f.message));
      expect(rebuilt.meta).toEqual(original.meta);
      expect(rebuilt.source).toEqual(original.source);
      expect(rebuilt.lines).toEqual([]);
      // Every mapped cell appears once in the rebuilt tables, at its own position (how the view finds it).
      const shown = rebuilt.tables.flatMap((t) => t.rows.flatMap((r) => r.values.filter((v) => v.pos.line > 0)));
      expect(shown.length).toBe(original.cells.length);
      expect(rebuilt.tables.map((t) => t.columns)).toEqual(original.tables.map((t) => t.columns));
      // The text never travels: no narrative line longer than a subject is in the payload.
      const json = JSON.stringify(toPayload(original, SHA));
      expect(json).not.toContain(original.lines.find((l) => l.text.length > 60)?.text ?? '\u0000');
    });
  }
  it('prints the link lengths', () => {
    console.log('share link lengths (characters of the fragment):', lengths);
    // Budgets: < 2,000 characters for the 2008 template, < 4,000 for the 2021 one (issue 7).
    for (const name of seeds) expect(lengths[name]).toBeLessThan(2000);
    for (const name of pdfs) expect(lengths[name]).toBeLessThan(4000);
  });
});

describe('damaged links are refused', () => {
  let good = '';
  let analysis: Analysis;
  it('setup', async () => {
    analysis = await load(seeds[0]!);
    good = await encodeShare(analysis, SHA);
  });
  const refused = async (fragment: string) => {
    const result = await decodeShare(fragment);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.zh.length).toBeGreaterThan(0);
      expect(result.reason.en.length).toBeGreaterThan(0);
      return result.reason.en;
    }
    return '';
  };
  it('a truncated link', async () => {
    for (const cut of [1, 2, 10, good.length / 2]) expect(await refused(good.slice(0, good.length - cut))).not.toBe('');
  });
  it('a flipped character anywhere', async () => {
    for (const at of [0, 5, Math.floor(good.length / 2), good.length - 6, good.length - 1]) {
      const c = good[at] === 'A' ? 'B' : 'A';
      await refused(good.slice(0, at) + c + good.slice(at + 1));
    }
  });
  it('characters outside base64url, empty input, non-strings', async () => {
    expect(await refused(good.slice(0, 20) + '+/' + good.slice(22))).toMatch(/invalid characters/);
    await refused('');
    await refused('#s=');
    await refused(42 as unknown as string);
  });
  it('an unknown version', async () => {
    const payload = { ...toPayload(analysis, SHA), v: 99 };
    expect(await refused(await packText(JSON.stringify(payload)))).toMatch(/version \(99\)/);
  });
  it('a link of format 1 (before the dictionary) is recognised as old, not as damaged', async () => {
    const old = packRaw(JSON.stringify({ v: 1, template: 'national-2008', meta: {}, cells: [] }));
    expect(await refused(old)).toMatch(/older release/);
  });
  it('a cell value of the wrong type', async () => {
    const payload = toPayload(analysis, SHA);
    const bad = structuredClone(payload) as unknown as { cells: unknown[][] };
    bad.cells[3]![2] = true;
    expect(await refused(await packText(JSON.stringify(bad)))).toMatch(/cells\[3\]\[2\]/);
    const negative = structuredClone(payload) as unknown as { cells: unknown[][] };
    negative.cells[3]![2] = -12;
    expect(await refused(await packText(JSON.stringify(negative)))).toMatch(/cells\[3\]\[2\]/);
    // A kind the reader could not have given (12 reads as a number, so "number" is no downgrade).
    const lying = { ...structuredClone(payload), kinds: [[3, 'number']] };
    expect(await refused(await packText(JSON.stringify(lying)))).toMatch(/kinds/);
  });
  it('refs the template does not know, bad indices, non-finite numbers, extra keys', async () => {
    const base = toPayload(analysis, SHA);
    const variants: Array<(p: any) => void> = [
      (p) => (p.cells[0][0] = 9999),
      (p) => (p.cells[0][0] = '一'),
      (p) => ((p.cells[1][0] = 0), (p.cells[1][1] = p.cells[0][1])),
      (p) => (p.cells[0][1] = 7),
      (p) => (p.cells[0][3] = -5000),
      (p) => (p.kinds = [[0, 'blank']]),
      (p) => (p.kinds = [[5, 'text'], [2, 'text']]),
      (p) => (p.units = [[9999, '件']]),
      (p) => (p.links[0][0] = 10_000),
      (p) => (p.links[0].length = 1),
      (p) => (p.enumerations[0][1] = [-10_000]),
      (p) => (p.values = [[0, '1e999']]),
      (p) => (p.claims[0][2] = -1_000_000),
      (p) => (p.template = 'gov-2099'),
      (p) => (p.sha256 = 'xyz'),
      (p) => (p.extra = 1),
      (p) => (p.meta.title = 'x'.repeat(10_000)),
      (p) => (p.cells[0].length = 4),
    ];
    for (const [i, change] of variants.entries()) {
      const p = structuredClone(base);
      change(p);
      const result = await decodeShare(await packText(JSON.stringify(p)));
      expect([i, result.ok]).toEqual([i, false]);
    }
    // Infinity cannot be written as JSON; a literal 1e999 parses to it and must be refused too.
    const json = JSON.stringify(base).replace(/^\{"v":2/, '{"v":2,"meta2":1e999');
    await refused(await packText(json));
  });
  it('a 10 MB string', async () => {
    const start = Date.now();
    expect(await refused('A'.repeat(10_000_000))).toMatch(/too long/);
    expect(Date.now() - start).toBeLessThan(1000);
  });
  it('a zip bomb (small link, huge JSON)', async () => {
    const bomb = await packText(' '.repeat(5_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await refused(bomb)).toMatch(/too much data/);
  });
});

describe('a link of a report checked against last year', () => {
  it('carries last year’s cells that the check reads, and the recipient gets the same cross-year findings', async () => {
    const read = async (name: string) => {
      const result = await analyzeFileNode(readFileSync(`test/fixtures/corpus/${name}`), name);
      if (!result.ok) throw new Error(result.reason.en);
      return result.analysis;
    };
    const [y2012, y2013] = await Promise.all([read('2012_pingtan_county.html'), read('2013_pingtan_county.html')]);
    // Last year's 历年累计 主动公开 printed 3540 instead of 3542: one cross-year warning.
    const edited = { ...y2012, cells: y2012.cells.map((c) => (c.ref === '主动公开@1' ? { ...c, value: { ...c.value, raw: '3540', value: 3540 } } : c)) };
    const compared = withPrevious(y2013, edited);
    if (!compared.ok) throw new Error(compared.reason.en);
    const later = compared.analysis;
    const payload = toPayload(later, SHA, 0, edited);
    expect(payload.previous?.cells).toHaveLength(17);
    const decoded = await decodeShare(HASH_PREFIX + (await encodeShare(later, SHA, edited)));
    if (!decoded.ok) throw new Error(decoded.reason.en);
    const rebuilt = analysisFromShare(decoded.payload);
    expect(rebuilt.findings.map(key)).toEqual(later.findings.map(key));
    expect(rebuilt.findings.filter((f) => f.rule === 'cross-year' && f.severity === 'warning').map((f) => [f.stated, f.computed])).toEqual([[5395, 5393]]);
    // A previous-year cell the later template does not know is refused.
    const bad = { ...payload, previous: { ...payload.previous!, cells: [['九十九@0', '1']] } };
    expect((await decodeShare(await packText(JSON.stringify(bad)))).ok).toBe(false);
  });
});

describe('a link of a corrected report', () => {
  it('carries the corrections beside the printed values, and the recipient gets the same findings, marked', async () => {
    const read = analyzeText(readFileSync('test/fixtures/seeds/000_87410cd3979e9921.txt', 'utf8'), '000.txt');
    const corrected = applyCorrections(read, [{ ref: '三(一)@0', raw: '435', at: '2026-12-02T10:00:00.000Z' }]);
    const payload = toPayload(corrected, SHA);
    expect(payload.corrections).toEqual([[read.cells.findIndex((c) => c.ref === '三(一)@0'), '435', '2026-12-02T10:00:00.000Z']]);
    const decoded = await decodeShare(HASH_PREFIX + (await encodeShare(corrected, SHA)));
    if (!decoded.ok) throw new Error(decoded.reason.en);
    const rebuilt = analysisFromShare(decoded.payload);
    expect(rebuilt.findings.map(key)).toEqual(corrected.findings.map(key));
    const cell = rebuilt.cells.find((c) => c.ref === '三(一)@0')!;
    expect([cell.value.raw, cell.correction?.value.raw, cell.correction?.at]).toEqual(['464', '435', '2026-12-02T10:00:00.000Z']);
    // A link without corrections has no such field; bad corrections are refused.
    expect(toPayload(read, SHA).corrections).toBeUndefined();
    for (const bad of [[[9999, '1', '2026-12-02T10:00:00.000Z']], [[0, '1', 'yesterday']], [[0, 1, '2026-12-02T10:00:00.000Z']], [[0, '1']]]) {
      expect((await decodeShare(await packText(JSON.stringify({ ...payload, corrections: bad })))).ok).toBe(false);
    }
  });
});
