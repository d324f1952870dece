// The page's side of the worker protocol. Reading and analysis run inside the worker, so cancelling
// means terminating it: an AbortSignal does that at once, whatever the worker is doing, and the next
// request starts a fresh worker.

import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import type { WorkerAnswer } from './readInWorker.ts';
import type { Claim, NormLine } from '../../model/types.ts';
import type { StageListener } from '../../pipeline/analyzeText.ts';
import { latestPerFrame } from './latestPerFrame.ts';

export interface AnalyzeOptions {
  password?: string;
  signal?: AbortSignal;
  onProgress?: (page: number, pages: number) => void;
  onStage?: StageListener;
}

interface Pending {
  /** The lines and claims received so far, ahead of the result. */
  lines: NormLine[];
  claims: Claim[];
  resolve: (answer: WorkerAnswer) => void;
  reject: (error: Error) => void;
  onProgress?: (page: number, pages: number) => void;
  onStage?: StageListener;
}

export class AnalysisClient {
  #worker: Worker | undefined;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  analyze(bytes: Uint8Array, fileName: string, options: AnalyzeOptions = {}): Promise<WorkerAnswer> {
    const { signal, password, onProgress, onStage } = options;
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    // Progress is passed on at most once per frame, and none after the answer (latestPerFrame.ts).
    const progress = onProgress ? latestPerFrame(onProgress) : undefined;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('Cancelled', 'AbortError'));
      const settled = <T>(settle: (value: T) => void) => (value: T) => {
        progress?.cancel();
        settle(value);
      };
      this.#pending.set(id, { lines: [], claims: [], resolve: settled(resolve), reject: settled(reject), ...(progress ? { onProgress: progress.call } : {}), ...(onStage ? { onStage } : {}) });
      signal?.addEventListener('abort', () => this.#cancel(id), { once: true });
      const request: WorkerRequest = { id, type: 'analyze', bytes, fileName, siteBase: document.baseURI, ...(password !== undefined ? { password } : {}) };
      worker.postMessage(request);
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return; // an answer to a request that was cancelled
      if (message.type === 'progress') {
        pending.onProgress?.(message.page, message.pages);
        return;
      }
      if (message.type === 'stage') {
        pending.onStage?.(message.stage);
        return;
      }
      if (message.type === 'lines' || message.type === 'claims') {
        for (const item of message.items) (pending[message.type] as unknown[]).push(item);
        return;
      }
      this.#pending.delete(message.id);
      if (message.type === 'crash') return pending.reject(new Error(message.message));
      const { result } = message;
      const whole = result.ok ? { ok: true as const, analysis: { ...result.analysis, lines: pending.lines, claims: pending.claims } } : result;
      pending.resolve({ result: whole, ...(message.needsPassword ? { needsPassword: message.needsPassword } : {}) });
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
