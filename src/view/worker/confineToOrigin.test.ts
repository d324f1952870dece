import { describe, expect, it } from 'vitest';
import { confineToOrigin, isOnOrigin, OffOriginRequestError, type ConfinableScope } from './confineToOrigin.ts';

const location = { href: 'https://example.github.io/duizhang/assets/analysis.worker.js', origin: 'https://example.github.io' };

function fakeScope() {
  const fetched: string[] = [];
  const opened: string[] = [];
  const imported: string[] = [];
  const workers: string[] = [];
  class FakeXhr {
    open(_method: string, url: string) {
      opened.push(url);
    }
  }
  class FakeWorker {
    constructor(url: string | URL) {
      workers.push(String(url));
    }
  }
  const scope = {
    location,
    fetch: async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return new Response('');
    },
    XMLHttpRequest: FakeXhr,
    importScripts: (...urls: string[]) => imported.push(...urls),
    WebSocket: class {},
    EventSource: class {},
    Worker: FakeWorker,
  } as unknown as ConfinableScope;
  confineToOrigin(scope);
  return { scope, fetched, opened, imported, workers };
}

describe('confineToOrigin', () => {
  it('lets same-origin, relative, blob: and data: URLs through', async () => {
    const { scope, fetched, opened, workers } = fakeScope();
    await scope.fetch!('../pdfjs/cmaps/UniGB-UCS2-H.bcmap');
    await scope.fetch!(new URL('https://example.github.io/duizhang/x'));
    await scope.fetch!('data:text/plain,hi');
    new (scope.XMLHttpRequest as unknown as new () => { open(m: string, u: string): void })().open('GET', '/duizhang/y');
    new scope.Worker!('blob:https://example.github.io/1234');
    expect(fetched).toHaveLength(3);
    expect(opened).toEqual(['/duizhang/y']);
    expect(workers).toHaveLength(1);
  });

  it('refuses every other origin, by each entry point, before anything is sent', async () => {
    const { scope, fetched, opened, imported, workers } = fakeScope();
    await expect(scope.fetch!('https://evil.example/x')).rejects.toBeInstanceOf(OffOriginRequestError);
    await expect(scope.fetch!(new Request('http://example.github.io/insecure'))).rejects.toBeInstanceOf(OffOriginRequestError);
    const xhr = new (scope.XMLHttpRequest as unknown as new () => { open(m: string, u: string): void })();
    expect(() => xhr.open('GET', '//evil.example/y')).toThrow(OffOriginRequestError);
    expect(() => scope.importScripts!('https://evil.example/z.js')).toThrow(OffOriginRequestError);
    expect(() => new scope.Worker!('https://evil.example/w.js')).toThrow(OffOriginRequestError);
    expect(() => new scope.Worker!('blob:https://evil.example/1234')).toThrow(OffOriginRequestError);
    expect(() => new (scope.WebSocket as new (u: string) => unknown)('wss://example.github.io/')).toThrow(OffOriginRequestError);
    expect(() => new (scope.EventSource as new (u: string) => unknown)('/events')).toThrow(OffOriginRequestError);
    expect([fetched, opened, imported, workers]).toEqual([[], [], [], []]);
  });

  it('does not take a malformed URL for a same-origin one', () => {
    expect(isOnOrigin('http://[::1', { location })).toBe(false);
    expect(isOnOrigin('javascript:alert(1)', { location })).toBe(false);
  });
});
