import { describe, expect, it } from 'vitest';
import { exampleContext, type RuleExamples } from './examples.ts';
import type { Rule } from './context.ts';
import * as sum from './rules/sum.ts';
import * as same from './rules/same.ts';
import * as malformed from './rules/malformed.ts';
import * as signatureDate from './rules/signatureDate.ts';
import * as narrativeVsTable from './rules/narrativeVsTable.ts';
import * as narrativeEnumeration from './rules/narrativeEnumeration.ts';
import * as balance from './rules/balance.ts';
import * as rowSum from './rules/rowSum.ts';
import * as groupEmpty from './rules/groupEmpty.ts';
import * as countValues from './rules/countValues.ts';
import * as narrativeShare from './rules/narrativeShare.ts';
import * as narrativeRate from './rules/narrativeRate.ts';
import * as narrativeTwice from './rules/narrativeTwice.ts';

const modules: Array<{ rule: Rule; examples: RuleExamples }> = [
  { rule: sum.sum, examples: sum.examples },
  { rule: same.same, examples: same.examples },
  { rule: malformed.malformed, examples: malformed.examples },
  { rule: signatureDate.signatureDate, examples: signatureDate.examples },
  { rule: narrativeVsTable.narrativeVsTable, examples: narrativeVsTable.examples },
  { rule: narrativeEnumeration.narrativeEnumeration, examples: narrativeEnumeration.examples },
  { rule: balance.balance, examples: balance.examples },
  { rule: rowSum.rowSum, examples: rowSum.examples },
  { rule: groupEmpty.groupEmpty, examples: groupEmpty.examples },
  { rule: countValues.countValues, examples: countValues.examples },
  { rule: narrativeShare.narrativeShare, examples: narrativeShare.examples },
  { rule: narrativeRate.narrativeRate, examples: narrativeRate.examples },
  { rule: narrativeTwice.narrativeTwice, examples: narrativeTwice.examples },
];

for (const { rule, examples } of modules) {
  describe(`rule ${rule.id}`, () => {
    it('has at least one ok and one not-ok example', () => {
      expect(examples.ok.length).toBeGreaterThan(0);
      expect(examples.notOk.length).toBeGreaterThan(0);
    });
    for (const example of [...examples.ok, ...examples.notOk]) {
      it(example.name, () => {
        const findings = rule.run(exampleContext(example, examples.template)).filter((f) => f.severity !== 'info');
        expect(findings.map((f) => [f.stated, f.computed])).toEqual(example.expect);
        for (const f of findings) {
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      });
    }
  });
}
