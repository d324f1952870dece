// Runs the pipeline off the main thread, so the page stays responsive while a report is analysed.

import { analyzeBytes } from '../../pipeline/analyzeBytes.ts';
import { analyzePdfSource } from '../../pipeline/analyzePdf.ts';
import { analyzeLines } from '../../pipeline/analyzeText.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    const result =
      request.type === 'analyze'
        ? analyzeBytes(request.bytes, request.fileName)
        : request.type === 'analyze-pdf'
          ? analyzePdfSource(request.source, request.fileName)
          : { ok: true as const, analysis: analyzeLines(request.lines, request.fileName, { kind: 'html' }, { title: request.title }) };
    post({ id: request.id, type: 'result', result });
  } catch (error) {
    post({ id: request.id, type: 'crash', message: (error as Error).message });
  }
});
