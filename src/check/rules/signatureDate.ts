// A report signed before its statistical period ends cannot report on the whole period: usually the
// year under the signature is a typo (seed 000 is signed 2018年1月24日 for the year 2018).

import { defineRule, type Draft } from '../rule.ts';
import type { RuleExamples } from '../examples.ts';

export const signatureDate = defineRule({
  id: 'signature-date',
  run({ meta }) {
    if (!meta.signed || !meta.period) return [];
    if (meta.signed.date >= meta.period.end) return [];
    const finding: Draft = {
      severity: 'warning',
      message: {
        zh: `落款日期 ${meta.signed.date} 早于统计期截止日 ${meta.period.end}：日期可能有误（年份笔误？）。`,
        en: `The report is dated ${meta.signed.date}, before its statistical period ends on ${meta.period.end}: the date is probably wrong.`,
      },
      cells: [],
      spans: [meta.signed.pos, ...(meta.period.pos ? [meta.period.pos] : [])],
    };
    return [finding];
  },
});

const at = { line: 1, col: 1, length: 10 };
export const examples: RuleExamples = {
  ok: [{ name: 'signed after the period', meta: { period: { start: '2018-01-01', end: '2018-12-31' }, signed: { date: '2019-01-25', pos: at } }, expect: [] }],
  notOk: [{ name: 'signed 2018-01-24 for the year 2018', meta: { period: { start: '2018-01-01', end: '2018-12-31' }, signed: { date: '2018-01-24', pos: at } }, expect: [[undefined, undefined]] }],
};
