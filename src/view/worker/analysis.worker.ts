// Runs the whole reading and analysis off the main thread, so the page stays responsive while a report
// is read. The origin guard is installed by the first import, before any parser is loaded.

import './confined.ts';
import { readInWorker } from './readInWorker.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Progress is posted at most once per page; the page shows it without re-laying out anything else.
  readInWorker(request, (page, pages) => post({ id: request.id, type: 'progress', page, pages })).then(
    (answer) => post({ id: request.id, type: 'result', ...answer }),
    (error: unknown) => post({ id: request.id, type: 'crash', message: (error as Error)?.message ?? String(error) }),
  );
});
