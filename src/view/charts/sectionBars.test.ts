import { describe, expect, it } from 'vitest';
import { hasSections, layoutSection, SECTION, sectionCharts, type SectionChart } from './sectionBars.ts';
import { corpus, seed } from './fixture.test-helper.ts';

const dezhou = seed('000_87410cd3979e9921');
const charts = sectionCharts(dezhou);
const chart = (key: string) => charts.find((c) => c.key === key)!;
const bar = (c: SectionChart, indicator: string) => c.bars.find((b) => b.indicator === indicator)!;

describe('sectionCharts on seed 000 (德州 2018)', () => {
  it('makes one chart per section, in the table’s order', () => {
    expect(charts.map((c) => c.key)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'].map((s) => `${s}@0`));
    expect(chart('三@0').title.zh).toBe('三 依申请公开情况');
  });

  it('tells parents from their children by the template’s sum relations, nested', () => {
    const three = chart('三@0');
    expect(bar(three, '三(一)')).toMatchObject({ role: 'parent', depth: 0 });
    expect(bar(three, '三(一)3')).toMatchObject({ role: 'child', depth: 1 });
    // 三(三)4 is a part of 三(三) and the total of its 其中 rows.
    expect(bar(three, '三(三)4')).toMatchObject({ role: 'parent', depth: 1 });
    expect(bar(three, '三(三)4其中5')).toMatchObject({ role: 'child', depth: 2 });
    // 三 itself is in no sum: a plain row.
    expect(bar(three, '三')).toMatchObject({ role: 'plain', depth: 0 });
    // Parents are drawn thicker than their parts, and rows never overlap.
    expect(bar(three, '三(一)').height).toBeGreaterThan(bar(three, '三(一)1').height);
    three.bars.slice(1).forEach((b, i) => expect(b.y).toBeGreaterThanOrEqual(three.bars[i]!.y + three.bars[i]!.height));
  });

  it('marks a failing parent with its sum, the hatched gap between the parts’ end and the stated end', () => {
    const received = bar(chart('三@0'), '三(一)');
    expect(received.sum).toMatchObject({ computed: 435, delta: 29, flag: 'error' });
    expect(dezhou.findings[received.sum!.findingIndex]).toMatchObject({ rule: 'sum', stated: 464 });
    // The section's scale ends at its largest number or sum: 三(三)'s parts, which add up to 634.
    const x = (v: number) => SECTION.label + (v / 634) * (SECTION.width - SECTION.right - SECTION.label);
    expect(received.computedX).toBeCloseTo(x(435), 1);
    expect(received.gap!.x).toBeCloseTo(x(435), 1);
    expect(received.gap!.x + received.gap!.width).toBeCloseTo(x(464), 1);
    expect(chart('三@0').status).toBe('error');
  });

  it('leaves a parent that adds up unmarked, with no gap', () => {
    const concluded = bar(chart('三@0'), '三(二)');
    expect(concluded.sum).toMatchObject({ computed: 461, delta: 0 });
    expect(concluded.sum!.flag).toBeUndefined();
    expect(concluded.gap).toBeUndefined();
    expect(chart('四@0').status).toBe('ok');
  });

  it('keeps a warning-level sum a warning (二 against 二(一)+二(二))', () => {
    expect(bar(chart('二@0'), '二').sum!.flag).toBe('warning');
    expect(chart('二@0').status).toBe('error'); // 二(二) itself fails as an error
  });

  it('draws a blank cell as no bar, its kind kept, never as 0', () => {
    const total = bar(chart('九@0'), '九');
    expect(total).toMatchObject({ kind: 'blank', width: 0 });
    expect(total.value).toBeUndefined();
    const zero = bar(chart('六@0'), '六(一)');
    expect(zero).toMatchObject({ kind: 'number', value: 0, width: 0 });
  });
});

describe('sectionCharts on the Fujian 2014 table (年度 / 历年累计)', async () => {
  const pingtan = await corpus('2016_pingtan_zonghe_shiyanqu.txt');

  it('makes one chart per section and column, named by the column', () => {
    const fujian = sectionCharts(pingtan);
    expect(fujian.map((c) => c.key).slice(0, 4)).toEqual(['主动公开@0', '主动公开@1', '受理申请@0', '受理申请@1']);
    expect(fujian[1]!.title.zh).toBe('主动公开 主动公开文件数（历年累计）');
    expect(bar(fujian[2]!, '受理申请')).toMatchObject({ role: 'parent' });
    expect(bar(fujian[2]!, '受理申请2')).toMatchObject({ role: 'child', depth: 1 });
  });
});

describe('hasSections and layoutSection', () => {
  it('applies to the 2008–2018 templates only', async () => {
    expect(hasSections(dezhou)).toBe(true);
    expect(hasSections(await corpus('2024_huaian_city.pdf'))).toBe(false);
  });

  it('scales a section to its largest number or sum, whichever is larger', () => {
    const laid = layoutSection({
      key: 'x@0', section: 'x', column: 0, title: { zh: 'x', en: 'x' }, status: 'error',
      bars: [
        { ref: 'p@0', indicator: 'p', label: { zh: 'p', en: 'p' }, role: 'parent', depth: 0, kind: 'number', raw: '10', value: 10, sum: { computed: 20, delta: -10, findingIndex: 0, flag: 'error' } },
        { ref: 'c@0', indicator: 'c', label: { zh: 'c', en: 'c' }, role: 'child', depth: 1, kind: 'number', raw: '20', value: 20 },
      ],
    });
    const full = SECTION.width - SECTION.right - SECTION.label;
    expect(laid.bars[1]!.width).toBeCloseTo(full, 1);
    expect(laid.bars[0]!.width).toBeCloseTo(full / 2, 1);
    // Parts exceeding the total: the gap runs from the stated end to the parts' end.
    expect(laid.bars[0]!.gap).toEqual({ x: SECTION.label + full / 2, width: full / 2 });
  });
});
