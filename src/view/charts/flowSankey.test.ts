import { describe, expect, it } from 'vitest';
import { flowGraph, TOTAL_COLUMN } from './flowData.ts';
import { FLOW_MARGIN, GAP_MIN, layoutFlow, NODE_WIDTH } from './flowSankey.ts';
import { corpus, reprinted } from './fixture.test-helper.ts';

const huaian = await corpus('2024_huaian_city.pdf');
const W = 720;
const H = 380;

describe('layoutFlow', () => {
  const layout = layoutFlow(flowGraph(huaian, TOTAL_COLUMN), W, H);
  const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

  it('puts each node in its column, left to right, inside the margins', () => {
    const xs = ['new', 'hub', 'handled', '三.三(一)'].map((id) => node(id).x0);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(4);
    expect(node('new').x0).toBe(FLOW_MARGIN.left);
    expect(node('三.三(一)').x1).toBe(W - FLOW_MARGIN.right);
    expect(node('carried').x0).toBe(node('new').x0);
    expect(node('forward').x0).toBe(node('handled').x0);
    for (const n of layout.nodes) {
      expect(n.x1 - n.x0).toBe(NODE_WIDTH);
      expect(n.y0).toBeGreaterThanOrEqual(FLOW_MARGIN.top - 0.01);
      expect(n.y1).toBeLessThanOrEqual(H - FLOW_MARGIN.bottom + 0.01);
    }
  });

  it('sizes links in proportion to their numbers, and keeps the table’s order top to bottom', () => {
    const width = (target: string) => layout.links.find((l) => l.target === target)!.width;
    expect(width('handled') / width('forward')).toBeCloseTo(3050 / 103, 1);
    expect(width('三.三(一)') / width('三.三(二)')).toBeCloseTo(1362 / 454, 1);
    const outcomes = layout.nodes.filter((n) => n.kind === 'outcome');
    expect(outcomes.map((n) => n.id)).toEqual(['三.三(一)', '三.三(二)', '三.三(三)', '三.三(四)', '三.三(五)', '三.三(六)']);
    const tops = outcomes.map((n) => n.y0);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(layout.links.every((l) => l.path.startsWith('M') && !/\d\.\d{3}/.test(l.path))).toBe(true);
  });

  it('draws a failing balance’s difference as a hatched link of at least GAP_MIN to its own node', () => {
    const broken = layoutFlow(flowGraph(reprinted(huaian, { '三.一@6': '3148' }), TOTAL_COLUMN), W, H);
    const gap = broken.links.find((l) => l.gap)!;
    expect(gap).toMatchObject({ source: 'hub', target: 'unaccounted-balance', value: 29 });
    expect(gap.width).toBeGreaterThanOrEqual(GAP_MIN);
    const sink = broken.nodes.find((n) => n.id === 'unaccounted-balance')!;
    expect(sink.height).toBeGreaterThanOrEqual(GAP_MIN);
    expect(sink.x0).toBe(broken.nodes.find((n) => n.id === 'handled')!.x0);
    // The hub carries what came in (3148 + 34): 三（七） + 四 + the 29 unaccounted.
    expect(broken.nodes.find((n) => n.id === 'hub')!.value).toBe(3182);
  });

  it('leaves out links without a number rather than drawing them as 0', () => {
    const a = reprinted(huaian, { '三.二@6': '', '三.四@6': '/' });
    const partial = layoutFlow(flowGraph(a, TOTAL_COLUMN), W, H);
    expect(partial.links.some((l) => l.source === 'carried' || l.target === 'forward')).toBe(false);
    // The nodes stay, so the picture still shows which rows the column has.
    expect(partial.nodes.map((n) => n.id)).toContain('carried');
    expect(partial.links.find((l) => l.source === 'new')!.value).toBe(3119);
  });

  it('is empty for a column of zeros (淮安’s 科研机构), which d3-sankey cannot scale', () => {
    const zeros = layoutFlow(flowGraph(huaian, 2), W, H);
    expect(zeros).toMatchObject({ empty: true, nodes: [], links: [] });
  });

  it('gives the same layout every time', () => {
    const again = layoutFlow(flowGraph(huaian, TOTAL_COLUMN), W, H);
    expect(again).toEqual(layout);
  });
});
