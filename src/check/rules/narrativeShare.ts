// A share the prose prints (「其中市级机关57034条，占总数的38.3%」) must be the part divided by the whole,
// rounded as printed: 38.3% stands for anything from 38.25% to 38.35%. `stated` is the printed
// percentage, `computed` the exact share rounded to the same number of decimals.

import { defineRule, type Draft } from '../rule.ts';
import type { RuleExamples } from '../examples.ts';

export const narrativeShare = defineRule({
  id: 'narrative-share',
  run({ claims, enumerations }) {
    const findings: Draft[] = [];
    for (const e of enumerations) {
      const whole = claims[e.whole]!;
      if (whole.value === 0) continue;
      for (const share of e.shares ?? []) {
        const part = claims[share.part]!;
        const percent = claims[share.percent]!;
        const decimals = (String(percent.value).split('.')[1] ?? '').length;
        const exact = (part.value / whole.value) * 100;
        const scale = 10 ** decimals;
        const computed = Math.round(exact * scale) / scale;
        // Half a unit of the last printed digit, plus a hair for binary fractions.
        const holds = Math.abs(exact - percent.value) <= 0.5 / scale + 1e-9;
        // A share cut off instead of rounded (2.96% printed as 2.9%) is a slip of method, not of fact.
        const truncated = !holds && Math.floor(exact * scale + 1e-9) / scale === percent.value;
        findings.push({
          severity: holds ? 'info' : truncated ? 'warning' : 'error',
          message: holds
            ? { zh: `正文 ${part.value} / ${whole.value} = ${computed.toFixed(decimals)}%，与所写 ${percent.raw} 相符。`, en: `${part.value} / ${whole.value} = ${computed}%, as printed (${percent.raw}).` }
            : {
                zh: `正文称 ${part.value} 占 ${whole.value} 的 ${percent.raw}，实际为 ${computed.toFixed(decimals)}%。`,
                en: `The text says ${part.value} is ${percent.raw} of ${whole.value}; it is ${computed}%.`,
              },
          stated: percent.value,
          computed,
          delta: Math.round((percent.value - computed) * scale) / scale,
          cells: [],
          spans: [percent.pos, part.pos, whole.pos],
          ...(truncated
            ? {
                cause: {
                  kind: 'truncated',
                  message: { zh: `${exact.toFixed(decimals + 2)}% 被截断而不是四舍五入为 ${percent.raw}。`, en: `${exact.toFixed(decimals + 2)}% was cut off rather than rounded to ${percent.raw}.` },
                },
              }
            : {}),
        });
      }
    }
    return findings;
  },
});

const claim = (value: number, unit = '件') => ({ value, raw: `${value}${unit}`, unit, subject: '' });
export const examples: RuleExamples = {
  ok: [
    {
      name: '57034 of 148954 is 38.3%, 91920 is 61.7%',
      claims: [claim(148954, '条'), claim(57034, '条'), claim(38.3, '%'), claim(91920, '条'), claim(61.7, '%')],
      enumerations: [{ whole: 0, parts: [1, 3], complete: true, shares: [{ part: 1, percent: 2 }, { part: 3, percent: 4 }] }],
      expect: [],
    },
    { name: '177 of 647 is 27.4% (27.36 rounds up)', claims: [claim(647), claim(177), claim(27.4, '%')], enumerations: [{ whole: 0, parts: [1], complete: true, shares: [{ part: 1, percent: 2 }] }], expect: [] },
  ],
  notOk: [
    { name: '60 of 2026 is 2.96%, cut off to 2.9%', claims: [claim(2026, '条'), claim(60, '条'), claim(2.9, '%')], enumerations: [{ whole: 0, parts: [1], complete: true, shares: [{ part: 1, percent: 2 }] }], expect: [[2.9, 3]] },
    { name: '177 of 647 is not 28.4%', claims: [claim(647), claim(177), claim(28.4, '%')], enumerations: [{ whole: 0, parts: [1], complete: true, shares: [{ part: 1, percent: 2 }] }], expect: [[28.4, 27.4]] },
  ],
};
