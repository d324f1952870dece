// Reads any dropped file inside the analysis worker, so no parsing of the user's file happens on the
// page's thread: a PDF is opened with pdf.js here (its parser in this same thread, behind the origin
// guard), a web page is parsed with linkedom (the parser the CLI uses), a text goes straight to the
// pipeline. The heavy libraries, and our own PDF reading, are imported on first use, so a text report
// loads none of them.

import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import { analyzeTextFile } from '../../pipeline/analyzeBytes.ts';
import { isPdf, pdfErrorMessage } from '../../pipeline/pdfErrors.ts';
import type { ParseHtml } from '../../pipeline/analyzeHtml.ts';
import { fileTooLarge } from '../../source/limits.ts';
import type { HtmlDocument } from '../../source/html/htmlLines.ts';
import type { AnalyzeRequest } from './protocol.ts';
import type { StageListener } from '../../pipeline/analyzeText.ts';

export interface WorkerAnswer {
  result: AnalyzeResult;
  needsPassword?: 'needed' | 'wrong';
}

export interface WorkerProgress {
  onPage: (page: number, pages: number) => void;
  onStage: StageListener;
}

export async function readInWorker(request: AnalyzeRequest, progress: WorkerProgress): Promise<WorkerAnswer> {
  const { bytes, fileName } = request;
  const large = fileTooLarge(bytes.length);
  if (large) return { result: { ok: false, reason: large } };
  if (isPdf(bytes)) return readPdf(request, progress);
  return { result: await analyzeTextFile(bytes, fileName, loadParser, progress.onStage) };
}

/** linkedom's worker build, loaded the first time a web page is dropped. */
async function loadParser(): Promise<ParseHtml> {
  const { DOMParser } = await import('linkedom/worker');
  return (text) => new DOMParser().parseFromString(text, 'text/html') as unknown as HtmlDocument;
}

async function readPdf(request: AnalyzeRequest, progress: WorkerProgress): Promise<WorkerAnswer> {
  // pdf.js's parser runs here, in this worker's own thread (pdf.js's "fake worker"): it finds the parser
  // already loaded (the module registers itself as globalThis.pdfjsWorker) and starts no worker of its
  // own. A nested worker would let parsing overlap our layout, but Firefox's automation hung now and then
  // on a nested worker's short life, and older WebKit has no nested workers; one thread is simpler.
  // The parser's module also answers a "ready" handshake on this worker's port when it loads; the page's
  // client ignores messages without a request id, so that message is harmless.
  await import('pdfjs-dist/build/pdf.worker.min.mjs');
  const [pdfjs, { extractPdf }, { analyzePdfSource }] = await Promise.all([
    import('pdfjs-dist'),
    import('../../source/pdf/extractPdf.ts'),
    import('../../pipeline/analyzePdf.ts'),
  ]);
  const base = (folder: string) => new URL(`pdfjs/${folder}/`, request.siteBase).href;
  const task = pdfjs.getDocument({
    data: request.bytes, // the worker's own copy: pdf.js may detach it
    cMapUrl: base('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: base('standard_fonts'),
    useWorkerFetch: true,
    password: request.password,
    isEvalSupported: false,
    // Only text and ruling lines are read here: images need no decoding.
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const source = await extractPdf(doc, { onProgress: progress.onPage });
    return { result: analyzePdfSource(source, request.fileName, progress.onStage) };
  } catch (error) {
    const { password, zh, en } = pdfErrorMessage(error);
    return { result: { ok: false, reason: { zh, en } }, ...(password ? { needsPassword: password } : {}) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
