// Table 四 of the 2019/2021 reports laid out as printed: one row of fifteen numbers under 行政复议 |
// 行政诉讼 → 未经复议直接起诉 / 复议后起诉, five outcomes each; and the statistics table of the page
// (rendered on the server) showing it so, each number a cell a finding can select.

import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Analysis, Bilingual } from '../../model/types.ts';
import type { AppState } from '../state/appState.svelte.ts';
import { translate, type Lang, type StringKey } from '../i18n.ts';
import { corpus, seed } from '../charts/fixture.test-helper.ts';
import StatsTable from './StatsTable.svelte';
import { wideColumnNames, wideTables } from '../../template/wideTable.ts';

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const REFS = ['四.复议', '四.诉讼直接', '四.诉讼复议后'].flatMap((row) => [0, 1, 2, 3, 4].map((c) => `${row}@${c}`));

/** 淮安市洪泽区 2023: table 四 printed as one row, which the layout stage reads as a glued label and five values. */
const hongze = await corpus('2023_huaian_hongze_district.pdf');
/** 平潭 2021 (text): table 四 printed as three rows of five. */
const pingtan = await corpus('2021_pingtan_zonghe_shiyanqu.txt');

/** The page state StatsTable reads, as a plain object: a language and, optionally, a selected finding. */
function appFor(lang: Lang, analysis: Analysis, selected?: number): AppState {
  const finding = selected === undefined ? undefined : analysis.findings[selected];
  return {
    lang,
    highlighted: new Set(finding?.cells ?? []),
    t: (key: StringKey) => translate(lang, key),
    text: (message: Bilingual) => message[lang],
    focusCell: () => {},
  } as unknown as AppState;
}

/** The markup of the table-四 table element alone. */
function table4(body: string): string {
  const match = body.match(/<table[^>]*data-table="四"[^]*?<\/table>/);
  if (!match) throw new Error('no table 四 in the markup');
  return match[0];
}

const attr = (markup: string, name: string) => [...markup.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('wideTables', () => {
  it('lays table 四 out under two levels of headings, fifteen columns in the printed order', () => {
    const [four, ...others] = wideTables(hongze);
    expect(others).toEqual([]);
    expect(four!.table).toBe('四');
    const zh = four!.headings.map((level) => level.map((h) => [h.label.zh, h.colspan, h.rowspan]));
    expect(zh[0]).toEqual([['行政复议', 5, 2], ['行政诉讼', 10, 1]]);
    expect(zh[1]).toEqual([['未经复议直接起诉', 5, 1], ['复议后起诉', 5, 1]]);
    expect(zh[2]!.map(([label]) => label)).toEqual([...OUTCOMES, ...OUTCOMES, ...OUTCOMES]);
    expect(four!.headings[0]!.map((h) => h.label.en)).toEqual(['administrative reconsideration', 'administrative lawsuits']);
    expect(four!.slots.map((s) => s.ref)).toEqual(REFS);
    // The fifteen numbers the PDF prints, each in its own slot.
    expect(four!.slots.map((s) => s.cell?.value.raw)).toEqual(['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']);
  });

  it('names the columns with their headings', () => {
    const names = wideColumnNames(pingtan);
    expect(names.get('四.复议@0')).toEqual({ zh: '行政复议·结果维持', en: 'administrative reconsideration · upheld' });
    expect(names.get('四.诉讼直接@4')!.zh).toBe('行政诉讼·未经复议直接起诉·总计');
    expect(names.size).toBe(15);
  });

  it('has nothing to lay out for a report without table 四 (the 2008 national appendix)', () => {
    expect(wideTables(seed('000_87410cd3979e9921'))).toEqual([]);
  });
});

describe('StatsTable with table 四', () => {
  it('shows the 洪泽 table 四 as one row of fifteen cells, none glued into a label', () => {
    const { body } = render(StatsTable, { props: { app: appFor('zh', hongze), analysis: hongze } });
    const four = table4(body);
    expect(attr(four, 'data-ref')).toEqual(REFS);
    expect(four.match(/<tr/g)!.length).toBe(4); // three heading rows and one row of numbers
    expect(four).toContain('colspan="10"');
    expect(body).not.toContain('10 1 0 0 0 0 0 0 0 0');
    // Table 三 is unchanged: a row per indicator with its own cells.
    expect(body).toContain('data-ref="三.一@6"');
  });

  it('marks the stated 复议 总计 bad and outlines the cells of its selected finding', () => {
    const index = hongze.findings.findIndex((f) => f.rule === 'row-sum' && f.cells[0] === '四.复议@4');
    expect(hongze.findings[index]).toMatchObject({ severity: 'error', stated: 0, computed: 11 });
    const four = table4(render(StatsTable, { props: { app: appFor('en', hongze, index), analysis: hongze } }).body);
    const cell = four.match(/<td[^>]*data-ref="四.复议@4"[^>]*>[^]*?<\/td>/)![0];
    expect(cell).toMatch(/class="value number bad"/);
    expect(cell).toContain('data-highlighted="true"');
    expect(cell).toContain('<span class="v">0</span>');
    expect(cell).toContain('↔ 11');
    expect(attr(four, 'data-highlighted').length).toBe(5);
    // English headings from the template.
    expect(four).toContain('administrative lawsuits');
    expect(four).toContain('lawsuits after reconsideration');
  });

  it('shows a table 四 printed as three rows (平潭 2021) the same way, with no rows left over', () => {
    const { body } = render(StatsTable, { props: { app: appFor('zh', pingtan), analysis: pingtan } });
    const section = body.match(/<section class="table-wrap"><h2>四、[^]*?<\/section>/)![0];
    expect(section.match(/<table/g)!.length).toBe(1);
    expect(attr(table4(section), 'data-ref')).toEqual(REFS);
  });
});

describe('StatsTable of a long report', () => {
  // Seed 000's tables repeated until they hold far more rows than the page builds at once: a merged
  // volume of many years' tables. Its cells are the first copy's, as the analysis of such a volume keeps.
  const base = seed('000_87410cd3979e9921');
  const copies = Math.ceil(1000 / base.tables.reduce((n, t) => n + t.rows.length, 0));
  const long: Analysis = { ...base, tables: Array.from({ length: copies }, () => base.tables).flat() };
  const rowsIn = (body: string) => (body.match(/<tr/g) ?? []).length;

  it('builds only the first share of its rows in one go; a selected finding’s rows are always built', () => {
    const all = rowsIn(render(StatsTable, { props: { app: appFor('zh', base), analysis: base } }).body);
    const first = rowsIn(render(StatsTable, { props: { app: appFor('zh', long), analysis: long } }).body);
    // Every row of an ordinary report at once, a share of a very long one (the rest one share a frame).
    expect(all).toBeGreaterThan(20);
    expect(first).toBeLessThan(copies * all * 0.5);
    expect(first).toBeGreaterThanOrEqual(Math.min(200, all));
    // A finding whose cells lie in the first copy is shown with them.
    const index = long.findings.findIndex((f) => f.severity !== 'info' && f.cells.length > 0);
    const selected = render(StatsTable, { props: { app: appFor('zh', long, index), analysis: long } }).body;
    expect(selected).toContain('data-highlighted="true"');
  });
});
