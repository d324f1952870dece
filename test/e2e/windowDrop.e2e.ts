// A report dropped anywhere on the window is analysed, with an overlay while it is dragged over; a drop
// on the dashed box is analysed once, not twice.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot, useSite } from './harness.ts';

const WAIT = { timeout: 60_000 };
const SEED_003 = resolve(repoRoot, 'test/fixtures/seeds/003_8ef98a67e9da6293.txt');

function transferOf(page: Page, name: string) {
  const base64 = readFileSync(SEED_003).toString('base64');
  return page.evaluateHandle(({ base64, name }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'text/plain' }));
    return transfer;
  }, { base64, name });
}

describe('dropping a report anywhere on the window', () => {
  const site = useSite();

  it('shows an overlay while a file is dragged over the page, and analyses it when dropped outside the box', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    const dataTransfer = await transferOf(page, 'dropped-on-window.txt');
    await page.dispatchEvent('header', 'dragenter', { dataTransfer });
    await page.waitForSelector('[data-testid=drop-overlay]', WAIT);
    await page.dispatchEvent('header', 'drop', { dataTransfer });
    await page.waitForSelector('[data-testid=report-meta][data-file-name="dropped-on-window.txt"]', WAIT);
    expect(await page.locator('[data-testid=drop-overlay]').count()).toBe(0);
  });

  it('analyses a drop on the dashed box once', async () => {
    const { page } = site.app;
    // Count the analysis requests the page sends to its worker.
    await page.evaluate(() => {
      const w = window as unknown as { __requests: number };
      w.__requests = 0;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        if ((message as { type?: string })?.type === 'analyze') w.__requests++;
        return (post as (...a: unknown[]) => void).call(this, message, ...rest);
      };
    });
    const dataTransfer = await transferOf(page, 'dropped-on-box.txt');
    await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer });
    await page.waitForSelector('[data-testid=report-meta][data-file-name="dropped-on-box.txt"]', WAIT);
    expect(await page.evaluate(() => (window as unknown as { __requests: number }).__requests)).toBe(1);
  });
});
