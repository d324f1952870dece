// Runs the pipeline off the main thread, so the page stays responsive while a report is analysed.

import { analyzeBytes } from '../../pipeline/analyzeBytes.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    post({ id: request.id, type: 'result', result: analyzeBytes(request.bytes, request.fileName) });
  } catch (error) {
    post({ id: request.id, type: 'crash', message: (error as Error).message });
  }
});
