import { describe, expect, it } from 'vitest';
import { analyzeBytes } from './analyzeBytes.ts';
import { readHtml } from './analyzeHtml.ts';
import { parseHtml } from '../source/html/parseHtml.ts';
import type { Stage } from './analyzeText.ts';

const report = '某县人民政府2023年政府信息公开工作年度报告\n共收到申请12件，其中当面申请5件、网上申请7件。';

describe('stage progress', () => {
  it('reports each stage of a text as it begins, in order', () => {
    const stages: Stage[] = [];
    const result = analyzeBytes(new TextEncoder().encode(report), 'r.txt', (s) => stages.push(s));
    expect(result.ok).toBe(true);
    expect(stages).toEqual(['tables', 'narrative', 'checks']);
  });

  it('does the same for a web page, and reports nothing for input refused before it is analysed', () => {
    const stages: Stage[] = [];
    expect(readHtml(`<p>${report}</p>`, 'r.html', parseHtml, (s) => stages.push(s)).ok).toBe(true);
    expect(stages).toEqual(['tables', 'narrative', 'checks']);
    const none: Stage[] = [];
    expect(analyzeBytes(new Uint8Array(0), 'empty.txt', (s) => none.push(s)).ok).toBe(false);
    expect(none).toEqual([]);
  });
});
