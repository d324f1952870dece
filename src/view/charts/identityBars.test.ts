import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distinctTitles, fitText, identityEntries, layoutIdentity, MARGIN } from './identityBars.ts';
import { analysisOf, cell, sample } from './fixture.test-helper.ts';
import { analyzeText } from '../../pipeline/analyzeText.ts';

describe('identityEntries', () => {
  const entries = identityEntries(sample());

  it('keeps only identity findings with numbers', () => {
    expect(entries.map((e) => e.rule).sort()).toEqual(['narrative-vs-table', 'same', 'sum', 'sum']);
  });

  it('puts failing first, largest relative gap first, passing last', () => {
    // 29/464 ≈ 6.2 % > 6/470 ≈ 1.3 % > 5/375 ≈ 1.3 % (5/375 = 1.33 %, 6/470 = 1.28 %)
    expect(entries.map((e) => e.findingIndex)).toEqual([3, 2, 4, 0]);
    expect(entries.map((e) => e.ok)).toEqual([false, false, false, true]);
  });

  it('takes a sum’s parts from the cells after the total, with their values and template labels', () => {
    const sum = entries[0]!;
    expect(sum.label.zh).toBe('三(一) 收到申请数');
    expect(sum.label.en).toBe('三(一) Requests received');
    expect(sum.parts.map((p) => p.value)).toEqual([50, 4, 196, 185, 0]);
    expect(sum.parts[0]).toMatchObject({ ref: '三(一)1@0', label: { zh: '三(一)1 当面申请数' } });
    expect(sum).toMatchObject({ stated: 464, computed: 435, delta: 29 });
  });

  it('draws a same or narrative finding as one computed part', () => {
    const same = entries.find((e) => e.rule === 'same')!;
    expect(same.parts).toEqual([{ ref: '十二(二)@0', label: expect.objectContaining({ zh: expect.stringContaining('十二(二)') }), value: 380 }]);
    const prose = entries.find((e) => e.rule === 'narrative-vs-table')!;
    expect(prose.label.zh).toBe('正文「受理申请470件」 ↔ 三(一)');
    expect(prose.parts).toHaveLength(1);
    expect(prose.parts[0]!.value).toBe(464);
  });

  it('falls back to the computed total when the cells do not reproduce it', () => {
    const a = sample();
    a.cells = a.cells.filter((c) => c.ref !== '三(一)3@0');
    const sum = identityEntries(a).find((e) => e.findingIndex === 3)!;
    expect(sum.parts).toHaveLength(1);
    expect(sum.parts[0]!.value).toBe(435);
  });
});

describe('layoutIdentity', () => {
  const [failing, , , passing] = identityEntries(sample());

  it('makes the gap rect exactly |delta| wide in scale units', () => {
    const layout = layoutIdentity(failing!, 260, 84);
    const unit = layout.x(Math.abs(failing!.delta)) - layout.x(0);
    expect(layout.gap).toBeDefined();
    expect(layout.gap!.width).toBeCloseTo(unit, 9);
    // It spans from the computed end to the stated end, on the parts row.
    expect(layout.gap!.x).toBeCloseTo(layout.x(435), 9);
    expect(layout.gap!.x + layout.gap!.width).toBeCloseTo(layout.x(464), 9);
    expect(layout.gap!.y).toBe(layout.parts[0]!.y);
    expect(layout.gapLabel!.text).toEqual({ zh: '差 29', en: 'gap 29' });
  });

  it('stacks parts end to end and sizes the stated bar to the stated total', () => {
    const layout = layoutIdentity(failing!, 260, 84);
    expect(layout.stated.x).toBe(MARGIN.left);
    expect(layout.stated.width).toBeCloseTo(layout.x(464) - layout.x(0), 9);
    for (let i = 1; i < layout.parts.length; i++) {
      const prev = layout.parts[i - 1]!;
      expect(layout.parts[i]!.x).toBeCloseTo(prev.x + prev.width, 9);
    }
    const last = layout.parts.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(layout.x(435), 9);
    expect(layout.x.range()).toEqual([MARGIN.left, 260 - MARGIN.right]);
  });

  it('has no gap when the identity holds', () => {
    const layout = layoutIdentity(passing!, 260, 84);
    expect(layout.gap).toBeUndefined();
    expect(layout.gapLabel).toBeUndefined();
  });

  it('keeps a gap drawn when the computed side is larger (stated < computed)', () => {
    const entry = identityEntries(sample()).find((e) => e.rule === 'same')!;
    const layout = layoutIdentity(entry, 260, 84);
    expect(layout.gap!.x).toBeCloseTo(layout.x(375), 9);
    expect(layout.gap!.width).toBeCloseTo(layout.x(5) - layout.x(0), 9);
  });
});

