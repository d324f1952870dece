// A statistics table exported from a spreadsheet as CSV, alone (no heading, no narrative): two layouts of
// the same table 三 (test/fixtures/csv/README.md gives their provenance).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';

async function analyse(name: string) {
  const outcome = await analyzeFileNode(readFileSync(`test/fixtures/csv/${name}`), name);
  if (!outcome.ok) throw new Error(outcome.reason.en);
  return outcome.analysis;
}

describe('table 三 as a CSV file', () => {
  it('reads the flat export: every cell, all checks consistent', async () => {
    const analysis = await analyse('flat-table3.csv');
    expect(analysis.meta.template).toBe('gov-2021');
    expect(analysis.cells.filter((c) => c.indicator.startsWith('三.'))).toHaveLength(25 * 7);
    expect(analysis.cells.find((c) => c.ref === '三.一@6')?.value.value).toBe(81);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the Excel layout (three label columns, two header rows) and finds the one misprinted total', async () => {
    const analysis = await analyse('excel-table3.csv');
    expect(analysis.cells.filter((c) => c.indicator.startsWith('三.'))).toHaveLength(25 * 7);
    const errors = analysis.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const finding of errors) expect(finding.cells).toContain('三.三(七)@6');
    expect(errors.map((f) => f.computed)).toContain(81);
  });
});
