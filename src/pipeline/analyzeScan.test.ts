// A scanned page read end to end in Node, as the CLI reads it: OCR (the shipped PP-OCRv4 recogniser on
// onnxruntime-web's WebAssembly), rulings from the picture, then the same table readers as any PDF.
// Ground truth is the report's answer key, not the reader's own output. OCR takes seconds a page, more
// under load, so these tests have generous time limits and no timing assertion.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from './analyzeFileNode.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const read = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));

/** A key cell: a number (`value`), or another kind (blank, dash, text) by its `kind`. */
interface KeyCell {
  indicator: string;
  column: number;
  value?: number;
  kind?: string;
}

describe('a scanned report', () => {
  it('reads every table cell of 洪泽 2023 from a 200-dpi grey scan turned 0.3°', { timeout: 600_000 }, async () => {
    const key = JSON.parse(readFileSync(join(fixtures, 'keys', 'hongze-2023.json'), 'utf8')) as { cells: KeyCell[] };
    const expected = key.cells.filter((c) => true);
    expect(expected.length).toBe(186);
    const result = await analyzeFileNode(read('pdf/scan-hongze-tables.pdf'), 'scan-hongze-tables.pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { analysis } = result;
    expect(analysis.meta.template).toBe('gov-2021');
    expect(analysis.source.scanned).toBe(3);
    const byRef = new Map(analysis.cells.map((c) => [`${c.indicator}@${c.column}`, c]));
    const wrong = expected.filter((k) => {
      const got = byRef.get(`${k.indicator}@${k.column}`);
      return !got || (k.value !== undefined ? got.value.kind !== 'number' || got.value.value !== k.value : got.value.kind !== k.kind);
    });
    expect(wrong.map((k) => `${k.indicator}@${k.column}`)).toEqual([]);
    // Every cell read keeps where it is on the page, for the highlight.
    expect(analysis.cells.every((c) => c.pos.page !== undefined && c.pos.page <= 3 && c.pos.box !== undefined)).toBe(true);
    expect(analysis.notices[0]!.zh).toContain('扫描件');
    // A doubtful value never makes an error: findings that use one are to review.
    for (const finding of analysis.findings.filter((f) => f.severity === 'error')) {
      expect(finding.cells.every((ref) => !byRef.get(ref)?.doubt)).toBe(true);
    }
  });

  it('reads a low-resolution scan (100 dpi) only where it can, and a sum it cannot trust is to review', { timeout: 600_000 }, async () => {
    const result = await analyzeFileNode(read('pdf/scanned-page.pdf'), 'scanned-page.pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.analysis.source.scanned).toBe(1);
    expect(result.analysis.notices.some((n) => /100 dpi/.test(n.zh))).toBe(true);
    for (const finding of result.analysis.findings.filter((f) => f.severity === 'error')) {
      expect(finding.cells.every((ref) => !result.analysis.cells.find((c) => c.ref === ref)?.doubt)).toBe(true);
    }
  });
});
