// A number in the prose that names a table indicator must agree with the table. `stated` is the prose's
// number, `computed` the table's. When the prose may mean several indicators (主动公开 may be 一, 一(一)
// or 一(二)), it agrees if it equals any of them. A table value whose digits begin the prose's number
// (1489 vs 148954) is diagnosed as cut short.

import { defineRule, type Draft } from '../rule.ts';
import type { Cell, Claim, ClaimLink } from '../../model/types.ts';
import { cellAt, columnsOf, rowName, type RuleContext } from '../context.ts';
import { agreesInTenThousands, moneyInTenThousands } from '../moneyInTenThousands.ts';
import type { RuleExamples } from '../examples.ts';
import { textVersusTable } from '../differenceWords.ts';

export const narrativeVsTable = defineRule({
  id: 'narrative-vs-table',
  run(context) {
    const findings: Draft[] = [];
    for (const link of context.links) {
      const claim = context.claims[link.claim]!;
      const amount = amountFinding(context, link, claim);
      if (amount !== undefined) {
        if (amount) findings.push(amount);
        continue;
      }
      const cells = link.indicators
        .map((id) => cellAt(context, id, link.column ?? 0))
        .filter((c): c is Cell => c?.value.kind === 'number' && (c.unit === '' || sameUnit(c.unit, claim.unit)));
      if (cells.length === 0 || (link.sum && cells.length < link.indicators.length)) continue;
      // A claim about several rows at once (行政诉讼 = both lawsuit groups) is compared with their sum.
      const summed = link.sum ? cells.reduce((s, c) => s + c.value.value!, 0) : undefined;
      const match = summed === undefined ? cells.find((c) => c.value.value === claim.value) : summed === claim.value ? cells[0] : undefined;
      const target = match ?? cells[0]!;
      const table = summed ?? target.value.value!;
      const name = link.sum
        ? { zh: link.indicators.map((id) => rowName(context, id).zh).join(' + '), en: link.indicators.map((id) => rowName(context, id).en).join(' + ') }
        : rowName(context, target.indicator);
      if (match) {
        findings.push({
          severity: 'info',
          message: {
            zh: `正文「${claim.subject}${claim.raw}」与表中 ${name.zh}（${table}）一致。`,
            en: `The text “${claim.subject}${claim.raw}” agrees with ${name.en} (${table}).`,
          },
          stated: claim.value,
          computed: table,
          delta: 0,
          cells: link.sum ? cells.map((c) => c.ref) : [target.ref],
          spans: [claim.pos],
        });
        continue;
      }
      // 受理 counted with last year's carried-over requests: the prose's scope is wider than the row's.
      const together = link.orSum?.map((id) => cellAt(context, id, link.column ?? 0));
      if (together?.every((c) => c?.value.kind === 'number') && together.reduce((s, c) => s + c!.value.value!, 0) === claim.value) {
        const names = link.orSum!.map((id) => rowName(context, id));
        findings.push({
          severity: 'info',
          message: {
            zh: `正文「${claim.subject}${claim.raw}」等于表中 ${names.map((n) => n.zh).join(' + ')}（${claim.value}），而不是 ${name.zh}（${table}）：正文的口径包含了上年结转。`,
            en: `The text's “${claim.subject}${claim.raw}” equals ${names.map((n) => n.en).join(' + ')} (${claim.value}), not ${name.en} (${table}): the text counts the requests carried over too.`,
          },
          stated: claim.value,
          computed: table,
          delta: claim.value - table,
          cells: together.map((c) => c!.ref),
          spans: [claim.pos],
          cause: { kind: 'scope', message: { zh: '口径不同，不视为错误。', en: 'A different scope, not counted as an error.' } },
        });
        continue;
      }
      if (link.narrower) {
        findings.push({
          severity: 'info',
          message: {
            zh: `正文「${claim.subject}${claim.raw}」与表中 ${name.zh}（${table}）口径不同：正文只说「${link.narrower}」，表格是全部汇总。`,
            en: `The text's “${claim.subject}${claim.raw}” and ${name.en} (${table}) differ in scope: the text speaks of “${link.narrower}” only, the table of everything.`,
          },
          stated: claim.value,
          computed: table,
          delta: claim.value - table,
          cells: [target.ref],
          spans: [claim.pos],
          cause: {
            kind: 'scope',
            message: { zh: '口径不同，不视为错误。', en: 'A different scope, not counted as an error.' },
          },
        });
        continue;
      }
      const cut = String(claim.value).startsWith(String(table)) && String(claim.value).length > String(table).length;
      const reading = link.reading ? { zh: `（${link.reading.zh}）`, en: ` (${link.reading.en})` } : { zh: '', en: '' };
      findings.push({
        severity: link.weak && !cut ? 'warning' : 'error',
        message: {
          zh: `正文称「${claim.subject}${claim.raw}」，而表中 ${name.zh} 为 ${table}：${textVersusTable(claim.value, table).zh}${reading.zh}。`,
          en: `The text says “${claim.subject}${claim.raw}”, but the table's ${name.en} is ${table}: ${textVersusTable(claim.value, table).en}${reading.en}.`,
        },
        stated: claim.value,
        computed: table,
        delta: claim.value - table,
        cells: link.sum ? cells.map((c) => c.ref) : [target.ref],
        spans: [claim.pos],
        ...(cut
          ? {
              cause: {
                kind: 'cut-short',
                message: {
                  zh: `表中的 ${table} 正是正文 ${claim.value} 的前 ${String(table).length} 位：表格数字很可能被截断。`,
                  en: `The table's ${table} is the first ${String(table).length} digits of the text's ${claim.value}: the table value was probably cut short.`,
                },
              },
            }
          : link.weak
            ? {
                cause: {
                  kind: 'review',
                  message: {
                    zh: '待核：正文的说法可能指表中另一口径的数字（如只算一部分），未能确定。',
                    en: 'To review: the text may mean a figure of another scope than this row (a part only); the link is not certain.',
                  },
                },
              }
            : {}),
      });
    }
    return findings;
  },
});

