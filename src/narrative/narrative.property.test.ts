// Properties of the narrative stage that any wording must keep: a sentence is read the same whatever prose
// surrounds it, and a list is checked the same whatever order its parts come in.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NormLine } from '../model/types.ts';
import { gov2021 } from '../template/gov2021.ts';
import { national2008 } from '../template/national2008.ts';
import type { TemplateDef } from '../template/definition.ts';
import { runRule } from '../check/rule.ts';
import type { RuleContext } from '../check/context.ts';
import { narrativeEnumeration } from '../check/rules/narrativeEnumeration.ts';
import { narrativeShare } from '../check/rules/narrativeShare.ts';
import { narrativeRate } from '../check/rules/narrativeRate.ts';
import { textStream } from './textStream.ts';
import { readClaims } from './readClaims.ts';
import { readEnumerations } from './readEnumerations.ts';
import { linkClaims } from './linkClaims.ts';
import { linkParts } from './linkParts.ts';

/** What the narrative stage makes of a text: the links and the prose-only findings, by claim text. */
function readOf(text: string, template: TemplateDef) {
  const lines: NormLine[] = text.split('\n').map((t, i) => ({ line: i + 1, text: t, cols: [...t].map((_, k) => k + 1), fold: 1 }));
  const stream = textStream(lines);
  const claims = readClaims(stream);
  const enumerations = readEnumerations(stream.text, claims);
  const links = linkParts(template, claims, enumerations, linkClaims(template, claims, stream.text));
  const context = { template, claims, enumerations, links, cells: new Map(), columns: [], meta: {} } as unknown as RuleContext;
  const findings = [narrativeEnumeration, narrativeShare, narrativeRate].flatMap((rule) =>
    runRule(rule, context).map((f) => `${rule.id} ${f.severity} ${f.stated}/${f.computed}`),
  );
  const linked = links.map((l) => `${claims[l.claim]!.raw}→${l.indicators.join('+')}@${l.column ?? 0}${l.narrower ? '~' : ''}`);
  return { findings: findings.sort(), linked: linked.sort() };
}

/** Sentences of the register with no number in them: nothing in them relates to anything else. */
const FILLERS = [
  '我们将继续深入贯彻落实《中华人民共和国政府信息公开条例》。',
  '进一步规范依申请公开办理流程，提升答复质量。',
  '政府信息公开工作仍存在一些不足，主要是公开内容不够全面。',
  '加强对工作人员的业务培训，提高依法公开的意识和能力。',
  '（二）主动公开政府信息情况',
  '下一步，我们将围绕群众关切，持续加大公开力度。',
];

/** Sentences from the classes of the labelled corpus, each a self-contained statement. */
const SENTENCES: Array<[TemplateDef, string]> = [
  [gov2021, '全年共办结政府信息公开申请520件（含上年结转40件），其中予以公开230件，占44.2%；部分公开96件，占18.5%；无法提供194件，占37.3%。'],
  [gov2021, '收到申请60件，其中网上申请50件，为民办实事项目12件。'],
  [gov2021, '全年新收政府信息公开申请147件，其中网上申请102件、当面申请31件、信函申请14件；办结145件，其中予以公开63件、部分公开19件。'],
  [gov2021, '因政府信息公开申请提起行政复议4件，其中结果维持3件、尚未审结1件；提起行政诉讼2件，其中复议后起诉1件。'],
  [national2008, '全年答复申请152件，其中属于已主动公开范围的41件，占27%；同意公开的78件，占51.3%。'],
  [national2008, '2018年，我市通过当面、传真、网络、信函等方式收到信息公开申请647件，办结647件，办结率100%。'],
  [national2008, '全县主动公开政府信息7284条，其中县直部门公开5126条，各乡镇公开2158条。'],
];

describe('narrative properties', () => {
  it('reads a sentence the same whatever unrelated prose comes before and after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SENTENCES),
        fc.array(fc.constantFrom(...FILLERS), { maxLength: 4 }),
        fc.array(fc.constantFrom(...FILLERS), { maxLength: 4 }),
        fc.boolean(),
        ([template, sentence], before, after, breakLines) => {
          const join = breakLines ? '\n' : '';
          const alone = readOf(sentence, template);
          const surrounded = readOf([...before, sentence, ...after].join(join), template);
          expect(surrounded).toEqual(alone);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('checks a list the same whatever order its parts come in', () => {
    const ways = ['当面申请', '网上申请', '信函申请', '传真申请', '电子邮件申请'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ways.map((w, i) => i), { minLength: 2 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 2000 }),
        (order, values, whole) => {
          const list = (indices: number[]) => indices.map((i) => `${ways[i]}${values[i]}件`).join('、');
          const sorted = [...order].sort((a, b) => a - b);
          const text = (indices: number[]) => `全年收到政府信息公开申请${whole}件，其中${list(indices)}。`;
          expect(readOf(text(order), national2008).findings).toEqual(readOf(text(sorted), national2008).findings);
        },
      ),
      { numRuns: 200 },
    );
  });
});
