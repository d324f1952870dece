// The service worker that scripts/serviceWorker.ts writes: which files it precaches, how its cache is
// named, and, run against a fake browser (caches, fetch, events), what it answers from the cache and
// what it leaves to the network.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentHash, onDemandUrls, precacheUrls, serviceWorkerSource, type BuiltFile } from '../../scripts/serviceWorker.ts';

const file = (path: string, text = path): BuiltFile => ({ path, bytes: new TextEncoder().encode(text) });

describe('the precache list', () => {
  it('lists every built file but source maps, licences and sw.js itself, relative and URL-encoded', () => {
    const files = [
      file('index.html'),
      file('assets/index-abc.js'),
      file('assets/index-abc.js.map'),
      file('assets/pdf.worker.min-def.mjs'),
      file('pdfjs/cmaps/UniGB-UCS2-H.bcmap'),
      file('pdfjs/cmaps/LICENSE'),
      file('pdfjs/standard_fonts/LICENSE_FOXIT'),
      file('pdfjs/standard_fonts/FoxitSerif.pfb'),
      file('samples/a sample.txt'),
      file('sw.js'),
      file('assets/ort-wasm-simd-threaded-abc.wasm'),
      file('ocr/ppocr-v4/model.onnx'),
    ];
    expect(precacheUrls(files)).toEqual([
      'assets/index-abc.js',
      'assets/pdf.worker.min-def.mjs',
      'index.html',
      'pdfjs/cmaps/UniGB-UCS2-H.bcmap',
      'pdfjs/standard_fonts/FoxitSerif.pfb',
      'samples/a%20sample.txt',
    ]);
    expect(onDemandUrls(files)).toEqual(['assets/ort-wasm-simd-threaded-abc.wasm', 'ocr/ppocr-v4/model.onnx']);
  });

  it('names the cache after the precached files’ paths and contents, whatever their order', () => {
    const files = [file('index.html', '<html>'), file('assets/a.js', 'one')];
    const base = contentHash(files);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash([...files].reverse())).toBe(base);
    expect(contentHash([file('index.html', '<html>'), file('assets/a.js', 'two')])).not.toBe(base);
    expect(contentHash([file('index.html', '<html>'), file('assets/b.js', 'one')])).not.toBe(base);
    expect(contentHash([...files, file('samples/x.txt')])).not.toBe(base);
    // A file that is not precached does not make browsers download the site again.
    expect(contentHash([...files, file('assets/a.js.map')])).toBe(base);
  });
});

// A small stand-in for the browser's service worker globals, enough for sw.js.
class FakeCache {
  readonly entries = new Map<string, Response>();
  private static key(request: Request | string): string {
    const url = new URL(typeof request === 'string' ? request : request.url);
    url.hash = '';
    return url.href;
  }
  async put(request: Request | string, response: Response): Promise<void> {
    this.entries.set(FakeCache.key(request), response);
  }
  async keys(): Promise<Array<{ url: string }>> {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
  async delete(request: Request | string | { url: string }): Promise<boolean> {
    return this.entries.delete(FakeCache.key(typeof request === 'string' ? request : request.url));
  }
  /** Like the browser's: a stored response that varies on a header the request has (the stored requests had none) does not match. */
  async match(request: Request | string, options: CacheQueryOptions = {}): Promise<Response | undefined> {
    const response = this.entries.get(FakeCache.key(request));
    const vary = response?.headers.get('Vary')?.split(',').map((h) => h.trim()) ?? [];
    if (!options.ignoreVary && typeof request !== 'string' && vary.some((header) => request.headers.has(header))) return undefined;
    return response?.clone();
  }
}

class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache());
    return this.caches.get(name)!;
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
}

type Listener = (event: unknown) => void;

const SCOPE = 'https://example.test/duizhang/';
const URLS = ['index.html', 'assets/index-abc.js', 'pdfjs/cmaps/UniGB-UCS2-H.bcmap'];
const ON_DEMAND = ['ocr/v4/model.onnx'];

