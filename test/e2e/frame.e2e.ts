// Another site framing the app: the frame shows a refusal and a link that opens the app on its own, and
// the app does not start inside it (no drop zone to dress up). GitHub Pages cannot send
// `frame-ancestors`, so this check in the page is the defence (src/view/frameGuard.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, startPreview, type AppPage, type Preview } from './harness.ts';

describe('framed by another site', () => {
  let preview: Preview;
  let browser: Browser;
  let app: AppPage;
  let framer: Server;

  beforeAll(async () => {
    preview = await startPreview('/');
    browser = await launchBrowser();
    app = await openApp(browser, preview.url);
    // Another origin (another port) whose page frames the app. A real server, not a routed fake host:
    // Chromium refuses to frame a loopback address from a page it takes for a public site.
    framer = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><title>framer</title><iframe id="victim" src="${preview.url}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
  });
  afterAll(async () => {
    framer?.close();
    await app?.close();
    await browser?.close();
    await preview?.close();
  });

  it('refuses to start inside a frame of another origin', async () => {
    await app.page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
    const frame = app.page.frameLocator('#victim');
    await frame.locator('[data-testid=framed-refusal]').waitFor({ timeout: 60_000 });
    expect(await frame.locator('[data-testid=framed-refusal] a').getAttribute('target')).toBe('_blank');
    expect(await frame.locator('#file-input, #load-sample').count()).toBe(0);
  });

  it('starts as usual when it is the top window', async () => {
    await app.page.goto(preview.url);
    await app.page.waitForSelector('[data-testid=report-meta]', { timeout: 60_000 });
    expect(await app.page.locator('[data-testid=framed-refusal]').count()).toBe(0);
  });
});
