// Markup in a report is shown as text from every input path. The paste and web-page paths are in
// app.e2e.ts; this file covers a PDF whose text is markup and a share link whose strings are markup.
// A payload that ran would set window.__pwned or open a dialog; both are checked, as is the absence of
// any element the markup would have created.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, startPreview, type AppPage, type Preview, showTab } from './harness.ts';
import { cmapPdf } from '../support/cmapPdf.ts';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';
import { toPayload, HASH_PREFIX, shareDictionary } from '../../src/share/sharePayload.ts';
import { packText } from '../../src/share/codec.ts';

const WAIT = { timeout: 30_000, interval: 100 };
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const LINK = 'javascript:window.__pwned=3';
const TITLE = '德州市人民政府2018年政府信息公开工作年度报告';
// Each piece on a line of its own: the PDF maker wraps lines at 40 characters, and a wrapped tag would be
// split by a line break in the page's text.
// Its parts exceed the whole, so a finding quotes the claim's words (the page shows them in its message).
const PROSE = [SCRIPT, IMG, LINK, '全年共收到申请12件，其中当面申请7件、网上申请6件。'];

/** Fails if the markup became markup: a script ran, a dialog opened, or an element it names exists. */
async function expectInert(page: Page, dialogs: () => number): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs()).toBe(0);
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(await page.locator('main script, main a[href^="javascript:"]').count()).toBe(0);
}

function countDialogs(page: Page): () => number {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  return () => dialogs;
}

describe('markup in a report stays text', () => {
  let preview: Preview;
  let browser: Browser;
  let app: AppPage;
  let dir: string;

  beforeAll(async () => {
    preview = await startPreview('/');
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'duizhang-xss-'));
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await preview?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('from a PDF', async () => {
    app = await openApp(browser, preview.url);
    const dialogs = countDialogs(app.page);
    const file = join(dir, 'hostile.pdf');
    writeFileSync(file, cmapPdf([TITLE, ...PROSE].join('\n')));
    await app.page.setInputFiles('#file-input', file);
    await app.page.waitForSelector('[data-testid=report-meta][data-file-name="hostile.pdf"]', WAIT);
    await showTab(app.page, 'text');
    await app.page.evaluate(() => document.querySelector('[data-testid=narrative]')?.setAttribute('open', ''));
    // The text view shows the report's words; the markup must be there as characters.
    await app.page.waitForFunction((s) => document.body.innerText.includes(s), SCRIPT, WAIT);
    const text = await app.page.evaluate(() => document.body.innerText);
    expect(text).toContain(IMG);
    expect(text).toContain(LINK);
    await expectInert(app.page, dialogs);
    expect(app.errors).toEqual([]);
  });

  it('from a text file, whose name is markup too', async () => {
    const dialogs = countDialogs(app.page);
    const file = join(dir, `${IMG.replace(/\//g, '')}.txt`);
    writeFileSync(file, [TITLE, ...PROSE].join('\n'));
    await app.page.setInputFiles('#file-input', file);
    await app.page.waitForFunction(() => document.querySelector('[data-testid=report-meta]')?.getAttribute('data-file-name')?.endsWith('.txt'), undefined, WAIT);
    await app.page.evaluate(() => document.querySelector('[data-testid=narrative]')?.setAttribute('open', ''));
    await app.page.waitForFunction((s) => document.body.innerText.includes(s), IMG, WAIT);
    expect(await app.page.evaluate(() => document.body.innerText)).toContain(SCRIPT);
    await expectInert(app.page, dialogs);
    expect(app.errors).toEqual([]);
  });

  it('from a share link whose every string is markup', async () => {
    const analysis = analyzeText([TITLE, ...PROSE].join('\n'), `${IMG}.txt`);
    const payload = toPayload(analysis, 'ab'.repeat(32));
    // Strings a link carries and the page shows: file name, title, body, a claim's words, a column name.
    payload.meta = { ...payload.meta, title: `${SCRIPT}${TITLE}`, body: IMG, region: LINK };
    payload.columns = [IMG];
    payload.claims = payload.claims.map(([raw, , ...rest]) => [raw, `${IMG}${SCRIPT}`, ...rest]);
    expect(payload.claims.length).toBeGreaterThan(0);
    const url = `${preview.url}${HASH_PREFIX}${packText(JSON.stringify(payload), shareDictionary())}`;
    const shared = await openApp(browser, url);
    try {
      const dialogs = countDialogs(shared.page);
      await shared.page.waitForSelector('[data-testid=shared-notice]', WAIT);
      await shared.page.waitForFunction((s) => document.body.innerText.includes(s), SCRIPT, WAIT);
      const text = await shared.page.evaluate(() => document.body.innerText);
      // The claim's words reach the page inside a finding's message; the file name in an attribute.
      expect(text).toContain(`${IMG}${SCRIPT}`);
      expect(text).toContain(LINK);
      expect(await shared.page.getAttribute('[data-testid=report-meta]', 'data-file-name')).toBe(`${IMG}.txt`);
      await expectInert(shared.page, dialogs);
      expect(await shared.page.title()).not.toMatch(/pwned/);
      expect(shared.errors).toEqual([]);
    } finally {
      await shared.close();
    }
  });
});