function startWorker(network: (url: string, init?: RequestInit) => Promise<Response>) {
  const listeners = new Map<string, Listener>();
  const storage = new FakeCacheStorage();
  const fetchMock = vi.fn((input: Request | string, init?: RequestInit) => network(typeof input === 'string' ? input : input.url, init));
  const self = {
    registration: { scope: SCOPE },
    location: new URL(`${SCOPE}sw.js`),
    clients: { claim: vi.fn(async () => undefined) },
    skipWaiting: vi.fn(async () => undefined),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  new Function('self', 'caches', 'fetch', serviceWorkerSource(URLS, 'v2', ON_DEMAND))(self, storage, fetchMock);

  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
    await done;
  };
  /** What the worker answers for a request, or null when it leaves the request to the browser. */
  const request = (url: string, init: { mode?: RequestMode; method?: string; headers?: Record<string, string> } = {}): Promise<Response> | null => {
    let answer: Promise<Response> | null = null;
    const req = { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors', headers: new Headers(init.headers) } as Request;
    listeners.get('fetch')!({ request: req, respondWith: (promise: Promise<Response>) => (answer = promise) });
    return answer;
  };
  return { self, storage, fetchMock, lifecycle, request, cacheName: `duizhang:${SCOPE}:v2` };
}

// Like Vite's preview server, which sends 'Vary: Origin' with every file.
const served = (url: string) => Promise.resolve(new Response(`network ${new URL(url).pathname}`, { headers: { Vary: 'Origin' } }));
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

describe('sw.js', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('precaches every listed file, relative to its own location, revalidating with the server', async () => {
    const worker = startWorker(served);
    await worker.lifecycle('install');
    expect(worker.fetchMock.mock.calls.map(([url, init]) => [url, init?.cache])).toEqual(
      URLS.map((path) => [`${SCOPE}${path}`, 'no-cache']),
    );
    const cache = worker.storage.caches.get(worker.cacheName)!;
    expect([...cache.entries.keys()].sort()).toEqual(URLS.map((path) => `${SCOPE}${path}`).sort());
    expect(worker.self.skipWaiting).toHaveBeenCalled();
  });

  it('fails to install when a file cannot be fetched, so no half-filled cache is used', async () => {
    const worker = startWorker((url) => (url.endsWith('.bcmap') ? Promise.resolve(new Response('', { status: 404 })) : served(url)));
    await expect(worker.lifecycle('install')).rejects.toThrow(/404/);
    expect(worker.self.skipWaiting).not.toHaveBeenCalled();
  });

  it('on activation deletes its own older caches only, and takes control of open pages', async () => {
    const worker = startWorker(served);
    for (const name of [`duizhang:${SCOPE}:v1`, 'duizhang:https://example.test/other/:v1', 'someone-else', worker.cacheName]) {
      await worker.storage.open(name);
    }
    await worker.lifecycle('activate');
    expect(await worker.storage.keys()).toEqual(['duizhang:https://example.test/other/:v1', 'someone-else', worker.cacheName]);
    expect(worker.self.clients.claim).toHaveBeenCalled();
  });

  it('fetches an on-demand file only when asked, keeps it, and answers it offline after', async () => {
    let online = true;
    const worker = startWorker((url) => (online ? served(url) : offline()));
    await worker.lifecycle('install');
    expect(worker.fetchMock.mock.calls.some(([url]) => String(url).includes('model.onnx'))).toBe(false);
    const first = worker.request(`${SCOPE}ocr/v4/model.onnx`);
    expect(await (await first!).text()).toBe('network /duizhang/ocr/v4/model.onnx');
    online = false;
    const again = worker.request(`${SCOPE}ocr/v4/model.onnx`);
    expect(await (await again!).text()).toBe('network /duizhang/ocr/v4/model.onnx');
    // A deploy whose list no longer names a kept file removes it on activation; the kept cache stays.
    const kept = worker.storage.caches.get(`duizhang-on-demand:${SCOPE}`)!;
    await kept.put(`${SCOPE}ocr/v3/old.onnx`, new Response('old'));
    await worker.lifecycle('activate');
    expect([...kept.entries.keys()]).toEqual([`${SCOPE}ocr/v4/model.onnx`]);
  });

  it('answers precached files from the cache without the network', async () => {
    let online = true;
    const worker = startWorker((url) => (online ? served(url) : offline()));
    await worker.lifecycle('install');
    online = false;
    worker.fetchMock.mockClear();
    const answer = worker.request(`${SCOPE}pdfjs/cmaps/UniGB-UCS2-H.bcmap`);
    expect(await (await answer!).text()).toBe('network /duizhang/pdfjs/cmaps/UniGB-UCS2-H.bcmap');
    // A module script's request carries an Origin header that the install's request did not.
    const script = worker.request(`${SCOPE}assets/index-abc.js`, { headers: { Origin: 'https://example.test' } });
    expect(await (await script!).text()).toBe('network /duizhang/assets/index-abc.js');
    expect(worker.fetchMock).not.toHaveBeenCalled();
  });

  it('serves the page from the network when online and from the cache when not', async () => {
    let online = true;
    const worker = startWorker((url) => (online ? served(url) : offline()));
    await worker.lifecycle('install');
    // Online: what the server has now (it may be a newer deploy).
    worker.storage.caches.get(worker.cacheName)!.entries.set(`${SCOPE}index.html`, new Response('cached page'));
    expect(await (await worker.request(SCOPE, { mode: 'navigate' })!).text()).toBe('network /duizhang/');
    online = false;
    for (const url of [SCOPE, `${SCOPE}index.html`, `${SCOPE}#s=abc`, `${SCOPE}?lang=en`]) {
      expect(await (await worker.request(url, { mode: 'navigate' })!).text()).toBe('cached page');
    }
  });

  it('serves the cached page when the server answers with an error or too slowly', async () => {
    let mode: 'error' | 'hang' = 'error';
    const worker = startWorker((url) =>
      url.endsWith('/duizhang/') ? (mode === 'error' ? Promise.resolve(new Response('down', { status: 503 })) : new Promise<Response>(() => {})) : served(url),
    );
    await worker.lifecycle('install');
    expect(await (await worker.request(SCOPE, { mode: 'navigate' })!).text()).toBe('network /duizhang/index.html');
    mode = 'hang';
    vi.useFakeTimers();
    const answer = worker.request(SCOPE, { mode: 'navigate' })!;
    await vi.advanceTimersByTimeAsync(4000);
    expect(await (await answer).text()).toBe('network /duizhang/index.html');
  });

  it('leaves other requests to the browser', async () => {
    const worker = startWorker(served);
    await worker.lifecycle('install');
    expect(worker.request(`${SCOPE}assets/index-abc.js`, { method: 'POST' })).toBeNull();
    expect(worker.request('https://elsewhere.test/duizhang/assets/index-abc.js')).toBeNull();
    expect(worker.request(`${SCOPE}assets/index-abc.js.map`)).toBeNull();
    expect(worker.request(`${SCOPE}elsewhere.html`, { mode: 'navigate' })).toBeNull();
    expect(worker.request('https://example.test/other/', { mode: 'navigate' })).toBeNull();
    expect(worker.request(`${SCOPE}assets/index-abc.js`)).not.toBeNull();
  });
});
