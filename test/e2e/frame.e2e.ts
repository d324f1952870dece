// Another site framing the app: the frame shows a refusal and a link that opens the app on its own, and
// the app does not start inside it (no drop zone to dress up). GitHub Pages cannot send
// `frame-ancestors`, so this check in the page is the defence (src/view/frameGuard.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

describe('framed by another site', () => {
  const site = useSite();
  let framer: Server;

  beforeAll(async () => {
    // Another origin (another port) whose page frames the app. A real server, not a routed fake host:
    // Chromium refuses to frame a loopback address from a page it takes for a public site.
    framer = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><title>framer</title><iframe id="victim" src="${site.preview.url}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
  });
  afterAll(() => {
    framer?.close();
  });

  it('refuses to start inside a frame of another origin', async () => {
    const { page } = site.app;
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
    const frame = page.frameLocator('#victim');
    await frame.locator('[data-testid=framed-refusal]').waitFor({ timeout: 60_000 });
    expect(await frame.locator('[data-testid=framed-refusal] a').getAttribute('target')).toBe('_blank');
    expect(await frame.locator('#file-input, #load-sample').count()).toBe(0);
  });

  it('starts as usual when it is the top window', async () => {
    const { page } = site.app;
    await page.goto(site.preview.url);
    await page.waitForSelector('[data-testid=report-meta]', { timeout: 60_000 });
    expect(await page.locator('[data-testid=framed-refusal]').count()).toBe(0);
  });
});
