// Over every fixture: the analysis runs, and no number is invented — every number a flagged narrative
// finding states is printed, verbatim, at the place the finding points to.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';

const folders = ['seeds', 'corpus', 'pdf', 'html'];
const files = folders.flatMap((folder) =>
  readdirSync(new URL(`../fixtures/${folder}/`, import.meta.url))
    .filter((f) => /\.(txt|pdf|html)$/.test(f) && !f.endsWith('.pdftotext.txt') && !/encrypted|scanned|type3|long-60/.test(f))
    .map((f) => `${folder}/${f}`),
);

describe('every fixture', () => {
  it.each(files)('%s: flagged narrative numbers are printed where the finding points', async (path) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
    const result = await analyzeFileNode(bytes, path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.analysis;
    const source = a.source.kind !== 'text' ? undefined : new TextDecoder().decode(bytes).split(/\r\n|\r|\n/);
    for (const f of a.findings.filter((x) => x.severity !== 'info' && x.rule.startsWith('narrative'))) {
      const span = f.spans?.[0];
      expect(span).toBeDefined();
      const line = source ? source[span!.line - 1]! : a.lines.find((l) => l.line === span!.line)!.text;
      // In a fake-bold source every digit is printed k times: collapse runs before comparing.
      const printed = line.slice(span!.col - 1, span!.col - 1 + span!.length);
      const digits = String(f.stated);
      expect(printed.includes(digits) || printed.replace(/(.)\1{1,3}/g, '$1').includes(digits) || collapse(printed).includes(digits)).toBe(true);
    }
  });
});

/** 「464464464464」 → 「464」: a k-fold repetition of the whole string. */
function collapse(s: string): string {
  for (const k of [4, 3, 2]) {
    if (s.length % k) continue;
    const n = s.length / k;
    if (s.slice(0, n).repeat(k) === s) return s.slice(0, n);
  }
  return s;
}
