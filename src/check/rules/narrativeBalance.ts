// The balance of table 三 restated in one sentence of prose (「本年新收申请52件，上年结转1件，办理结果总计50件，
// 结转下年度继续办理2件」): the requests taken in, new and carried over, are those answered and those carried
// to next year, 一 + 二 = 三（七） + 四. Read from the words of the sentence alone, so it holds with or
// without a table, in every template. Only a sentence that names each of the four exactly once is checked:
// 「受理」 may or may not count the carried-over ones, 「按时办结」 is a part of the answers, so neither is read.

import { defineRule, type Draft } from '../rule.ts';
import type { Claim } from '../../model/types.ts';
import type { RuleExamples } from '../examples.ts';

/** The words of each of the four counts, and the words that make a count something else. */
const TERMS: Array<{ words: RegExp; not: RegExp }> = [
  { words: /新收|收到/, not: /结转|受理|办结|答复|办理|累计|历年|以来/ },
  { words: /(上一?年度?|去年|\d{4}年度?)结转/, not: /下一?年/ },
  { words: /办结|办理结果|答复/, not: /按[时期]|延期|未办结|未答复|结转|下一?年|率|累计|历年|以来/ },
  { words: /结转(至|到)?下一?年|转入下一?年|下一?年度(继续)?办理|顺延(至|到)?下一?年/, not: /上一?年|去年/ },
];

export const narrativeBalance = defineRule({
  id: 'narrative-balance',
  run({ claims }) {
    const findings: Draft[] = [];
    const sentences = new Map<number, Claim[]>();
    for (const c of claims) {
      if (c.sentence === undefined || c.approximate || !/^[件条]$/.test(c.unit)) continue;
      sentences.set(c.sentence, [...(sentences.get(c.sentence) ?? []), c]);
    }
    for (const inSentence of sentences.values()) {
      // The words before each number name it (「另有2件结转下年度办理」, named after the number, is not read).
      const words = (c: Claim) => c.subject;
      const four = TERMS.map((t) => inSentence.filter((c) => t.words.test(words(c)) && !t.not.test(words(c))));
      if (four.some((found) => found.length !== 1)) continue;
      const [taken, carriedIn, answered, carriedOut] = four.map((found) => found[0]!) as [Claim, Claim, Claim, Claim];
      if (new Set([taken, carriedIn, answered, carriedOut]).size !== 4 || taken.unit !== answered.unit) continue;
      // 「收到申请446件（含上年结转27件）」: the intake already counts the carried-over requests.
      const included = /^[（(]?\s*(其中|含|包括|包含)/.test(carriedIn.subject);
      const left = included ? taken.value : taken.value + carriedIn.value;
      const right = answered.value + carriedOut.value;
      const spans = [taken.pos, carriedIn.pos, answered.pos, carriedOut.pos];
      findings.push({
        severity: left === right ? 'info' : 'error',
        message:
          left === right
            ? { zh: `正文：收到（含结转）${left} = 办结 ${answered.value} + 结转下年 ${carriedOut.value}，相符。`, en: `The text: taken in (with those carried over) ${left} = answered ${answered.value} + carried to next year ${carriedOut.value}, as it should.` }
            : {
                zh: `正文称收到 ${taken.value} 件、${included ? '其中' : ''}上年结转 ${carriedIn.value} 件（共 ${left}），办结 ${answered.value} 件、结转下年 ${carriedOut.value} 件（共 ${right}），两边不等（一 + 二 应等于 三（七） + 四）。`,
                en: `The text gives ${taken.value} taken in and ${carriedIn.value} carried over${included ? ' among them' : ''} (${left}), but ${answered.value} answered and ${carriedOut.value} carried to next year (${right}): 一 + 二 should equal 三（七） + 四.`,
              },
        stated: left,
        computed: right,
        delta: left - right,
        cells: [],
        spans,
      });
    }
    return findings;
  },
});

const claim = (value: number, subject: string, sentence = 0) => ({ value, raw: `${value}件`, unit: '件', subject, sentence });
export const examples: RuleExamples = {
  ok: [
    { name: '新收52，上年结转1，办理结果53，结转下年0', claims: [claim(52, '本年新收政府信息公开申请'), claim(1, '上年结转'), claim(53, '本年度办理结果总计'), claim(0, '结转下年度继续办理')], expect: [] },
    // Not checked: 受理 may count the carried-over requests; the four across two sentences; one of them twice.
    { name: '受理53件 …', claims: [claim(53, '全年受理申请'), claim(1, '上年结转'), claim(50, '办结'), claim(2, '结转下年度继续办理')], expect: [] },
    { name: 'two sentences', claims: [claim(52, '新收申请'), claim(1, '上年结转'), claim(50, '办结', 1), claim(2, '结转下年度继续办理', 1)], expect: [] },
    { name: '收到446件（含上年结转27件），办结435件，结转下年度11件', claims: [claim(446, '全市共收到政府信息公开申请'), claim(27, '含上年结转'), claim(435, '办结'), claim(11, '结转下年度继续办理')], expect: [] },
    { name: 'on-time answers are a part', claims: [claim(52, '新收申请'), claim(1, '上年结转'), claim(50, '按时办结'), claim(2, '结转下年度继续办理')], expect: [] },
  ],
  notOk: [
    { name: '新收52 + 结转1 ≠ 办结50 + 结转下年2', claims: [claim(52, '本年新收政府信息公开申请'), claim(1, '上年结转'), claim(50, '本年度办理结果总计'), claim(2, '结转下年度继续办理')], expect: [[53, 52]] },
    { name: '收到14 + 2022年结转1 ≠ 办结12 + 转入下一年度2', claims: [claim(14, '全街道共收到政府信息公开申请'), claim(1, '2022年结转'), claim(12, '办结'), claim(2, '转入下一年度办理')], expect: [[15, 14]] },
  ],
};