/**
 * A link to a column kept in 万元: the prose's amount in its own unit (元, 万元, 亿元) brought to 万元 and
 * compared as rounded (moneyInTenThousands.ts). Null when no comparison can be made (a count linked to an
 * amount column), undefined when the column is no 万元 column.
 */
function amountFinding(context: RuleContext, link: ClaimLink, claim: Claim): Draft | null | undefined {
  if (link.sum || link.indicators.length !== 1) return undefined;
  const indicator = link.indicators[0]!;
  const column = columnsOf(context, indicator)[link.column ?? 0];
  if (column?.kind !== 'amount' || !/万元/.test(column.zh)) return undefined;
  const money = moneyInTenThousands(claim);
  const cell = cellAt(context, indicator, link.column ?? 0);
  if (!money || cell?.value.kind !== 'number' || link.narrower) return null;
  const table = cell.value.value!;
  const name = rowName(context, indicator);
  const agrees = agreesInTenThousands(money, table);
  const stated = Math.round(money.value * 1e6) / 1e6;
  return {
    severity: agrees ? 'info' : 'error',
    message: agrees
      ? { zh: `正文「${claim.subject}${claim.raw}」与表中 ${name.zh}（${table} 万元）按正文的位数一致。`, en: `The text's “${claim.subject}${claim.raw}” agrees with ${name.en} (${table} × 10,000 yuan) to the digits it prints.` }
      : {
          zh: `正文称「${claim.subject}${claim.raw}」（即 ${stated} 万元），而表中 ${name.zh} 为 ${table} 万元：${textVersusTable(stated, table).zh}。`,
          en: `The text says “${claim.subject}${claim.raw}” (${stated} × 10,000 yuan), but the table's ${name.en} is ${table}: ${textVersusTable(stated, table).en}.`,
        },
    stated,
    computed: table,
    delta: agrees ? 0 : Math.round((stated - table) * 1e6) / 1e6,
    cells: [cell.ref],
    spans: [claim.pos],
  };
}

function sameUnit(tableUnit: string, claimUnit: string): boolean {
  if (tableUnit === claimUnit) return true;
  // The narrative counts press conferences in 场 where the table says 次, people in 名 for 人, and
  // interpretation articles in 件 for 篇.
  const alike = [['次', '场', '期'], ['人', '名', '人次', '人数'], ['个', '处'], ['篇', '件']];
  return alike.some((group) => group.includes(tableUnit) && group.includes(claimUnit));
}

export const examples: RuleExamples = {
  ok: [
    { name: '收到申请647件 = 三(一) 647', cells: { '三(一)': '647' }, claims: [{ value: 647, raw: '647件', unit: '件', subject: '收到信息公开申请' }], links: [{ claim: 0, indicators: ['三(一)'], weak: false }], expect: [] },
    { name: 'any of several candidates may match', cells: { 一: '285922', '一(一)': '172385' }, claims: [{ value: 285922, raw: '285922条', unit: '条', subject: '主动公开政府信息' }], links: [{ claim: 0, indicators: ['一', '一(一)'], weak: false }], expect: [] },
    { name: '解读材料1181件 = 二(二)3 1181篇', cells: { '二(二)3': '1181' }, claims: [{ value: 1181, raw: '1181件', unit: '件', subject: '全年通过政府网站共发布解读材料' }], links: [{ claim: 0, indicators: ['二(二)3'], weak: false }], expect: [] },
    {
      name: '受理 counting the carried-over requests too is a scope, not an error',
      cells: { '三.一': '40', '三.二': '5' },
      claims: [{ value: 45, raw: '45件', unit: '件', subject: '共受理申请' }],
      links: [{ claim: 0, indicators: ['三.一'], weak: false, orSum: ['三.一', '三.二'] }],
      expect: [],
    },
    { name: 'a narrower scope is not an error', cells: { '二(二)2': '144' }, claims: [{ value: 41, raw: '41期', unit: '期', subject: '市政府网站在线访谈活动' }], links: [{ claim: 0, indicators: ['二(二)2'], weak: false, narrower: '市政府网站' }], expect: [] },
  ],
  notOk: [
    { name: '申请办结464件 vs 三(二) 461', cells: { '三(二)': '461' }, claims: [{ value: 464, raw: '464件', unit: '件', subject: '申请办结' }], links: [{ claim: 0, indicators: ['三(二)'], weak: false }], expect: [[464, 461]] },
    {
      name: '受理 neither 新收 nor 新收 + 结转',
      cells: { '三.一': '40', '三.二': '5' },
      claims: [{ value: 47, raw: '47件', unit: '件', subject: '共受理申请' }],
      links: [{ claim: 0, indicators: ['三.一'], weak: false, orSum: ['三.一', '三.二'] }],
      expect: [[47, 40]],
    },
    { name: '148954 cut short to 1489 in the table', cells: { '一(一)': '1489' }, claims: [{ value: 148954, raw: '148954条', unit: '条', subject: '新增主动公开信息' }], links: [{ claim: 0, indicators: ['一(一)'], weak: false }], expect: [[148954, 1489]] },
  ],
};
