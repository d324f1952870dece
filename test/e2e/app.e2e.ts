// End-to-end: the built site in Chromium, driven through the DOM contract the page follows
// (#file-input, #paste-input/#paste-analyze, #lang-toggle, #load-sample, [data-testid=findings] with
// data-finding/data-rule/data-severity/data-stated/data-computed, [data-testid=stats-table] [data-ref],
// [data-testid=report-meta], [role=alert]).
// Run with `npm run test:e2e` (builds first); needs Debian's chromium (scripts/ensure-chromium.sh).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isSameOrigin, launchBrowser, openApp, repoRoot, startPreview, type AppPage, type Preview, showTab, shareLink } from './harness.ts';
import { cmapPdf } from '../support/cmapPdf.ts';

const SEED_000 = resolve(repoRoot, 'test/fixtures/seeds/000_87410cd3979e9921.txt');
const SEED_003 = resolve(repoRoot, 'test/fixtures/seeds/003_8ef98a67e9da6293.txt');
const WAIT = { timeout: 30_000, interval: 100 };

interface FindingView {
  index: number;
  rule: string | null;
  severity: string | null;
  stated: number | null;
  computed: number | null;
  text: string;
}

interface Expected {
  stated: number;
  computed: number;
  rule?: string;
}

async function readFindings(page: Page): Promise<FindingView[]> {
  return page.$$eval('[data-testid=findings] [data-finding]', (elements) =>
    elements.map((el, index) => {
      const num = (name: string): number | null => {
        const raw = el.getAttribute(name);
        if (raw === null || raw.trim() === '') return null;
        const value = Number(raw);
        return Number.isFinite(value) ? value : null;
      };
      return {
        index,
        rule: el.getAttribute('data-rule'),
        severity: el.getAttribute('data-severity'),
        stated: num('data-stated'),
        computed: num('data-computed'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
      };
    }),
  );
}

const flagged = (f: FindingView): boolean => f.severity !== 'info';

function matches(f: FindingView, e: Expected): boolean {
  return flagged(f) && f.stated === e.stated && f.computed === e.computed && (e.rule === undefined || f.rule === e.rule);
}

function describeExpected(e: Expected): string {
  return `${e.stated}/${e.computed}${e.rule ? ` (${e.rule})` : ''}`;
}

/** Waits until every expected finding is shown; fails listing the ones still missing. */
async function waitForFindings(page: Page, expected: Expected[]): Promise<FindingView[]> {
  await expect
    .poll(async () => {
      const findings = await readFindings(page);
      return expected.filter((e) => !findings.some((f) => matches(f, e))).map(describeExpected);
    }, WAIT)
    .toEqual([]);
  return readFindings(page);
}

function flaggedUsing(findings: FindingView[], numbers: number[]): string[] {
  return findings
    .filter((f) => flagged(f) && numbers.some((n) => f.stated === n || f.computed === n))
    .map((f) => `${f.rule} ${f.severity} ${f.stated}/${f.computed}: ${f.text}`);
}

async function headings(page: Page): Promise<string[]> {
  return page.locator('h1, h2, h3').allInnerTexts();
}

describe('Duizhang in Chromium', () => {
  let preview: Preview;
  let browser: Browser;
  let app: AppPage;
  let page: Page;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'duizhang-e2e-'));
    preview = await startPreview('/');
    browser = await launchBrowser();
    app = await openApp(browser, preview.url);
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await preview?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('starts in Chinese with the input controls', async () => {
    await expect.poll(() => page.getAttribute('html', 'lang'), WAIT).toBe('zh-CN');
    await page.waitForSelector('#file-input', { state: 'attached' });
    await page.waitForSelector('#paste-input');
    await page.waitForSelector('#paste-analyze');
    await page.waitForSelector('#lang-toggle');
    await page.waitForSelector('#load-sample');
  });

  it('analyses seed 000 from the file input', async () => {
    // The page opens with the sample (the same report) loaded; wait for the dropped file's own analysis.
    await page.waitForSelector('[data-testid=report-meta] .badge', WAIT);
    await page.setInputFiles('#file-input', SEED_000);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="000_87410cd3979e9921.txt"]', WAIT);
    expect(await page.locator('[data-testid=report-meta] .badge').count()).toBe(0);
    const findings = await waitForFindings(page, [
      { stated: 285922, computed: 286067 },
      { stated: 3276, computed: 3178 },
      { stated: 464, computed: 435 },
      { stated: 461, computed: 634 },
      { stated: 20, computed: 19 },
      { stated: 4181, computed: 4232 },
      { stated: 375, computed: 380 },
      { stated: 464, computed: 461, rule: 'narrative-vs-table' },
      { stated: 464, computed: 634, rule: 'narrative-sum' },
    ]);
    // Totals that are right must not be flagged.
    expect(flaggedUsing(findings, [40, 38, 253, 7088, 1007])).toEqual([]);
    expect(findings.filter((f) => f.rule === 'signature-date').length).toBeGreaterThan(0);

    const meta = (await page.locator('[data-testid=report-meta]').innerText()).replace(/\s+/g, ' ');
    expect(meta).toContain('2018');
    expect(meta).toContain('德州');

    // The picture the README shows, refreshed on demand (UPDATE_SCREENSHOT=1) so a test run leaves the
    // checkout as it found it.
    if (process.env.UPDATE_SCREENSHOT) {
      mkdirSync(resolve(repoRoot, 'docs'), { recursive: true });
      await page.screenshot({ path: resolve(repoRoot, 'docs/screenshot.png') });
    }
  });

  it('shows the sentence a narrative finding used, once, with its number marked', async () => {
    const finding = page.locator('[data-testid=findings] [data-finding][data-rule="narrative-vs-table"][data-stated="464"][data-computed="461"]');
    await finding.click();
    const prose = page.locator('[data-testid=source-excerpt] p[data-kind=prose]');
    await prose.first().waitFor(WAIT);
    expect(await prose.count()).toBe(1);
    expect((await prose.locator('mark').allInnerTexts()).join('')).toContain('464');
    expect(await prose.innerText()).toContain('申请办结');
    await finding.click(); // deselect, for the tests after this one
  });

  it('selecting a finding highlights the cells it refers to', async () => {
    const findings = await readFindings(page);
    const target = findings.find((f) => matches(f, { stated: 464, computed: 435 }));
    expect(target, 'finding 464/435').toBeDefined();
    const element = page.locator('[data-testid=findings] [data-finding]').nth(target!.index);
    await element.scrollIntoViewIfNeeded();
    await element.click();
    await expect
      .poll(
        () =>
          element.evaluate(
            (el) => el.getAttribute('aria-selected') === 'true' || el.classList.contains('selected'),
          ),
        WAIT,
      )
      .toBe(true);
    const cell = page.locator('[data-testid=stats-table] [data-ref="三(一)@0"]');
    await expect.poll(() => cell.first().getAttribute('data-highlighted'), WAIT).toBe('true');
  });

  it('underlines the narrative’s numbers by status and links them to their findings', async () => {
    await page.evaluate(() => {
      (document.querySelector('[data-testid=narrative]') as HTMLDetailsElement).open = true;
    });
    await page.waitForSelector('[data-testid=narrative] .claim', WAIT);
    const bad = page.locator('[data-testid=narrative] .claim[data-status=bad]');
    expect(await bad.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=narrative] .claim[data-status=ok]').count()).toBeGreaterThan(0);
    // The eight outcomes listed after 「申请办结464件」 are the parts of a flagged finding.
    await page.locator('[data-finding][data-rule=narrative-sum][data-stated="464"]').first().click();
    await page.waitForSelector('[data-testid=narrative] .claim.selected', WAIT);
    const selected = await page.locator('[data-testid=narrative] .claim.selected').allInnerTexts();
    expect(selected.map((t) => t.replace(/\s+/g, ''))).toEqual(['464件', '186件', '252件', '11件', '20件', '29件', '108件', '6件', '22件']);
  });

  it('draws each identity and selects a failing one’s finding when it is clicked', async () => {
    await showTab(page, 'charts');
    const failing = page.locator('[data-testid=identity-chart] [data-finding][data-ok=false]');
    expect(await failing.count()).toBeGreaterThan(5);
    // Click one that is not selected already (a second click on a selected finding unselects it).
    const selected = await page.locator('[data-testid=findings] [aria-selected=true]').getAttribute('data-finding').catch(() => null);
    const indices = await failing.evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    const index = indices.find((i) => i !== selected)!;
    await page.click(`[data-testid=identity-chart] [data-finding="${index}"]`);
    await showTab(page, 'problems');
    await page.waitForSelector(`[data-testid=findings] [data-finding="${index}"][aria-selected=true]`, WAIT);
  });

  it('switches to English', async () => {
    const before = await headings(page);
    const findingsBefore = (await readFindings(page)).length;
    await page.click('#lang-toggle');
    await page.waitForSelector('html[lang=en]', WAIT);
    await expect.poll(() => headings(page), WAIT).not.toEqual(before);
    // The analysis stays; only the language changes.
    expect((await readFindings(page)).length).toBe(findingsBefore);
  });

  it('analyses pasted text (seed 003)', async () => {
    await page.fill('#paste-input', readFileSync(SEED_003, 'utf8'));
    await page.click('#paste-analyze');
    const findings = await waitForFindings(page, [
      { stated: 647, computed: 618 },
      { stated: 41, computed: 43 },
      { stated: 346, computed: 500 },
      { stated: 9148, computed: 14623 },
      { stated: 1567, computed: 15673 },
      { stated: 346, computed: 515 },
      { stated: 148954, computed: 1489 },
    ]);
    expect(flaggedUsing(findings, [1093, 4019, 57034, 91920, 15])).toEqual([]);
    // Nothing left over from seed 000.
    expect(findings.filter((f) => f.stated === 285922 || f.stated === 4181)).toEqual([]);
    const meta = (await page.locator('[data-testid=report-meta]').innerText()).replace(/\s+/g, ' ');
    expect(meta).toContain('2018');
    expect(meta).toMatch(/聊城|Liaocheng/);
  });

  it('refuses a binary file with a message and keeps the drop zone', async () => {
    const bad = join(tmp, 'binary.txt');
    const bytes = new Uint8Array(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 7 === 0 ? 0 : (i * 31) & 0xff;
    writeFileSync(bad, bytes);
    await page.setInputFiles('#file-input', bad);
    const alert = page.locator('[role=alert]').first();
    await alert.waitFor({ state: 'visible', ...WAIT });
    expect((await alert.innerText()).trim().length).toBeGreaterThan(0);
    expect(await page.locator('#file-input').count()).toBe(1);
    expect(await page.locator('#paste-input').isVisible()).toBe(true);
  });

  it('reads a PDF, shows progress, and outlines a finding’s cells on its page', async () => {
    const file = 'test/fixtures/pdf/seed000-ruled.pdf';
    // Record every progress text the page shows while it reads the pages.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid=progress]')?.textContent?.replace(/\s+/g, ' ').trim();
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="seed000-ruled.pdf"]', { timeout: 60_000 });
    const findings = await waitForFindings(page, [
      { stated: 464, computed: 435 },
      { stated: 464, computed: 461, rule: 'narrative-vs-table' },
    ]);
    expect(flaggedUsing(findings, [40, 38, 253, 7088, 1007])).toEqual([]);
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress.some((p) => /15 ?\/ ?15|15$/.test(p) || p.includes('/ 15'))).toBe(true);
    // Clicking a finding draws its page with the cells it names outlined.
    await page.locator('[data-finding][data-stated="464"][data-computed="435"]').first().click();
    await page.waitForSelector('[data-testid=page-view][data-page="13"]', WAIT);
    await page.waitForSelector('[data-testid=page-box]', WAIT);
    expect(await page.locator('[data-testid=page-box]').count()).toBe(6); // 三(一) and its five parts
    const canvasDrawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=page-view] canvas');
      if (!canvas) return false;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) return true; // some dark pixel: text was drawn
      return false;
    });
    expect(canvasDrawn).toBe(true);
    // Clicking a table cell that no finding names shows that cell on its page too.
    await showTab(page, 'tables');
    await page.locator('[data-testid=stats-table] [data-ref="四@0"]').click();
    await page.waitForSelector('[data-testid=stats-table] [data-ref="四@0"][data-highlighted=true]', WAIT);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=page-box]').length === 1, undefined, WAIT);
  });

  it('says a corrupt PDF cannot be opened', async () => {
    const bad = join(tmp, 'broken.pdf');
    writeFileSync(bad, '%PDF-1.7\nthis is not a PDF at all\n%%EOF\n');
    await page.setInputFiles('#file-input', bad);
    const alert = page.locator('[role=alert]').first();
    await alert.waitFor({ state: 'visible', ...WAIT });
    expect(await alert.innerText()).toMatch(/PDF/);
    // The analysis on screen is the previous one, untouched.
    expect(await page.locator('[data-testid=report-meta]').getAttribute('data-file-name')).toBe('seed000-ruled.pdf');
  });

  it('asks for the password of an encrypted PDF, and opens it with the right one', async () => {
    await page.setInputFiles('#file-input', 'test/fixtures/pdf/encrypted-seed000.pdf');
    await page.waitForSelector('#pdf-password', WAIT);
    expect(await page.locator('[role=alert]').first().innerText()).toMatch(/密码|password/);
    await page.fill('#pdf-password', 'wrong');
    await page.press('#pdf-password', 'Enter');
    await page.waitForFunction(() => /不正确|wrong/i.test(document.querySelector('[role=alert]')?.textContent ?? ''), undefined, WAIT);
    await page.fill('#pdf-password', 'duizhang');
    await page.press('#pdf-password', 'Enter');
    await page.waitForSelector('[data-testid=report-meta][data-file-name="encrypted-seed000.pdf"]', { timeout: 60_000 });
    await waitForFindings(page, [{ stated: 464, computed: 435 }]);
    expect(await page.locator('#pdf-password').count()).toBe(0);
  });

  it('refuses a PDF with no text and no picture of a page with a message and keeps the analysis on screen', async () => {
    // Vector outlines only: nothing to read and nothing to OCR (a scan is read: test/e2e/scan.e2e.ts).
    const { PDFDocument, rgb } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0, 0, 0) });
    const outlines = join(tmp, 'outlines.pdf');
    writeFileSync(outlines, await doc.save());
    await page.setInputFiles('#file-input', outlines);
    await page.waitForFunction(() => /文字层|text layer/.test(document.querySelector('[role=alert]')?.textContent ?? ''), undefined, WAIT);
    expect(await page.locator('[data-testid=report-meta]').getAttribute('data-file-name')).toBe('encrypted-seed000.pdf');
  });

  it('cancels a long PDF while it is read', async () => {
    // Reading happens in the analysis worker, which throttling the page does not slow: the PDF is long
    // instead (seed 000 ten times over, about 490 pages), so the click lands while pages are being read.
    const long = join(tmp, 'long-500pages.pdf');
    const seed = readFileSync(SEED_000, 'utf8');
    writeFileSync(long, cmapPdf(Array(10).fill(seed).join('\n')));
    await page.setInputFiles('#file-input', long);
    await page.waitForFunction(() => /\d+\s*\/\s*\d+/.test(document.querySelector('[data-testid=progress]')?.textContent ?? ''), undefined, WAIT);
    const clicked = Date.now();
    await page.click('#cancel-analysis');
    await page.waitForFunction(() => /取消|Cancelled/.test(document.querySelector('[role=alert]')?.textContent ?? ''), undefined, WAIT);
    console.info(`cancel e2e: the page said so ${Date.now() - clicked} ms after the click`);
    expect(await page.locator('[data-testid=progress]').count()).toBe(0);
    expect(await page.locator('[data-testid=report-meta]').getAttribute('data-file-name')).toBe('encrypted-seed000.pdf');
    // The page still works after a cancellation.
    await page.setInputFiles('#file-input', SEED_000);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="000_87410cd3979e9921.txt"]', WAIT);
  });

  it('shares a link that reopens the same analysis, refuses a tampered one, and exports CSV', async () => {
    // Start from another report, so that waiting for seed 000's name waits for its analysis to finish.
    await page.click('#load-sample');
    await page.waitForSelector('[data-testid=report-meta] .badge', WAIT);
    await page.setInputFiles('#file-input', SEED_000);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="000_87410cd3979e9921.txt"]', WAIT);
    const flaggedPairs = async () =>
      (await page.locator('[data-testid=findings] [data-finding]:not([data-severity=info])').evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-rule')} ${e.getAttribute('data-stated')} ${e.getAttribute('data-computed')}`),
      )).sort();
    const before = await flaggedPairs();
    const url = await shareLink(page);
    expect(url).toContain('#s=');
    // The document's text is not in the link.
    expect(decodeURIComponent(url)).not.toContain('德州');

    const other = await browser.newPage();
    await other.goto(url);
    await other.waitForSelector('[data-testid=shared-notice]', WAIT);
    await other.waitForSelector('[data-testid=findings] [data-finding]', WAIT);
    const shared = (await other.locator('[data-testid=findings] [data-finding]:not([data-severity=info])').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-rule')} ${e.getAttribute('data-stated')} ${e.getAttribute('data-computed')}`),
    )).sort();
    // Findings that need the text (narrative, signature date) need the document; the table's are recomputed.
    const tableRules = (list: string[]) => list.filter((f) => /^(sum|same|malformed) /.test(f));
    expect(tableRules(shared)).toEqual(tableRules(before));
    // Dropping the original file checks that it is the shared document.
    await other.setInputFiles('#file-input', SEED_000);
    await other.waitForSelector('[data-testid=share-match].ok', WAIT);

    const tampered = url.replace(/#s=(.{20})./, (_, head) => `#s=${head}${head.endsWith('A') ? 'B' : 'A'}`);
    await other.goto('about:blank');
    await other.goto(tampered);
    await other.waitForSelector('[role=alert]', WAIT);
    await other.close();

    const downloading = page.waitForEvent('download');
    await page.click('#export-csv');
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('三(一)@0');
  });

  it('shows markup in a report as text, never as HTML (paste and web page)', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile = '德州市人民政府2018年政府信息公开工作年度报告\n<script>alert(1)</script> 收到申请 <img src=x onerror=alert(2)> 12件，javascript:alert(3) 办结 12件。';
    await page.fill('#paste-input', hostile);
    await page.click('#paste-analyze');
    await page.waitForFunction(() => document.querySelector('[data-testid=report-meta]')?.getAttribute('data-file-name') !== '000_87410cd3979e9921.txt', undefined, WAIT);
    await page.evaluate(() => {
      (document.querySelector('[data-testid=narrative]') as HTMLDetailsElement | null)?.setAttribute('open', '');
    });
    await page.waitForFunction(() => document.body.innerText.includes('<script>alert(1)</script>'), undefined, WAIT);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    // A web page's scripts never run and its markup is text.
    await page.setInputFiles('#file-input', 'test/fixtures/html/huaian-2024-tables.html');
    await page.waitForSelector('[data-testid=report-meta][data-file-name="huaian-2024-tables.html"]', WAIT);
    expect(await page.title()).not.toContain('not text');
    expect(dialogs).toBe(0);
  });

  it('logs no console errors and makes no request off its origin', () => {
    expect(app.errors).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.requests.filter((url) => !isSameOrigin(url, preview.origin))).toEqual([]);
  });

  it('works when served under a subpath (/duizhang/) with the built-in sample', async () => {
    const sub = await startPreview('/duizhang/');
    const subApp = await openApp(browser, sub.url);
    try {
      await subApp.page.click('#load-sample');
      await waitForFindings(subApp.page, [
        { stated: 464, computed: 435 },
        { stated: 464, computed: 634, rule: 'narrative-sum' },
      ]);
      expect(subApp.errors).toEqual([]);
      // Everything the page loads must come from under the subpath (a base of '/' would break here).
      const outside = subApp.requests.filter(
        (url) => url.startsWith(`${sub.origin}/`) && !url.startsWith(sub.url),
      );
      expect(outside).toEqual([]);
      expect(subApp.requests.filter((url) => !isSameOrigin(url, sub.origin))).toEqual([]);
    } finally {
      await subApp.close();
      await sub.close();
    }
  });
});
