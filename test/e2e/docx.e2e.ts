// A Word file (.docx) chosen with the file input is read in the page's analysis worker like a web page:
// the statistics table's cells appear (LibreOffice's export, and the hand-written file whose headings and
// group labels are Word numbering and vertical merges), no error is shown; a damaged .docx gets its
// message and the analysis on screen stays.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, useSite } from './harness.ts';

const WAIT = { timeout: 60_000 };
const form = (name: string) => resolve(repoRoot, 'test/fixtures/forms/pingtan-2021', name);

describe('Word files', () => {
  const site = useSite();

  it.each(['word.docx', 'word-numbered.docx'])('reads %s and shows the table cells', async (name) => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    await page.setInputFiles('#file-input', form(name));
    await page.waitForSelector(`[data-testid=report-meta][data-file-name="${name}"]`, WAIT);
    expect(await page.locator('[data-cell]').count()).toBeGreaterThan(150);
    expect(await page.locator('[data-cell="三.一@6"]').first().innerText()).toContain('70');
    expect(await page.locator('[role=alert]').count()).toBe(0);
    const meta = (await page.locator('[data-testid=report-meta]').innerText()).replace(/\s+/g, ' ');
    expect(meta).toContain('2021');
  });

  it('names a damaged Word file and keeps the analysis on screen', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', resolve(repoRoot, 'test/fixtures/bad/truncated.docx'));
    const alert = page.locator('[role=alert]').first();
    await alert.waitFor({ state: 'visible', ...WAIT });
    expect(await alert.innerText()).toMatch(/损坏或不完整|damaged or incomplete/);
    expect(await page.locator('[data-testid=report-meta][data-file-name="word-numbered.docx"]').count()).toBe(1);
  });
});
