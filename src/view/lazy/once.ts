// A module loaded on first use and kept: every caller gets the same promise, so a `{#await}` block asks
// for the module once, and a download that failed (offline before the service worker had it) is tried
// again by the next caller instead of failing for ever.

export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
