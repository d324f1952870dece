// A pool of analysis workers for a batch. Each AnalysisClient owns one worker (started on its first request,
// restarted after a cancel), so the pool is a few clients and lanes that each take the next file when their
// last one is done: one file per worker at a time, so a slow PDF never holds up the files behind it in
// another lane. The clients are kept between batches, so a second batch does not pay for starting workers.

import { AnalysisClient } from '../worker/client.ts';

/**
 * How many workers a batch of `files` gets: one per core, at least two (the page's own thread is one of the
 * cores, but the workers mostly wait on parsing, not on each other), and never more than there are files.
 */
export function poolSize(files: number, cores = globalThis.navigator?.hardwareConcurrency): number {
  const perCore = Math.max(2, cores || 2);
  return Math.max(1, Math.min(files, perCore));
}

export class AnalysisPool {
  #clients: AnalysisClient[] = [];

  /**
   * Runs `task` once for each index below `count`, at most poolSize(count) at a time, each on a client of its
   * own. `task` must not throw: a file that fails is the task's to record, and must not stop its lane. Once
   * `signal` is aborted no further task starts; those running are stopped by the signal they were given.
   */
  async each(count: number, signal: AbortSignal, task: (index: number, client: AnalysisClient) => Promise<void>): Promise<void> {
    const lanes = poolSize(count);
    while (this.#clients.length < lanes) this.#clients.push(new AnalysisClient());
    let next = 0;
    const lane = async (client: AnalysisClient) => {
      while (!signal.aborted && next < count) await task(next++, client);
    };
    await Promise.all(this.#clients.slice(0, lanes).map(lane));
  }
}
