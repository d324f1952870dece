// A whole in the prose and the parts it lists must agree. When the parts are categories of one division
// (outcomes, applicant types, 区直 / 乡镇), parts that exceed the whole are a contradiction (an error) and
// parts that fall short of a list that claims to be complete are to be reviewed (prose often leaves a
// category out); a list marked 「主要」/「等」 is only checked for exceeding. When the parts may overlap
// (网上申请 and 为民办实事项目, or what a parenthesis says the whole includes), only each part is checked:
// no part may exceed its whole. A single 「其中」 figure is a subset, not a breakdown.

import { defineRule, type Draft } from '../rule.ts';
import { cellAt, type RuleContext } from '../context.ts';
import type { RuleExamples } from '../examples.ts';
import type { Claim, ClaimLink, Enumeration } from '../../model/types.ts';
import type { TemplateDef } from '../../template/definition.ts';
import { decimalsOf, exactSum } from '../../narrative/exactSum.ts';

export const narrativeEnumeration = defineRule({
  id: 'narrative-sum',
  run(context) {
    const { claims, enumerations, links, template } = context;
    const findings: Draft[] = [];
    for (const e of enumerations) {
      const whole = claims[e.whole]!;
      const parts = e.parts.map((i) => claims[i]!);
      const byTable = e.subset && parts.length >= 2 && rowsOfTheWhole(e, links, template);
      if ((e.subset && !byTable) || parts.length < 2) findings.push(...partsWithin(whole, parts));
      else findings.push(...partition(whole, parts, e, () => restatesTable([e.whole, ...e.parts], context), claims));
    }
    return findings;
  },
});

/**
 * Every number of the list restates its own cell of the table, exactly (「行政复议10件，其中结果维持6件、结果
 * 纠正2件」 against 10 | 6 | 2): a list that falls short then only leaves out categories the table holds,
 * and whether the table adds up is the table's own checks' business.
 */
function restatesTable(indices: number[], context: RuleContext): boolean {
  return indices.every((index) => {
    const link = context.links.find((l) => l.claim === index);
    if (!link || link.narrower || link.sum) return false;
    // A number the prose may mean as either of two rows (收到申请: 三(一) or the section row 三) restates
    // the table when one of them holds it.
    return link.indicators.some((id) => {
      const cell = cellAt(context, id, link.column ?? 0);
      return cell?.value.kind === 'number' && cell.value.value === context.claims[index]!.value;
    });
  });
}

/**
 * Parts whose words the table itself divides the whole by: each linked to its own row among the rows the
 * template sums into the whole's row (「不予公开9件，其中属于保护第三方合法权益6件、属于三类内部事务信息4件」 →
 * 三.三(三)4 and 三.三(三)5). Such a list is a partition even when no division of divisions.ts names it.
 */
function rowsOfTheWhole(e: Enumeration, links: ClaimLink[], template: TemplateDef): boolean {
  const whole = links.find((l) => l.claim === e.whole);
  // A whole that may be either of several rows (主动公开 = 一(一) or the channels' 一(二)) does not say which
  // row's parts the list names: channels that publish one item twice add up past 一(一).
  if (!whole || whole.narrower || (!whole.sum && whole.indicators.length !== 1)) return false;
  const rows = new Set(whole.sum ? whole.indicators : whole.indicators.flatMap((id) => template.relations.flatMap((r) => (r.kind === 'sum' && r.parent === id ? r.parts : []))));
  const targets = e.parts.map((p) => links.find((l) => l.claim === p));
  if (targets.some((t) => !t || t.narrower || t.indicators.length !== 1 || !rows.has(t.indicators[0]!))) return false;
  return new Set(targets.map((t) => `${t!.indicators[0]}@${t!.column ?? 0}`)).size === targets.length;
}

/** Overlapping parts: each within the whole. */
function partsWithin(whole: Claim, parts: Claim[]): Draft[] {
  return parts
    .filter((p) => p.value > whole.value)
    .map((p) => ({
      severity: 'error' as const,
      message: {
        zh: `正文称「${whole.subject}${whole.raw}」，其中「${p.subject}${p.raw}」却多于总数 ${p.value - whole.value}。`,
        en: `The text says “${whole.subject}${whole.raw}”, but its part “${p.subject}${p.raw}” exceeds it by ${p.value - whole.value}.`,
      },
      stated: whole.value,
      computed: p.value,
      delta: whole.value - p.value,
      cells: [],
      spans: [whole.pos, p.pos],
    }));
}

