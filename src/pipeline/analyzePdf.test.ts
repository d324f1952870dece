import { describe, expect, it } from 'vitest';
import { analyzePdfSource } from './analyzePdf.ts';

describe('analyzePdfSource', () => {
  it('calls a PDF with no page broken, not a scan', () => {
    const result = analyzePdfSource({ pages: [] }, 'empty.pdf');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.zh).toContain('一页也没有');
    expect(!result.ok && result.reason.zh).not.toContain('扫描件');
  });
});
