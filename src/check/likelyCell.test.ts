// The likely misprinted cell, on the real numbers of 淮安市 2024 (its answer key, test/fixtures/keys/):
// one cell of table 三 changed makes a row total, a column sum and the balance fail together, and the
// search names that cell and its printed value back.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/types.ts';
import { parseValue } from '../tables/parseValue.ts';
import { gov2021 } from '../template/gov2021.ts';
import type { RuleContext } from './context.ts';
import { runRules } from './runRules.ts';

const key = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/fixtures/keys/huaian-2024.json'), 'utf8')) as {
  cells: Array<{ indicator: string; column: number; value?: number; raw?: string }>;
};

function contextWith(changes: Record<string, number>): RuleContext {
  const cells = new Map<string, Cell>();
  for (const k of key.cells) {
    const ref = `${k.indicator}@${k.column}`;
    const raw = ref in changes ? String(changes[ref]) : k.value !== undefined ? String(k.value) : (k.raw ?? '');
    cells.set(ref, { ref, indicator: k.indicator, label: k.indicator, unit: '', column: k.column, value: parseValue(raw), pos: { line: 1, col: 1, length: raw.length } });
  }
  return { template: gov2021, cells, columns: [], meta: { template: 'gov-2021' }, claims: [], enumerations: [], links: [] };
}

const valueOf = (ref: string) => key.cells.find((k) => `${k.indicator}@${k.column}` === ref)!.value!;

describe('the likely misprinted cell', () => {
  it('names the one cell whose printed value makes every failing identity of its group hold', () => {
    const ref = '三.三(一)@0';
    const printed = valueOf(ref) + 90;
    const findings = runRules(contextWith({ [ref]: printed }));
    const failing = findings.filter((f) => f.severity !== 'info' && ['sum', 'row-sum', 'balance'].includes(f.rule));
    expect(failing.length).toBeGreaterThanOrEqual(2);
    for (const f of failing) {
      expect(f.cause?.kind).toBe('likely-cell');
      expect(f.cause?.message.zh).toContain(`为 ${valueOf(ref)}（而非 ${printed}）`);
      expect(f.cells).toContain(ref);
    }
  });
  it('says nothing when the report holds, nor when two misprints fail together (no one cell explains them)', () => {
    expect(runRules(contextWith({})).some((f) => f.cause?.kind === 'likely-cell')).toBe(false);
    const findings = runRules(contextWith({ '三.三(一)@0': valueOf('三.三(一)@0') + 90, '三.三(二)@1': valueOf('三.三(二)@1') + 7 }));
    expect(findings.filter((f) => f.severity === 'error').length).toBeGreaterThanOrEqual(4);
    expect(findings.some((f) => f.cause?.kind === 'likely-cell')).toBe(false);
  });
  it('names no cell when a lone failing total could be fixed at the total or at any of its parts', () => {
    // 四 复议: 总计 = 维持 + 纠正 + 其他 + 尚未审结, and none of those cells is in another identity.
    const findings = runRules(contextWith({ '四.复议@4': valueOf('四.复议@4') + 3 }));
    expect(findings.some((f) => f.rule === 'row-sum' && f.severity === 'error')).toBe(true);
    expect(findings.some((f) => f.cause?.kind === 'likely-cell')).toBe(false);
  });
});
