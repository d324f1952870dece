// Gathering a batch (issue 16): a .zip of reports chosen in the file input is unpacked in the page (its
// reports named 「zip › path」, its other files counted in a note), a folder chosen with the folder picker
// is read with its paths, and a folder dropped on the window (directory entries) is walked.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot, useSite } from './harness.ts';

const WAIT = { timeout: 60_000 };
const corpus = (name: string) => resolve(repoRoot, 'test/fixtures/corpus', name);
const YEARS = ['2011_pingtan_county.txt', '2012_pingtan_county.txt', '2013_pingtan_county.txt'];

const rowFiles = (page: Page) => page.locator('[data-report-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file-name')).sort());
async function batchStopped(page: Page, total: number) {
  await page.waitForSelector(`[data-testid=batch-overall][data-running=false][data-total="${total}"]`, WAIT);
}

describe('gathering a batch', () => {
  const site = useSite();
  const dir = mkdtempSync(join(tmpdir(), 'duizhang-batch-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('unpacks a .zip of reports chosen in the file input, and says what it left out or could not unpack', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    const zip = zipSync({
      '平潭县/2011.txt': new Uint8Array(readFileSync(corpus(YEARS[0]!))),
      '平潭县/2012.txt': new Uint8Array(readFileSync(corpus(YEARS[1]!))),
      '平潭县/扫描.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    // A zip cut short beside it is refused with a note; the good one is still read.
    await page.setInputFiles('#file-input', [
      { name: '平潭.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
      { name: '残缺.zip', mimeType: 'application/zip', buffer: Buffer.from(zip.subarray(0, 200)) },
    ]);
    await batchStopped(page, 2);
    expect(await rowFiles(page)).toEqual(['平潭 › 平潭县/2011.txt', '平潭 › 平潭县/2012.txt']);
    const notes = await page.textContent('[data-testid=batch-notes]');
    expect(notes).toContain('另有 1 个文件不是报告');
    expect(notes).toContain('压缩包「残缺.zip」已损坏或不完整');
  });

  it('reads a folder chosen with the folder picker, its files named by their paths', async () => {
    const { page } = site.app;
    const folder = join(dir, '县');
    mkdirSync(join(folder, 'older'), { recursive: true });
    copyFileSync(corpus(YEARS[2]!), join(folder, YEARS[2]!));
    copyFileSync(corpus(YEARS[1]!), join(folder, 'older', YEARS[1]!));
    writeFileSync(join(folder, 'notes.xlsx'), 'not a report');
    await page.setInputFiles('#folder-input', folder);
    await batchStopped(page, 2);
    expect(await rowFiles(page)).toEqual([`县/${YEARS[2]}`, `县/older/${YEARS[1]}`]);
    expect(await page.textContent('[data-testid=batch-notes]')).toContain('另有 1 个文件不是报告');
  });

  it('walks a folder dropped on the window', async () => {
    const { page } = site.app;
    // A drop of a folder hands the page directory entries; Playwright cannot drop a real folder, so the
    // page's own drop handler is given a DataTransfer whose one item is a directory entry built in the page.
    const texts = YEARS.map((name) => readFileSync(corpus(name), 'utf8'));
    await page.evaluate(async (contents) => {
      const file = (name: string, text: string) => {
        const f = new File([text], name);
        return { isFile: true, isDirectory: false, name, fullPath: `/dropped/${name}`, file: (ok: (f: File) => void) => ok(f) };
      };
      const children = contents.map((text, i) => file(`${2011 + i}.txt`, text));
      let given = false;
      const folder = {
        isFile: false,
        isDirectory: true,
        name: 'dropped',
        fullPath: '/dropped',
        createReader: () => ({ readEntries: (ok: (e: unknown[]) => void) => ok(given ? [] : ((given = true), children)) }),
      };
      const item = { kind: 'file', webkitGetAsEntry: () => folder };
      const dataTransfer = { items: [item], files: [new File([], 'dropped')], types: ['Files'] };
      const event = new DragEvent('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      window.dispatchEvent(event);
    }, texts);
    await batchStopped(page, 3);
    expect(await rowFiles(page)).toEqual(['dropped/2011.txt', 'dropped/2012.txt', 'dropped/2013.txt']);
  });

  it('shows the page each file is at while it is read (kept apart from the overview’s rows)', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', [resolve(repoRoot, 'test/fixtures/pdf/long-60pages.pdf'), corpus(YEARS[0]!)]);
    await page.waitForFunction(() => /第 \d+ 页，共 60 页/.test(document.querySelector('[data-batch-file="long-60pages.pdf"] .state')?.textContent ?? ''), undefined, { ...WAIT, polling: 50 });
    await batchStopped(page, 2);
    expect(await page.textContent('[data-batch-file="long-60pages.pdf"] .state')).not.toMatch(/页/);
  });

  it('logged no error', () => {
    expect(site.app.errors).toEqual([]);
  });
});
