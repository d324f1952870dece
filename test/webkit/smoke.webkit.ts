// Smoke test: the built site (dist/) in WebKit, Safari's engine, as WebKitGTK's MiniBrowser driven by
// Debian's WebKitWebDriver over classic WebDriver (the `webdriver` npm package). It walks the main paths
// once (the sample at start, a PDF chosen in the file input and drawn by the document viewer, a share link
// reopened) to catch what only breaks in WebKit: a web platform feature the app or pdf.js relies on
// (module workers, streams, canvas), or pdf.js's worker and CMaps. The Chromium suite (test/e2e) checks
// the details.
//
// WebKitGTK 2.50 has no headless mode, so the test starts its own Xvfb on a free display, then
// WebKitWebDriver on a free port with DISPLAY pointing at it, and stops both (with the browser they
// started) afterwards. Classic WebDriver has no console or error events: after each navigation the test
// injects a recorder (console.error, uncaught errors, unhandled rejections, failed resource loads, CSP
// violations, errors of workers created from then on) and reads it back before leaving the document.
// Run with `npm run test:webkit` after `vite build`; needs webkit2gtk-driver and xvfb (scripts/ensure-webkit.sh).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import WebDriver, { type Client } from 'webdriver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameOrigin, repoRoot, startPreview, type Preview } from '../e2e/harness.ts';

const SEED_000_PDF = resolve(repoRoot, 'test/fixtures/pdf/seed000-ruled.pdf');
/** Every wait polls this long: the machine may be slow and busy, so no wait relies on a short timeout. */
const WAIT = { timeout: 60_000, interval: 200 };
/** The W3C WebDriver key under which an element reference carries its id. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

const DRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** MiniBrowser, which Debian ships in libwebkit2gtk-4.1-0 under /usr/lib/<multiarch>/webkit2gtk-4.1/. */
function findMiniBrowser(): string {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  const candidates = readdirSync('/usr/lib', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/usr/lib/${entry.name}/webkit2gtk-4.1/MiniBrowser`);
  candidates.push('/usr/libexec/webkit2gtk-4.1/MiniBrowser');
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('MiniBrowser not found (install webkit2gtk-driver: bash scripts/ensure-webkit.sh, or set WEBKIT_BROWSER_PATH)');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A process started by the test, in its own process group so that stopping it also stops what it started. */
interface Started {
  child: ChildProcess;
  output: () => string;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, extraFd = false): Started {
  const child = spawn(command, args, {
    env,
    detached: true,
    stdio: extraFd ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

/** Stops a started process and its group: SIGTERM, then SIGKILL if it is still there after 10 s. */
async function stop(started: Started | undefined): Promise<void> {
  const child = started?.child;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) {
    signal('SIGKILL');
    await exited;
  }
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs do not collide. */
async function startXvfb(): Promise<{ xvfb: Started; display: string }> {
  const xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, true);
  const display = await new Promise<string>((done, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Xvfb did not report a display in 60 s: ${xvfb.output()}`)), 60_000);
    (xvfb.child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        done(`:${text.trim()}`);
      }
    });
    xvfb.child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Xvfb exited (${code}): ${xvfb.output()}`));
    });
  });
  return { xvfb, display };
}

/** Starts WebKitWebDriver on a free port and waits until its /status says it is ready. */
async function startDriver(display: string): Promise<{ driver: Started; port: number }> {
  const port = await freePort();
  const driver = start(DRIVER, [`--port=${port}`], { ...process.env, DISPLAY: display });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (driver.child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.child.exitCode}): ${driver.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      const status = (await response.json()) as { value?: { ready?: boolean } };
      if (status.value?.ready) return { driver, port };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer /status in 60 s: ${driver.output()}`);
    await sleep(200);
  }
}

// ---- Code run in the page. Plain functions, sent as source with executeAsyncScript. ----

interface Recorder {
  errors: string[];
}
type RecordedWindow = Window & { smokeRecorder?: Recorder };

/**
 * Installs the error recorder in the current document (once). Errors raised before it is installed, while
 * the page loads, are not seen: classic WebDriver has no way to run a script before the page's own.
 */
function installRecorder(): boolean {
  const w = window as RecordedWindow;
  if (w.smokeRecorder) return false;
  const recorder: Recorder = { errors: [] };
  w.smokeRecorder = recorder;
  const describe = (value: unknown): string =>
    value instanceof Error ? `${value.name}: ${value.message}${value.stack ? `\n${value.stack}` : ''}` : String(value);
  const originalError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    recorder.errors.push(`console.error: ${args.map(describe).join(' ')}`);
    originalError(...args);
  };
  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) {
        recorder.errors.push(`error: ${event.message} (${event.filename}:${event.lineno}:${event.colno})`);
      } else {
        // Failed resource loads do not bubble: caught in the capture phase, with the element as target.
        const target = event.target as Partial<HTMLImageElement & HTMLLinkElement> | null;
        recorder.errors.push(`failed to load: ${target?.src || target?.href || String(target)}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    recorder.errors.push(`unhandledrejection: ${describe(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    recorder.errors.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
  });
  // Uncaught errors in a worker (and a worker script that fails to load) fire 'error' on its Worker object.
  const OriginalWorker = window.Worker;
  window.Worker = class RecordedWorker extends OriginalWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('error', (event) => {
        recorder.errors.push(`worker error: ${event.message || 'failed'} (${String(url)}:${event.lineno ?? 0})`);
      });
    }
  };
  return true;
}

