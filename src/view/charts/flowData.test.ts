import { describe, expect, it } from 'vitest';
import { flowGraph, flowHolds, hasFlow, TOTAL_COLUMN, type FlowGraph } from './flowData.ts';
import { corpus, reprinted, seed } from './fixture.test-helper.ts';

const huaian = await corpus('2024_huaian_city.pdf');
const linkValue = (g: FlowGraph, source: string, target: string) => g.links.find((l) => l.source === source && l.target === target)?.value;
const gaps = (g: FlowGraph) => g.links.filter((l) => l.gap).map((l) => ({ source: l.source, target: l.target, value: l.value, kind: l.gap!.kind }));

describe('flowGraph on 淮安 2024 (every identity holds)', () => {
  const g = flowGraph(huaian, TOTAL_COLUMN);

  it('carries table 三’s 总计 column from the sources through the outcomes', () => {
    expect(linkValue(g, 'new', 'hub')).toBe(3119);
    expect(linkValue(g, 'carried', 'hub')).toBe(34);
    expect(linkValue(g, 'hub', 'handled')).toBe(3050);
    expect(linkValue(g, 'hub', 'forward')).toBe(103);
    // Groups are their rows added: 不予公开 = Σ（三）1–8, 其他处理 = Σ（六）1–3.
    expect(linkValue(g, 'handled', '三.三(一)')).toBe(1362);
    expect(linkValue(g, 'handled', '三.三(三)')).toBe(2 + 31 + 5 + 6 + 8 + 12 + 9 + 105);
    expect(linkValue(g, 'handled', '三.三(六)')).toBe(71 + 6 + 110);
    expect(g.nodes.find((n) => n.id === '三.三(二)')!.label.zh).toBe('（二）部分公开');
  });

  it('has no gap, no note, and links the hub to the column’s balance finding', () => {
    expect(gaps(g)).toEqual([]);
    expect(g.notes).toEqual([]);
    expect(g.balance).toMatchObject({ stated: 3153, computed: 3153 });
    expect(g.sum).toMatchObject({ stated: 3050, computed: 3050 });
    expect(huaian.findings[g.balance.findingIndex!]).toMatchObject({ rule: 'balance', severity: 'info', stated: 3153 });
    expect(flowHolds(g)).toBe(true);
  });

  it('draws one applicant column on demand', () => {
    const people = flowGraph(huaian, 0);
    expect(linkValue(people, 'new', 'hub')).toBe(3001);
    expect(linkValue(people, 'hub', 'handled')).toBe(2932);
  });
});

describe('flowGraph where table 三 does not add up', () => {
  it('sends the surplus of inputs to 「未交代去向」, labelled with the difference, from the finding’s own numbers', () => {
    const a = reprinted(huaian, { '三.一@6': '3148' });
    const g = flowGraph(a, TOTAL_COLUMN);
    expect(gaps(g)).toEqual([{ source: 'hub', target: 'unaccounted-balance', value: 29, kind: 'unaccounted' }]);
    expect(g.nodes.find((n) => n.id === 'unaccounted-balance')).toMatchObject({ layer: 2, label: { zh: '未交代去向：差 29', en: 'unaccounted: gap 29' } });
    const finding = a.findings[g.balance.findingIndex!]!;
    expect(finding).toMatchObject({ rule: 'balance', severity: 'error', delta: 29 });
    expect(g.links.find((l) => l.gap)!.gap!.findingIndex).toBe(g.balance.findingIndex);
    expect(flowHolds(g)).toBe(false);
  });

  it('brings a surplus of outputs from 「来源不明」 into the hub', () => {
    const g = flowGraph(reprinted(huaian, { '三.四@6': '120' }), TOTAL_COLUMN);
    expect(gaps(g)).toEqual([{ source: 'unexplained-balance', target: 'hub', value: 17, kind: 'unexplained' }]);
    expect(g.nodes.find((n) => n.id === 'unexplained-balance')!.layer).toBe(0);
  });

  it('draws a 三（七） that its rows do not reach or exceed as a gap of its own', () => {
    const short = flowGraph(reprinted(huaian, { '三.三(一)@0': '1278' }), 0);
    expect(gaps(short)).toEqual([{ source: 'handled', target: 'unaccounted-sum', value: 10, kind: 'unaccounted' }]);
    const over = reprinted(huaian, { '三.三(三)2@0': '40' });
    const g = flowGraph(over, 0);
    expect(gaps(g)).toEqual([{ source: 'unexplained-sum', target: 'handled', value: 10, kind: 'unexplained' }]);
    expect(over.findings[g.sum.findingIndex!]).toMatchObject({ rule: 'sum', severity: 'error', delta: -10 });
    // 三（七） still shows the number the report prints, though 10 more flow through it.
    expect(g.nodes.find((n) => n.id === 'handled')!.printed).toBe(2932);
  });
});

describe('flowGraph with cells that are not numbers', () => {
  const a = reprinted(huaian, { '三.二@1': '', '三.四@1': '/', '三.三(五)1@1': '' });
  const g = flowGraph(a, 1);

  it('skips their flows, never drawing them as 0, and says so', () => {
    const carried = g.links.find((l) => l.source === 'carried')!;
    expect(carried).toMatchObject({ value: 0, missing: ['三.二@1'] });
    expect(g.links.find((l) => l.target === 'forward')).toMatchObject({ value: 0, missing: ['三.四@1'] });
    expect(g.notes.map((n) => n.zh)).toEqual([
      '三.二 上年结转政府信息公开申请数量：空白，此流向未画出（不按 0 计）。',
      '三.四 结转下年度继续办理：横线或斜线「/」，此流向未画出（不按 0 计）。',
      '三.三(五)1 信访举报投诉类申请：空白，此流向未画出（不按 0 计）。',
    ]);
    expect(g.nodes.find((n) => n.id === 'carried')!.printed).toBeUndefined();
  });

  it('draws no gap where an identity cannot be checked, and says it cannot', () => {
    expect(gaps(g)).toEqual([]);
    expect(g.balance.stated).toBeUndefined();
    expect(g.balance.computed).toBeUndefined();
    expect(g.sum.computed).toBeUndefined();
    expect(flowHolds(g)).toBeUndefined();
  });

  it('adds a group’s rows that have numbers and keeps the missing one listed', () => {
    const group = g.links.find((l) => l.target === '三.三(五)')!;
    expect(group.missing).toEqual(['三.三(五)1@1']);
    expect(group.value).toBe(0); // 商业企业's other 不予处理 rows are all 0 in 淮安 2024
  });
});

describe('hasFlow', () => {
  it('applies to the 2019/2021 templates only', () => {
    expect(hasFlow(huaian)).toBe(true);
    expect(hasFlow(seed('000_87410cd3979e9921'))).toBe(false);
  });
});
