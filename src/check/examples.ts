// Ok / not-ok examples that each rule carries next to its code (remark-lint style). The unit tests run
// every example, so the examples are both documentation and tests.

import type { Cell, Claim, ClaimLink, Enumeration, ReportMeta } from '../model/types.ts';
import { parseValue } from '../tables/parseValue.ts';
import { national2008 } from '../template/national2008.ts';
import type { TemplateDef } from '../template/definition.ts';
import type { RuleContext } from './context.ts';

export interface RuleExample {
  name: string;
  /** Printed values by indicator id, as the report prints them: one string for column 0, or one per column. */
  cells?: Record<string, string | string[]>;
  meta?: Partial<ReportMeta>;
  claims?: Array<Pick<Claim, 'value' | 'raw' | 'unit' | 'subject'> & Partial<Pick<Claim, 'sentence'>>>;
  enumerations?: Enumeration[];
  links?: Array<Omit<ClaimLink, 'evidence'>>;
  /** The flagged findings expected, as [stated, computed] (undefined where a finding has no number). */
  expect: Array<[number | undefined, number | undefined]>;
}

export interface RuleExamples {
  template?: TemplateDef;
  ok: RuleExample[];
  notOk: RuleExample[];
}

export function exampleContext(example: RuleExample, template: TemplateDef = national2008): RuleContext {
  const cells = new Map<string, Cell>();
  for (const [indicator, printed] of Object.entries(example.cells ?? {})) {
    (Array.isArray(printed) ? printed : [printed]).forEach((raw, column) => {
      const ref = `${indicator}@${column}`;
      cells.set(ref, { ref, indicator, label: indicator, unit: '', column, value: parseValue(raw), pos: { line: 1, col: 1, length: raw.length } });
    });
  }
  return {
    template,
    cells,
    columns: ['统计数'],
    meta: { template: template.id, ...example.meta },
    claims: (example.claims ?? []).map((c, i) => ({ ...c, pos: { line: 1, col: 1 + i, length: c.raw.length }, offset: i * 10 })),
    enumerations: example.enumerations ?? [],
    links: (example.links ?? []).map((l) => ({ ...l, evidence: 'example' })),
  };
}
