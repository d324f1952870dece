// Work that must never delay the first paint of an analysis (the memo, its page crops, the parts of the
// page loaded after the first screen) runs when the page is idle.

/** Idle callbacks wait at most this long (ms), so a page kept busy still gets the work done. */
const IDLE_TIMEOUT = 2_000;

/** Calls `run` when the page is idle (or after `IDLE_TIMEOUT`); the returned function cancels the call. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT });
    return () => cancelIdleCallback(id);
  }
  // Browsers without idle callbacks: a short delay still lets the analysis paint first.
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