/**
 * Every part printed with its share of the whole, each share right for its part (as rounded), and the
 * shares together well short of 100 %: the prose measured its parts against this whole and names only
 * some of them (「在办结的1051件中，予以公开412件，占39.2%；部分公开97件，占9.2%；无法提供386件，占36.7%」).
 * A list that falls short so says so itself.
 */
function sharesSayPartial(e: Enumeration, claims: Claim[]): boolean {
  const whole = claims[e.whole]!;
  const shares = e.shares ?? [];
  if (whole.value <= 0 || shares.length !== e.parts.length || new Set(shares.map((s) => s.part)).size !== e.parts.length) return false;
  let total = 0;
  for (const { part, percent } of shares) {
    const share = claims[percent]?.value;
    if (share === undefined || !e.parts.includes(part)) return false;
    const decimals = (String(share).split('.')[1] ?? '').length;
    if (Math.abs((claims[part]!.value / whole.value) * 100 - share) > 0.5 / 10 ** decimals + 1e-9) return false;
    total += share;
  }
  return total < 99;
}

/** Categories of one division: they add up to the whole. */
function partition(whole: Claim, parts: Claim[], e: Enumeration, restatesTable: () => boolean, claims: Claim[]): Draft[] {
  const places = decimalsOf([whole, ...parts].map((c) => c.value));
  const scale = 10 ** places;
  const computed = exactSum(parts.map((p) => p.value), places);
  const listed = parts.map((p) => p.value).join(' + ');
  const over = computed > whole.value;
  const under = computed < whole.value && e.complete && !restatesTable() && !sharesSayPartial(e, claims);
  const spans = [whole.pos, ...parts.map((p) => p.pos)];
  if (!over && !under) {
    if (computed !== whole.value) return [];
    return [
      {
        severity: 'info',
        message: { zh: `正文「${whole.subject}${whole.raw}」= ${listed}，相符。`, en: `The text's “${whole.subject}${whole.raw}” equals its listed parts (${listed}).` },
        stated: whole.value,
        computed,
        delta: 0,
        cells: [],
        spans,
      },
    ];
  }
  const delta = Math.round((whole.value - computed) * scale) / scale;
  return [
    {
      severity: over ? 'error' : 'warning',
      message: {
        zh: `正文称「${whole.subject}${whole.raw}」，其后列出的 ${parts.length} 项合计 ${computed}（${listed}），${over ? '超出' : '少于'}总数 ${Math.abs(delta)}。`,
        en: `The text says “${whole.subject}${whole.raw}”, but the ${parts.length} parts it lists add up to ${computed} (${listed}), ${over ? 'more' : 'less'} than the whole by ${Math.abs(delta)}.`,
      },
      stated: whole.value,
      computed,
      delta,
      cells: [],
      spans,
      ...(over
        ? {}
        : { cause: { kind: 'review', message: { zh: '待核：正文可能略去了某一类别。', en: 'To review: the text may leave a category out.' } } }),
    },
  ];
}