/** Takes the recorded errors out of the current document, and lists every URL it requested. */
function harvestPage(): { errors: string[]; requests: string[] } {
  const recorder = (window as RecordedWindow).smokeRecorder;
  const requests = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
  return { errors: recorder ? recorder.errors.splice(0) : ['(no recorder in this document)'], requests };
}

/** The flagged findings (not the "info" ones that confirm a total) as "rule stated computed", sorted. */
function flaggedInPage(): string[] {
  return Array.from(document.querySelectorAll('[data-testid=findings] [data-finding]:not([data-severity=info])'))
    .map((el) => `${el.getAttribute('data-rule')} ${el.getAttribute('data-stated')} ${el.getAttribute('data-computed')}`)
    .sort();
}

/** True once the canvas of page `n` in the document viewer has a dark pixel: pdf.js drew its text. */
function pageDrawn(n: number): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid=page-view] .page[data-page-number="${n}"] canvas`);
  const context = canvas?.getContext('2d');
  if (!canvas || !context || canvas.width === 0) return false;
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) return true;
  return false;
}

/** Findings the app recomputes from the table alone, which a share link therefore carries in full. */
const tableFindings = (list: string[]): string[] => list.filter((f) => /^(sum|same|malformed) /.test(f));

describe('Duizhang in WebKit', () => {
  let preview: Preview;
  let xvfb: Started | undefined;
  let driver: Started | undefined;
  let client: Client | undefined;
  const errors: string[] = [];
  const requests: string[] = [];

  /** Runs `fn` in the page with `args` and resolves with its (awaited) result. */
  async function inPage<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = (await client!.executeAsyncScript(script, args as (string | number | boolean | object | null)[])) as {
      value?: Awaited<R>;
      error?: string;
    };
    if (result.error !== undefined) throw new Error(`in page: ${result.error}`);
    return result.value as Awaited<R>;
  }

  /** Reads back what the current document recorded. */
  async function harvest(): Promise<void> {
    const page = await inPage(harvestPage);
    errors.push(...page.errors);
    requests.push(...page.requests);
  }

  /** Leaves the current document (reading its errors first) for `url`, and installs the recorder there. */
  async function open(url: string): Promise<void> {
    const current = await client!.getUrl();
    if (current.startsWith('http')) await harvest();
    // about:blank first, so that a URL differing only in its #fragment loads a new document.
    await client!.navigateTo('about:blank');
    await client!.navigateTo(url);
    await inPage(installRecorder);
  }

  async function find(selector: string): Promise<string | undefined> {
    const found = await client!.findElements('css selector', selector);
    return found[0]?.[ELEMENT_KEY];
  }

  async function waitFor(selector: string): Promise<string> {
    let id: string | undefined;
    await expect.poll(async () => (id = await find(selector)) !== undefined, { ...WAIT, message: `waiting for ${selector}` }).toBe(true);
    return id!;
  }

  /** Waits until each of `expected` ("rule stated computed") is among the flagged findings; fails with the missing ones. */
  async function waitForFindings(expected: string[]): Promise<string[]> {
    await expect
      .poll(async () => {
        const shown = await inPage(flaggedInPage);
        return expected.filter((finding) => !shown.includes(finding));
      }, WAIT)
      .toEqual([]);
    return inPage(flaggedInPage);
  }

  /**
   * Waits until the analysis on screen is the one of the file called `name`; fails at once, with the app's
   * message, when the app shows an error for that file instead.
   */
  async function waitForFile(name: string): Promise<void> {
    const shown = (fileName: string) => {
      if (document.querySelector(`[data-testid=report-meta][data-file-name="${CSS.escape(fileName)}"]`)) return 'shown';
      const alert = document.querySelector(`.alert[role=alert][data-file-name="${CSS.escape(fileName)}"]`);
      return alert ? `the app reported an error: ${alert.textContent?.trim()}` : 'waiting';
    };
    let state = 'waiting';
    await expect.poll(async () => (state = await inPage(shown, name)) !== 'waiting', { ...WAIT, message: `waiting for the analysis of ${name}` }).toBe(true);
    expect(state, `analysis of ${name}`).toBe('shown');
  }

  beforeAll(async () => {
    const miniBrowser = findMiniBrowser();
    preview = await startPreview('/');
    const x = await startXvfb();
    xvfb = x.xvfb;
    const d = await startDriver(x.display);
    driver = d.driver;
    client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port: d.port,
      logLevel: 'warn',
      // A browser that fails to start leaves New Session hanging: never send it twice.
      connectionRetryCount: 0,
      connectionRetryTimeout: 90_000,
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver only: WebKitGTK 2.50's driver does not speak BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    await client.setWindowRect(0, 0, 1280, 900);
  });

  afterAll(async () => {
    try {
      await client?.deleteSession();
    } catch {
      // The browser may already be gone; stopping the driver's process group below ends it anyway.
    }
    await stop(driver);
    await stop(xvfb);
    await preview?.close();
  });

  it('records console errors, uncaught errors, rejections and worker errors, so the last test can fail', async () => {
    await open(preview.url);
    await inPage(() => {
      console.error('probe: console');
      setTimeout(() => {
        throw new Error('probe: thrown');
      });
      void Promise.reject(new Error('probe: rejected'));
      // The site's CSP allows blob: workers.
      const source = 'throw new Error("probe: worker thrown");';
      new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    });
    const probed = async () => {
      const seen = await inPage(() => [...((window as RecordedWindow).smokeRecorder?.errors ?? [])]);
      return ['console', 'thrown', 'rejected', 'worker thrown'].filter((what) => !seen.some((e) => e.includes(`probe: ${what}`)));
    };
    await expect.poll(probed, WAIT).toEqual([]);
    // Not errors of the app: dropped before the walk starts.
    await inPage(() => void (window as RecordedWindow).smokeRecorder?.errors.splice(0));
  });

  it('opens with the built-in sample and shows its findings', async () => {
    await open(preview.url);
    expect(await inPage(() => navigator.userAgent)).toContain('AppleWebKit');
    await waitFor('html[lang=zh-CN]');
    // The badge marks the sample.
    await waitFor('[data-testid=report-meta] .badge');
    await waitForFindings(['sum 285922 286067', 'sum 464 435', 'narrative-sum 464 634', 'narrative-vs-table 464 461']);
  });

  it('reads the generated seed 000 PDF chosen in the file input and draws its pages', async () => {
    // WebDriver's way of choosing a file: its absolute path sent as keys to the (hidden) file input.
    const input = await waitFor('input#file-input');
    await client!.elementSendKeys(input, SEED_000_PDF);
    await waitForFile('seed000-ruled.pdf');
    const findings = await waitForFindings(['sum 464 435', 'sum 285922 286067', 'narrative-vs-table 464 461']);
    expect(findings.filter((f) => f.includes(' 647 ') || f.includes(' 60 '))).toEqual([]);
    expect(await find('[data-testid=report-meta] .badge')).toBeUndefined();
    // pdf.js draws page 1 into a canvas in the document viewer: some pixel is dark once the text is drawn.
    await waitFor('[data-testid=page-view] .page[data-page-number="1"] canvas');
    await expect.poll(() => inPage(pageDrawn, 1), WAIT).toBe(true);
    // Choosing a finding turns the viewer to its page (13) and outlines its cells there.
    await client!.elementClick(await waitFor('[data-testid=findings] [data-finding][data-stated="464"][data-computed="435"]'));
    await waitFor('[data-testid=page-view][data-page="13"]');
    await waitFor('[data-testid=page-box]');
    await expect.poll(() => inPage(pageDrawn, 13), WAIT).toBe(true);
  });

  it('shares a link that reopens the same findings', async () => {
    // The sample, freshly loaded, so that this check does not depend on the PDF test before it.
    await open(preview.url);
    await waitFor('[data-testid=report-meta] .badge');
    const before = await waitForFindings(['sum 285922 286067', 'sum 464 435']);
    const fileName = await client!.getElementAttribute(await waitFor('[data-testid=report-meta]'), 'data-file-name');
    expect(fileName).toBeTruthy();
    // Let the clipboard call through, recording it: WebKit may allow or refuse it; either way the app
    // shows the link in the page, which is what is checked.
    await inPage(() => {
      const attempts: string[] = [];
      (window as unknown as { clipboardAttempts: string[] }).clipboardAttempts = attempts;
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) return;
      const original = clipboard.writeText.bind(clipboard);
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: (text: string) => {
          attempts.push(text);
          return original(text);
        },
      });
    });
    await client!.elementClick(await waitFor('#share-link'));
    const field = await waitFor('[data-testid=share-url] input');
    let url = '';
    await expect.poll(async () => (url = (await client!.getElementProperty(field, 'value')) as string), WAIT).toMatch(/#s=/);
    expect(url.startsWith(`${preview.url}#s=`)).toBe(true);
    if (await inPage(() => Boolean(navigator.clipboard))) {
      // The app did try the clipboard, with this very link.
      expect(await inPage(() => (window as unknown as { clipboardAttempts: string[] }).clipboardAttempts)).toEqual([url]);
    }

    // Opened in the same session, as a new document.
    await open(url);
    await waitFor('[data-testid=shared-notice]');
    await waitForFile(fileName!);
    const shared = await waitForFindings(['sum 464 435', 'sum 285922 286067']);
    expect(tableFindings(shared).length).toBeGreaterThan(5);
    expect(tableFindings(shared)).toEqual(tableFindings(before));
  });

  it('logs no errors and requests nothing off its origin', async () => {
    await harvest();
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isSameOrigin(url, preview.origin))).toEqual([]);
  });
});
