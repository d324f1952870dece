// The page's side of the worker protocol. The analysis is one synchronous call inside the worker, so
// cancelling means terminating the worker: an AbortSignal does that, and the next request starts a
// fresh one.

import type { NormLine, PdfSource } from '../../model/types.ts';
import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

export class AnalysisClient {
  #worker: Worker | undefined;
  #nextId = 1;
  #pending = new Map<number, { resolve: (r: AnalyzeResult) => void; reject: (e: Error) => void }>();

  analyze(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<AnalyzeResult> {
    return this.#request((id) => ({ id, type: 'analyze', bytes, fileName }), signal);
  }

  analyzePdf(source: PdfSource, fileName: string, signal?: AbortSignal): Promise<AnalyzeResult> {
    return this.#request((id) => ({ id, type: 'analyze-pdf', source, fileName }), signal);
  }

  analyzeLines(lines: NormLine[], fileName: string, title: string | undefined, signal?: AbortSignal): Promise<AnalyzeResult> {
    return this.#request((id) => ({ id, type: 'analyze-lines', lines, fileName, title }), signal);
  }

  #request(make: (id: number) => WorkerRequest, signal?: AbortSignal): Promise<AnalyzeResult> {
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('Cancelled', 'AbortError'));
      this.#pending.set(id, { resolve, reject });
      signal?.addEventListener('abort', () => this.#cancel(id), { once: true });
      worker.postMessage(make(id));
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return; // an answer to a request that was cancelled
      this.#pending.delete(message.id);
      if (message.type === 'result') pending.resolve(message.result);
      else pending.reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      for (const pending of this.#pending.values()) pending.reject(new Error(event.message || 'worker error'));
      this.#pending.clear();
      this.#worker?.terminate();
      this.#worker = undefined;
    });
    this.#worker = worker;
    return worker;
  }

  #cancel(id: number) {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    pending.reject(new DOMException('Cancelled', 'AbortError'));
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const other of this.#pending.values()) other.reject(new DOMException('Cancelled', 'AbortError'));
    this.#pending.clear();
  }
}
