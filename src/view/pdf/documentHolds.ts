// A document the page opened is destroyed only when nothing still reads it. pdf.js's viewer keeps asking
// for pages after it was handed a new document (the loop that fetches every page, once the first one was
// drawn, runs to its end); destroying the old document under it rejects each of those requests with
// 「Transport destroyed」 and pdf.js logs an error per page. So whoever reads a document holds it, and its
// destruction waits until every hold is released.

const holdsOf = new WeakMap<object, Set<Promise<void>>>();

/**
 * Holds `doc` open. The returned function releases the hold once `until` settles (resolved or rejected);
 * call it exactly once.
 */
export function holdDocument(doc: object): (until?: Promise<unknown>) => void {
  let release!: () => void;
  const hold = new Promise<void>((resolve) => (release = resolve));
  const holds = holdsOf.get(doc) ?? new Set();
  holdsOf.set(doc, holds);
  holds.add(hold);
  void hold.then(() => holds.delete(hold));
  return (until) => {
    if (!until) release();
    else until.then(release, release);
  };
}

/** Runs `destroy` once every hold on `doc` taken so far is released (at once when there is none). */
export function destroyWhenReleased(doc: object | undefined, destroy: () => void): void {
  const holds = doc ? [...(holdsOf.get(doc) ?? [])] : [];
  if (holds.length === 0) destroy();
  else void Promise.all(holds).then(destroy);
}
