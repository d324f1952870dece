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
  const [pdfjs, { extractPdf }, { analyzePdfSource, isScan }, { DOCUMENT_WITHOUT_DRAWING, useFontFacesNotDrawn }] = await Promise.all([
    import('pdfjs-dist'),
    import('../../source/pdf/extractPdf.ts'),
    import('../../pipeline/analyzePdf.ts'),
    import('../../source/pdf/withoutDrawing.ts'),
  ]);
  // This worker draws no text (a scan's picture is taken from the page as it is, not drawn).
  useFontFacesNotDrawn(true);
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
    disableFontFace: false,
    ownerDocument: DOCUMENT_WITHOUT_DRAWING,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const source = await extractPdf(doc, { onProgress: progress.onPage });
    if (!isScan(source)) return { result: analyzePdfSource(source, request.fileName, progress.onStage) };
    return { result: await readScan(doc, request, progress) };
  } catch (error) {
    const { password, zh, en } = pdfErrorMessage(error);
    return { result: { ok: false, reason: { zh, en } }, ...(password ? { needsPassword: password } : {}) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * A PDF whose pages are pictures: the OCR model and runtime are fetched from the site (the first time;
 * then from the cache), each page is recognised with its progress shown, then the same stages follow.
 */
async function readScan(doc: import('pdfjs-dist').PDFDocumentProxy, request: AnalyzeRequest, progress: WorkerProgress): Promise<AnalyzeResult> {
  progress.onStage('ocr');
  const [{ browserRecognizer }, { extractScan }, { analyzePdfSource }] = await Promise.all([
    import('./browserRecognizer.ts'),
    import('../../source/scan/extractScan.ts'),
    import('../../pipeline/analyzePdf.ts'),
  ]);
  let recognizer;
  try {
    recognizer = await browserRecognizer(request.siteBase);
  } catch (error) {
    return {
      ok: false,
      reason: {
        zh: `这个 PDF 是扫描件，需要 OCR 模型识别，但模型未能加载（${(error as Error)?.message ?? error}）。首次识别扫描件需要联网下载模型（约 11 MB），之后可离线使用。`,
        en: `This PDF is a scan and needs the OCR model, which could not be loaded (${(error as Error)?.message ?? error}). The first scan needs a connection to download the model (about 11 MB); after that it works offline.`,
      },
    };
  }
  const source = await extractScan(doc, recognizer, { onProgress: progress.onPage });
  return analyzePdfSource(source, request.fileName, progress.onStage);
}
