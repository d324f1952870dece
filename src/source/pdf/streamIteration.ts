// pdf.js 5 reads streams with `for await (… of readableStream)` (text content in the page and the analysis
// worker, DecompressionStream output in its parser worker). Safari's engine has ReadableStream without
// async iteration (WebKitGTK 2.50: no `values`, no `Symbol.asyncIterator`), so every PDF failed there with
// 「undefined is not a function」. This adds the iteration the Streams standard defines, built on a reader,
// only where it is missing; importing the module installs it.

interface IterableStreamPrototype {
  getReader(): ReadableStreamDefaultReader<unknown>;
  values?: (options?: { preventCancel?: boolean }) => AsyncGenerator<unknown, void, undefined>;
  [Symbol.asyncIterator]?: (options?: { preventCancel?: boolean }) => AsyncGenerator<unknown, void, undefined>;
}

/** Adds `values()` and `[Symbol.asyncIterator]` to `proto` when it has neither. Returns whether it did. */
export function addStreamIteration(proto: IterableStreamPrototype | undefined): boolean {
  if (!proto || typeof proto[Symbol.asyncIterator] === 'function') return false;
  async function* values(this: IterableStreamPrototype, options?: { preventCancel?: boolean }): AsyncGenerator<unknown, void, undefined> {
    const reader = this.getReader();
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          finished = true;
          return;
        }
        yield value;
      }
    } catch (error) {
      finished = true;
      throw error;
    } finally {
      // Leaving the loop early (break, return, throw in its body) cancels the stream, as the standard says.
      if (!finished && !options?.preventCancel) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  proto.values ??= values;
  proto[Symbol.asyncIterator] = proto.values;
  return true;
}

addStreamIteration(globalThis.ReadableStream?.prototype as unknown as IterableStreamPrototype | undefined);
