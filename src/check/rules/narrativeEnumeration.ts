// A whole in the prose and the parts it lists after 「其中」 must add up. Parts that exceed the whole are
// a contradiction (an error); parts that fall short of a list that claims to be complete are a warning,
// since prose often leaves a category out; a list marked 「主要」/「等」 is only checked for exceeding.
// A single 「其中」 figure is a subset, not a breakdown, and is not summed.

import type { Finding } from '../../model/types.ts';
import type { Rule } from '../context.ts';

export const narrativeEnumeration: Rule = {
  id: 'narrative-sum',
  run({ claims, enumerations }) {
    const findings: Finding[] = [];
    for (const e of enumerations) {
      if (e.parts.length < 2) continue;
      const whole = claims[e.whole]!;
      const parts = e.parts.map((i) => claims[i]!);
      const places = Math.max(0, ...[whole, ...parts].map((c) => (String(c.value).split('.')[1] ?? '').length));
      const scale = 10 ** places;
      const computed = parts.reduce((s, p) => s + Math.round(p.value * scale), 0) / scale;
      const listed = parts.map((p) => p.value).join(' + ');
      const over = computed > whole.value;
      const under = computed < whole.value && e.complete;
      const spans = [whole.pos, ...parts.map((p) => p.pos)];
      if (!over && !under) {
        if (computed === whole.value) {
          findings.push({
            rule: 'narrative-sum',
            severity: 'info',
            message: {
              zh: `正文「${whole.subject}${whole.raw}」= ${listed}，相符。`,
              en: `The text's “${whole.subject}${whole.raw}” equals its listed parts (${listed}).`,
            },
            stated: whole.value,
            computed,
            delta: 0,
            cells: [],
            spans,
          });
        }
        continue;
      }
      const delta = Math.round((whole.value - computed) * scale) / scale;
      findings.push({
        rule: 'narrative-sum',
        severity: over ? 'error' : 'warning',
        message: {
          zh: `正文称「${whole.subject}${whole.raw}」，其后「其中」列出的 ${parts.length} 项合计 ${computed}（${listed}），${over ? '超出' : '少于'}总数 ${Math.abs(delta)}。`,
          en: `The text says “${whole.subject}${whole.raw}”, but the ${parts.length} parts it lists add up to ${computed} (${listed}), ${over ? 'more' : 'less'} than the whole by ${Math.abs(delta)}.`,
        },
        stated: whole.value,
        computed,
        delta,
        cells: [],
        spans,
      });
    }
    return findings;
  },
};