const claim = (value: number, subject: string, unit = '件') => ({ value, raw: `${value}${unit}`, unit, subject });
export const examples: RuleExamples = {
  ok: [
    {
      name: 'parts short of their whole, each with its right share, the shares short of 100 %: a choice of categories',
      claims: [claim(200, '办结'), claim(120, '予以公开'), claim(60, '占', '%'), claim(40, '部分公开'), claim(20, '占', '%')],
      enumerations: [{ whole: 0, parts: [1, 3], complete: true, shares: [{ part: 1, percent: 2 }, { part: 3, percent: 4 }] }],
      expect: [],
    },
    { name: '15 = 1+1+1+4+1+1+6', claims: [claim(15, '行政复议'), ...[1, 1, 1, 4, 1, 1, 6].map((v) => claim(v, ''))], enumerations: [{ whole: 0, parts: [1, 2, 3, 4, 5, 6, 7], complete: true }], expect: [] },
    { name: 'an incomplete list (主要…等) may fall short', claims: [claim(100, '申请'), claim(30, ''), claim(20, '')], enumerations: [{ whole: 0, parts: [1, 2], complete: false }], expect: [] },
    { name: 'a single 其中 figure is a subset, not a breakdown', claims: [claim(28, '访谈', '期'), claim(28, '', '期')], enumerations: [{ whole: 0, parts: [1], complete: true }], expect: [] },
    {
      name: 'channels of a whole that may be 一(一) or 一(二) publish one item twice: 6240 of which 5980 + 320',
      claims: [claim(6240, '主动公开政府信息', '条'), claim(5980, '其中通过政府网站公开', '条'), claim(320, '政府公报公开', '条')],
      enumerations: [{ whole: 0, parts: [1, 2], complete: true, subset: true }],
      links: [
        { claim: 0, indicators: ['一(一)', '一(二)'], weak: false },
        { claim: 1, indicators: ['一(二)2'], weak: false },
        { claim: 2, indicators: ['一(二)1'], weak: false },
      ],
      expect: [],
    },
    {
      name: 'a list that leaves categories out is no contradiction when each of its numbers is its cell’s',
      claims: [claim(10, '行政复议'), claim(6, '其中结果维持'), claim(2, '结果纠正')],
      enumerations: [{ whole: 0, parts: [1, 2], complete: true }],
      cells: { '四': '10', '四(一)': '6', '四(二)': '2' },
      links: [
        { claim: 0, indicators: ['四'], weak: false },
        { claim: 1, indicators: ['四(一)'], weak: false },
        { claim: 2, indicators: ['四(二)'], weak: false },
      ],
      expect: [],
    },
    {
      name: 'overlapping parts need not add up: 收到60件，其中网上申请50件，为民办实事项目12件',
      claims: [claim(60, '收到申请'), claim(50, '其中网上申请'), claim(12, '为民办实事项目')],
      enumerations: [{ whole: 0, parts: [1, 2], complete: true, subset: true }],
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'parts short of their whole with shares that do not fit it are still to review',
      claims: [claim(200, '办结'), claim(120, '予以公开'), claim(70, '占', '%'), claim(40, '部分公开'), claim(20, '占', '%')],
      enumerations: [{ whole: 0, parts: [1, 3], complete: true, shares: [{ part: 1, percent: 2 }, { part: 3, percent: 4 }] }],
      expect: [[200, 160]],
    },
    { name: '办结464件 but eight outcomes sum to 634', claims: [claim(464, '申请办结'), ...[186, 252, 11, 20, 29, 108, 6, 22].map((v) => claim(v, ''))], enumerations: [{ whole: 0, parts: [1, 2, 3, 4, 5, 6, 7, 8], complete: true }], expect: [[464, 634]] },
    { name: '60 个 of which 32 + 11', claims: [claim(60, '部门', '个'), claim(32, '', '个'), claim(11, '', '个')], enumerations: [{ whole: 0, parts: [1, 2], complete: true }], expect: [[60, 43]] },
    { name: 'an overlapping part larger than its whole', claims: [claim(60, '收到申请'), claim(70, '其中网上申请'), claim(12, '为民办实事项目')], enumerations: [{ whole: 0, parts: [1, 2], complete: true, subset: true }], expect: [[60, 70]] },
    {
      name: 'reasons the table divides 不同意公开 by add up to more than it (a partition by the table’s own rows)',
      claims: [claim(20, '不同意公开'), claim(12, '其中涉及国家秘密'), claim(11, '涉及商业秘密')],
      enumerations: [{ whole: 0, parts: [1, 2], complete: true, subset: true }],
      links: [
        { claim: 0, indicators: ['三(三)4'], weak: false },
        { claim: 1, indicators: ['三(三)4其中1'], weak: false },
        { claim: 2, indicators: ['三(三)4其中2'], weak: false },
      ],
      expect: [[20, 23]],
    },
    {
      name: 'parts that fall short are to review when they do not all restate the table',
      claims: [claim(10, '行政复议'), claim(6, '其中结果维持'), claim(2, '结果纠正')],
      enumerations: [{ whole: 0, parts: [1, 2], complete: true }],
      cells: { '四': '10', '四(一)': '6', '四(二)': '1' },
      links: [
        { claim: 0, indicators: ['四'], weak: false },
        { claim: 1, indicators: ['四(一)'], weak: false },
        { claim: 2, indicators: ['四(二)'], weak: false },
      ],
      expect: [[10, 8]],
    },
    { name: '（含上年结转40件）of 30', claims: [claim(30, '共办结申请'), claim(40, '含上年结转')], enumerations: [{ whole: 0, parts: [1], complete: true, subset: true }], expect: [[30, 40]] },
  ],
};
