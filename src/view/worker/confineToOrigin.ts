// Keeps a worker's traffic on the site's own origin. The page's Content-Security-Policy is a <meta> tag,
// which does not govern workers, and GitHub Pages sends no CSP header a worker could inherit; yet the
// workers are where hostile input is parsed (pdf.js reads the PDF, linkedom the web page). So each worker
// replaces its network entry points before it loads any parser: fetch, XMLHttpRequest, importScripts,
// WebSocket, EventSource, WebTransport and nested Worker creation refuse any URL outside the origin
// (and outside blob:/data: URLs the worker itself makes). A refused request throws; nothing is sent.

/** The members of a worker's global scope this guard replaces; a test may pass a plain object. */
export interface ConfinableScope {
  location: { href: string; origin: string };
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  XMLHttpRequest?: { prototype: { open: (...args: never[]) => void } };
  importScripts?: (...urls: string[]) => void;
  WebSocket?: unknown;
  EventSource?: unknown;
  WebTransport?: unknown;
  Worker?: new (url: string | URL, options?: WorkerOptions) => Worker;
}

export class OffOriginRequestError extends Error {
  constructor(readonly url: string) {
    super(`Blocked a request outside this site: ${url}`);
    this.name = 'OffOriginRequestError';
  }
}

/** Whether a URL stays on the scope's origin (relative URLs resolve against the worker's own URL). */
export function isOnOrigin(url: string | URL, scope: Pick<ConfinableScope, 'location'>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(String(url), scope.location.href);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'blob:') return parsed.href.startsWith(`blob:${scope.location.origin}/`);
  return parsed.origin === scope.location.origin;
}

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return (input as Request).url;
}

export function confineToOrigin(scope: ConfinableScope): void {
  const check = (url: string | URL) => {
    if (!isOnOrigin(url, scope)) throw new OffOriginRequestError(String(url));
  };
  const fetch = scope.fetch;
  if (fetch) {
    scope.fetch = (input, init) => {
      try {
        check(urlOf(input));
      } catch (error) {
        return Promise.reject(error);
      }
      return fetch.call(scope, input, init);
    };
  }
  const xhr = scope.XMLHttpRequest?.prototype;
  if (xhr) {
    const open = xhr.open;
    xhr.open = function (this: unknown, ...args: never[]) {
      check(args[1] as unknown as string);
      return open.apply(this, args);
    };
  }
  const importScripts = scope.importScripts;
  if (importScripts) {
    scope.importScripts = (...urls: string[]) => {
      urls.forEach(check);
      return importScripts.apply(scope, urls);
    };
  }
  const NativeWorker = scope.Worker;
  if (NativeWorker) {
    scope.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        check(url);
        super(url, options);
      }
    };
  }
  // Nothing here needs a socket or a stream of events: they are removed outright.
  for (const name of ['WebSocket', 'EventSource', 'WebTransport'] as const) {
    if (scope[name] !== undefined) {
      scope[name] = function refused(url: string | URL) {
        throw new OffOriginRequestError(String(url));
      };
    }
  }
}
