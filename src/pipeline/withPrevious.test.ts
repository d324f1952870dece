import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/types.ts';
import { analyzeFileNode } from './analyzeFileNode.ts';
import { withPrevious } from './withPrevious.ts';

async function load(name: string): Promise<Analysis> {
  const result = await analyzeFileNode(readFileSync(`test/fixtures/corpus/${name}`), name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

describe('withPrevious', async () => {
  const [y2012, y2013] = await Promise.all([load('2012_pingtan_county.html'), load('2013_pingtan_county.html')]);

  it('appends the cross-year findings and a notice naming the other report; a second comparison replaces the first', () => {
    const first = withPrevious(y2013, y2012);
    if (!first.ok) throw new Error(first.reason.en);
    expect(first.analysis.findings.length).toBe(y2013.findings.length + 17);
    expect(first.analysis.findings.slice(0, y2013.findings.length)).toEqual(y2013.findings);
    expect(first.replaced).toBe(false);
    expect(first.analysis.notices.at(-1)!.zh).toContain('2012_pingtan_county.html');
    const again = withPrevious(first.analysis, y2012, first.summary);
    if (!again.ok) throw new Error(again.reason.en);
    expect(again.replaced).toBe(true);
    expect(again.analysis.findings.length).toBe(first.analysis.findings.length);
    expect(again.analysis.notices.filter((n) => n.zh.startsWith('已与'))).toHaveLength(1);
  });

  it('refuses the later year, and says why nothing else can be compared', () => {
    const later = withPrevious(y2012, y2013);
    expect(later.ok ? '' : later.reason.en).toMatch(/a year after this one/);
    const same = withPrevious(y2013, y2013);
    expect(same.ok ? '' : same.reason.en).toMatch(/not consecutive/);
  });
});
