// A rate in the prose (「申请办结464件，办结率100%」) must follow from the counts the same sentence gives:
// 办结率 = 办结 / 收到. The counts are the nearest ones before the rate whose subjects name them.
// `stated` is the printed rate, `computed` the counts' ratio rounded as printed.

import { defineRule, type Draft } from '../rule.ts';
import type { Claim } from '../../model/types.ts';
import type { RuleExamples } from '../examples.ts';

/** Answers counted by their being in time, in the words reports use for it. */
const ON_TIME = /(?:按[时期]|如期|及时|(?:法定|规定)(?:答复)?(?:期限|时限)内)[^，。；]{0,6}(?:办结|答复|办理)/;

/** What each rate divides: [numerator words, denominator words]. */
const RATES: Array<{ rate: RegExp; numerator: RegExp; denominator: RegExp }> = [
  // An on-time rate divides the answers given in time (「按时办结」, 「在法定期限内答复」) by all the answers,
  // or by the requests when the answers are not said.
  { rate: /(?:按[时期]|如期|及时)(?:办结|答复|办理)率$/, numerator: ON_TIME, denominator: /办结|答复|收到|受理|申请/ },
  { rate: /(?<!按[时期]|如期|及时)办结率$/, numerator: /办结/, denominator: /收到|受理|申请/ },
  { rate: /(?<!按[时期]|如期|及时)答复率$/, numerator: /答复/, denominator: /收到|受理|申请/ },
];

export const narrativeRate = defineRule({
  id: 'narrative-rate',
  run({ claims }) {
    const findings: Draft[] = [];
    claims.forEach((claim, index) => {
      if (claim.unit !== '%') return;
      const kind = RATES.find((r) => r.rate.test(claim.subject.replace(/[为达是：:\s]+$/, '')));
      if (!kind) return;
      // Counts from the rate's own sentence, before it: a count of an earlier sentence may be of anything
      // (「其中通过平台提交的申请31件。已办结49件，办结率94.2%」 divides by the 52 said before, not 31).
      const before = claims.slice(0, index).filter((c) => c.unit !== '%' && c.offset > claim.offset - 120 && c.sentence === claim.sentence).reverse();
      const numerator = before.find((c) => kind.numerator.test(c.subject));
      const isDenominator = (c: Claim) => c !== numerator && kind.denominator.test(c.subject) && !kind.numerator.test(c.subject);
      // The whole is said before its part (「收到464件，办结461件」), or after it as the larger count
      // (「按时办结395件，办结总数为412件，按时办结率…」).
      const denominator =
        before.find((c) => c.offset < (numerator?.offset ?? 0) && isDenominator(c)) ??
        before.find((c) => numerator !== undefined && c.offset > numerator.offset && c.value >= numerator.value && isDenominator(c));
      if (!numerator || !denominator || denominator.value === 0) return;
      findings.push(rateFinding(claim, numerator, denominator));
    });
    return findings;
  },
});

function rateFinding(rate: Claim, numerator: Claim, denominator: Claim): Draft {
  const decimals = (String(rate.value).split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  const exact = (numerator.value / denominator.value) * 100;
  const computed = Math.round(exact * scale) / scale;
  const holds = Math.abs(exact - rate.value) <= 0.5 / scale + 1e-9;
  return {
    severity: holds ? 'info' : 'error',
    message: holds
      ? { zh: `「${rate.subject}${rate.raw}」= ${numerator.value} / ${denominator.value}，相符。`, en: `“${rate.subject}${rate.raw}” = ${numerator.value} / ${denominator.value}, as printed.` }
      : {
          zh: `正文称「${rate.subject}${rate.raw}」，但按其所列 ${numerator.value} / ${denominator.value} 计算为 ${computed.toFixed(decimals)}%。`,
          en: `The text says “${rate.subject}${rate.raw}”, but its own counts give ${numerator.value} / ${denominator.value} = ${computed.toFixed(decimals)}%.`,
        },
    stated: rate.value,
    computed,
    delta: Math.round((rate.value - computed) * scale) / scale,
    cells: [],
    spans: [rate.pos, numerator.pos, denominator.pos],
  };
}

const claim = (value: number, subject: string, unit = '件', sentence = 0) => ({ value, raw: `${value}${unit}`, unit, subject, sentence });
export const examples: RuleExamples = {
  ok: [
    { name: '收到647件，办结647件，办结率100%', claims: [claim(647, '收到信息公开申请'), claim(647, '办结'), claim(100, '办结率', '%')], expect: [] },
    // Not checked: a count of the sentence before the rate's, and an on-time rate whose on-time count is not given.
    { name: '收到申请60件。已办结49件，办结率94.2%', claims: [claim(60, '收到申请'), claim(49, '已办结', '件', 1), claim(94.2, '办结率', '%', 1)], expect: [] },
    { name: '收到申请140件，本年度办结132件，按期办结率100%', claims: [claim(140, '收到申请'), claim(132, '本年度办结'), claim(100, '按期办结率', '%')], expect: [] },
    { name: '受理申请26件，均按时办结26件，按时办结率100%', claims: [claim(26, '受理申请'), claim(26, '均按时办结'), claim(100, '按时办结率', '%')], expect: [] },
    { name: '按时办结申请47件，办结总数为48件，按时办结率97.9%', claims: [claim(47, '按时办结申请'), claim(48, '办结总数为'), claim(97.9, '按时办结率为', '%')], expect: [] },
  ],
  notOk: [
    { name: '收到464件，办结461件，办结率100%', claims: [claim(464, '收到依申请公开'), claim(461, '申请办结'), claim(100, '办结率', '%')], expect: [[100, 99]] },
    {
      name: '答复申请57件，其中在法定期限内答复55件，及时答复率98.2%',
      claims: [claim(57, '答复申请'), claim(55, '其中在法定期限内答复'), claim(98.2, '及时答复率', '%')],
      expect: [[98.2, 96.5]],
    },
    { name: '全年按时办结申请395件，办结总数为412件，按时办结率为97.3%', claims: [claim(395, '全年按时办结申请'), claim(412, '办结总数为'), claim(97.3, '按时办结率为', '%')], expect: [[97.3, 95.9]] },
  ],
};
