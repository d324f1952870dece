import { describe, expect, it } from 'vitest';
import { exampleContext, type RuleExamples } from './examples.ts';
import { RULE_MODULES } from './rules/index.ts';
import { runRule } from './rule.ts';

for (const { rule, examples } of RULE_MODULES) {
  describe(`rule ${rule.id}`, () => {
    it('has at least one ok and one not-ok example', () => {
      expect(examples.ok.length).toBeGreaterThan(0);
      expect(examples.notOk.length).toBeGreaterThan(0);
    });
    for (const example of [...examples.ok, ...examples.notOk]) {
      it(example.name, () => {
        const findings = runRule(rule, exampleContext(example, examples.template)).filter((f) => f.severity !== 'info');
        expect(findings.map((f) => [f.stated, f.computed])).toEqual(example.expect);
        for (const f of findings) {
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      });
    }
  });
}
