// Issue 16's batch of twelve: files of every kind the page reads (PDF, web page, text, markdown, Word) and
// one damaged PDF, chosen at once. Eleven reports get a row each, with the body, the year and the errors the
// report has; the damaged file gets one clear message; nothing else is said wrong in the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, useSite } from './harness.ts';

const WAIT = { timeout: 120_000 };
const fixture = (path: string) => resolve(repoRoot, 'test/fixtures', path);

const READABLE = [
  'corpus/2024_huaian_city.pdf',
  'corpus/2023_huaian_hongze_district.pdf',
  'corpus/2012_pingtan_county.html',
  'corpus/2013_pingtan_county.html',
  'corpus/2014_pingtan_zonghe_shiyanqu.txt',
  'corpus/2016_pingtan_zonghe_shiyanqu.txt',
  'corpus/2018_pingtan_zonghe_shiyanqu.txt',
  'corpus/2019_pingtan_zonghe_shiyanqu.txt',
  'corpus/2021_pingtan_zonghe_shiyanqu.txt',
  'forms/pingtan-2023/word.docx',
  'forms/seed-003/docling.md',
].map(fixture);

describe('a batch of twelve files of mixed kinds', () => {
  const site = useSite();
  const dir = mkdtempSync(join(tmpdir(), 'duizhang-batch12-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A PDF header, then noise: read as a PDF, which pdf.js cannot open.
  const damaged = join(dir, 'damaged.pdf');
  writeFileSync(damaged, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 251))]));

  it('gives eleven rows and one clear error', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    await page.setInputFiles('#file-input', [...READABLE, damaged]);
    await page.waitForSelector('[data-testid=batch-overall][data-running=false][data-total="12"]', WAIT);
    const rows = await page
      .locator('[data-report-row]')
      .evaluateAll((all) => all.map((r) => [r.getAttribute('data-file-name'), r.getAttribute('data-year'), r.getAttribute('data-body'), r.getAttribute('data-errors')]));
    expect(rows).toHaveLength(11);
    const byFile = new Map(rows.map(([file, ...rest]) => [file, rest]));
    // Each kind was read as a report of its year, with a body.
    for (const [file, year] of [
      ['2024_huaian_city.pdf', '2024'],
      ['2012_pingtan_county.html', '2012'],
      ['2019_pingtan_zonghe_shiyanqu.txt', '2019'],
      ['word.docx', '2023'],
      ['docling.md', '2018'],
    ]) {
      expect(byFile.get(file)?.[0]).toBe(year);
      expect(byFile.get(file)?.[1]).not.toBe('');
    }
    // 洪泽 2023 prints two errors in its table 四 (总计 0 over its parts).
    expect(byFile.get('2023_huaian_hongze_district.pdf')?.[2]).toBe('2');
    const error = page.locator('[data-report-error]');
    expect(await error.count()).toBe(1);
    expect(await error.getAttribute('data-file-name')).toBe('damaged.pdf');
    expect(await error.textContent()).toContain('这个 PDF 文件已损坏或不是有效的 PDF，无法打开。');
    expect(site.app.errors).toEqual([]);
  });
});
