import { describe, expect, it } from 'vitest';
import { addStreamIteration } from './streamIteration.ts';

/** A ReadableStream subclass whose prototype lacks async iteration, as WebKit's does. */
function webkitLikeStream<T>(chunks: T[], onCancel: () => void) {
  class Plain extends ReadableStream<T> {}
  Object.defineProperty(Plain.prototype, Symbol.asyncIterator, { value: undefined, configurable: true, writable: true });
  Object.defineProperty(Plain.prototype, 'values', { value: undefined, configurable: true, writable: true });
  expect(addStreamIteration(Plain.prototype as never)).toBe(true);
  let i = 0;
  return new Plain({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('addStreamIteration', () => {
  it('leaves a stream that can already be iterated alone', () => {
    expect(addStreamIteration(ReadableStream.prototype as never)).toBe(false);
  });

  it('iterates every chunk with for await, and releases the stream at the end', async () => {
    let cancelled = false;
    const stream = webkitLikeStream([1, 2, 3], () => (cancelled = true));
    const seen: number[] = [];
    for await (const chunk of stream as unknown as AsyncIterable<number>) seen.push(chunk);
    expect(seen).toEqual([1, 2, 3]);
    expect(cancelled).toBe(false);
    expect(stream.locked).toBe(false);
  });

  it('cancels the stream when the loop is left early, unless told not to', async () => {
    let cancelled = 0;
    const stream = webkitLikeStream(['a', 'b', 'c'], () => void cancelled++);
    for await (const chunk of stream as unknown as AsyncIterable<string>) if (chunk === 'a') break;
    expect(cancelled).toBe(1);
    const kept = webkitLikeStream(['a', 'b'], () => void cancelled++);
    const values = (kept as unknown as { values: (o: { preventCancel: boolean }) => AsyncIterable<string> }).values({ preventCancel: true });
    for await (const chunk of values) if (chunk === 'a') break;
    expect(cancelled).toBe(1);
    expect(kept.locked).toBe(false);
  });
});
