// The same quantity stated twice in the prose with two numbers (「收到申请464件」 in the summary, 「受理申请
// 465件」 in the detail) contradicts itself, whatever the table says. Claims are the same quantity when
// the lexicon links them to the same indicator; claims of a narrower scope are left out.

import { defineRule, type Draft } from '../rule.ts';
import type { RuleExamples } from '../examples.ts';

export const narrativeTwice = defineRule({
  id: 'narrative-twice',
  run({ claims, links }) {
    const findings: Draft[] = [];
    const byQuantity = new Map<string, number[]>();
    for (const link of links) {
      // Only a link to one quantity identifies it (several candidates mean the prose may mean any).
      // 受理 that may count the carried-over requests (orSum) is not the same quantity as 新收 either.
      if (link.narrower || link.weak || link.orSum || (link.indicators.length > 1 && !link.sum)) continue;
      const key = `${link.indicators.join('+')}@${link.column ?? 0}`;
      byQuantity.set(key, [...(byQuantity.get(key) ?? []), link.claim]);
    }
    for (const [key, indices] of byQuantity) {
      const first = claims[indices[0]!]!;
      const other = indices.map((i) => claims[i]!).find((c) => c.value !== first.value);
      if (!other) continue;
      findings.push({
        severity: 'warning',
        message: {
          zh: `正文两处说同一数量（${key.split('@')[0]}）却不一致：「${first.subject}${first.raw}」与「${other.subject}${other.raw}」。`,
          en: `The text states the same quantity (${key.split('@')[0]}) twice with two numbers: “${first.subject}${first.raw}” and “${other.subject}${other.raw}”.`,
        },
        stated: first.value,
        computed: other.value,
        delta: first.value - other.value,
        cells: [],
        spans: [first.pos, other.pos],
      });
    }
    return findings;
  },
});

const claim = (value: number, subject: string) => ({ value, raw: `${value}件`, unit: '件', subject });
export const examples: RuleExamples = {
  ok: [{ name: '收到647件 twice', claims: [claim(647, '收到申请'), claim(647, '共受理申请')], links: [{ claim: 0, indicators: ['三(一)'], weak: false }, { claim: 1, indicators: ['三(一)'], weak: false }], expect: [] }],
  notOk: [{ name: '收到464件 and 受理465件', claims: [claim(464, '收到申请'), claim(465, '共受理申请')], links: [{ claim: 0, indicators: ['三(一)'], weak: false }, { claim: 1, indicators: ['三(一)'], weak: false }], expect: [[464, 465]] }],
};
