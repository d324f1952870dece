// Runs the whole reading and analysis off the main thread, so the page stays responsive while a report
// is read. The origin guard is installed by the first import, before any parser is loaded.

import './confined.ts';
import '../../source/pdf/streamIteration.ts'; // before pdf.js: Safari's streams cannot be iterated
import { readInWorker } from './readInWorker.ts';
import type { WorkerAnswer } from './readInWorker.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

/** Items per slice: copying 5,000 lines or claims into the page takes a few tens of milliseconds. */
const SLICE = 5_000;

/** The answer, its lines and claims sent ahead in slices (the client puts them back). */
function postAnswer(id: number, answer: WorkerAnswer): void {
  if (!answer.result.ok) return post({ id, type: 'result', ...answer });
  const { lines, claims, ...rest } = answer.result.analysis;
  for (let i = 0; i < lines.length; i += SLICE) post({ id, type: 'lines', items: lines.slice(i, i + SLICE) });
  for (let i = 0; i < claims.length; i += SLICE) post({ id, type: 'claims', items: claims.slice(i, i + SLICE) });
  post({ id, type: 'result', result: { ok: true, analysis: { ...rest, lines: [], claims: [] } } });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Progress is posted at most once per page; the page shows it without re-laying out anything else.
  readInWorker(request, {
    onPage: (page, pages) => post({ id: request.id, type: 'progress', page, pages }),
    onStage: (stage) => post({ id: request.id, type: 'stage', stage }),
  }).then(
    (answer) => postAnswer(request.id, answer),
    (error: unknown) => post({ id: request.id, type: 'crash', message: (error as Error)?.message ?? String(error) }),
  );
});
