import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../pipeline/analyzeText.ts';
import { coverageOf } from './coverage.ts';

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures', path), 'utf8');

describe('coverageOf', () => {
  it('counts what a 2021-format report read: every cell of tables 二, 三 and 四', () => {
    const c = coverageOf(analyzeText(fixture('corpus/2023_huaian_hongze_district.pdftotext.txt'), 'hongze.txt'));
    expect(c.state).toBe('checked');
    expect(c.cellsExpected).toBe(186);
    expect(c.cellsRead + c.blank + c.dash + c.text + c.malformed + c.unread).toBe(c.cellsExpected);
    expect(c.cellsRead).toBeGreaterThan(150);
    expect(c.checksRun).toBeGreaterThan(10);
    expect(c.claimsLinked).toBeLessThanOrEqual(c.claims);
  });
  it('calls a text with no table it knows unchecked, never consistent', () => {
    const c = coverageOf(analyzeText('随便粘贴的一段文字，收到申请12件。没有任何表格。', 'paste.txt'));
    expect(c.state).toBe('unchecked');
    expect(c.cellsRead).toBe(0);
  });
  it('counts glued digits the tables could not settle as text, not as read', () => {
    const c = coverageOf(analyzeText(fixture('corpus/2012_pingtan_county.txt'), 'pingtan-2012.txt'));
    expect(c.text).toBeGreaterThan(0);
    expect(c.state).toBe('checked');
  });
});