describe('fitText', () => {
  it('cuts long CJK labels with an ellipsis and leaves short ones', () => {
    expect(fitText('收到申请数', 200, 12)).toBe('收到申请数');
    const cut = fitText('三(三)4其中4 危及国家安全、公共安全、经济安全和社会稳定', 120, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(14);
  });
});

describe('on the sample report', () => {
  it('finds identities, failing first, each with parts summing to its computed total', () => {
    const text = readFileSync(new URL('../../../public/samples/dezhou-2018.txt', import.meta.url), 'utf8');
    const entries = identityEntries(analyzeText(text, 'dezhou-2018.txt'));
    expect(entries.length).toBeGreaterThan(0);
    const firstOk = entries.findIndex((e) => e.ok);
    if (firstOk >= 0) expect(entries.slice(firstOk).every((e) => e.ok)).toBe(true);
    for (const e of entries) {
      expect(e.parts.reduce((s, p) => s + p.value, 0)).toBeCloseTo(e.computed, 6);
    }
  });
});

describe('cross-year identities', () => {
  it('draws a cumulative column as last year’s figure plus this year’s, and a carry-over as last year’s figure', () => {
    const cells = [cell('主动公开@0', '1853'), cell('主动公开@1', '5395'), cell('三.二@6', '34')];
    const m = (zh: string) => ({ zh, en: zh });
    const analysis = analysisOf('fujian-2008', cells, [
      { rule: 'cross-year', severity: 'warning', message: m('累计'), stated: 5395, computed: 5393, delta: 2, cells: ['主动公开@1', '主动公开@0'] },
      { rule: 'cross-year', severity: 'error', message: m('结转'), stated: 34, computed: 36, delta: -2, cells: ['三.二@6'] },
    ]);
    const [cumulative, carry] = identityEntries(analysis).sort((a, b) => a.findingIndex - b.findingIndex);
    expect(cumulative!.parts.map((p) => p.value)).toEqual([3540, 1853]);
    expect(cumulative!.parts[0]!.label.en).toBe('last year’s report');
    expect(cumulative!.parts[1]!.ref).toBe('主动公开@0');
    expect(carry!.parts.map((p) => p.value)).toEqual([36]);
    expect(carry!.ok).toBe(false);
  });
});

describe('distinctTitles', () => {
  it('keeps the differing ends of labels that share their start, so no two titles side by side are alike', () => {
    const labels = ['三.一 + 三.二 = 三.三(七) + 三.四（自然人列）', '三.一 + 三.二 = 三.三(七) + 三.四（商业企业列）', '三.一 + 三.二 = 三.三(七) + 三.四（总计列）', '三 依申请公开情况'];
    const titles = distinctTitles(labels, 232, 12);
    expect(new Set(titles).size).toBe(labels.length);
    expect(titles[0]).toMatch(/…（自然人列）$/);
    expect(titles[1]).toMatch(/…（商业企业列）$/);
    expect(titles[3]).toBe('三 依申请公开情况');
    // Each still fits where fitText's would.
    for (const [i, title] of titles.entries()) expect([...title].length).toBeLessThanOrEqual([...fitText(labels[i]!, 232, 12)].length + 1);
  });
  it('leaves titles that differ, or labels that are the same, as fitText gives them', () => {
    expect(distinctTitles(['收到申请数', '办结数'], 232, 12)).toEqual(['收到申请数', '办结数']);
    expect(distinctTitles(['同一'.repeat(30), '同一'.repeat(30)], 100, 12)).toEqual([fitText('同一'.repeat(30), 100, 12), fitText('同一'.repeat(30), 100, 12)]);
  });
});
