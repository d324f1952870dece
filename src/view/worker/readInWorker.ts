// Reads any dropped file inside the analysis worker, so no parsing of the user's file happens on the
// page's thread: a PDF is opened with pdf.js here (its parser in a nested worker, behind the same origin
// guard), a web page is parsed with linkedom (the parser the CLI uses), a text goes straight to the
// pipeline. The heavy libraries are imported on first use, so a text report loads neither.

import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import { analyzeBytes, failureReason } from '../../pipeline/analyzeBytes.ts';
import { analyzePdfSource } from '../../pipeline/analyzePdf.ts';
import { isPdf, pdfErrorMessage } from '../../pipeline/pdfErrors.ts';
import { htmlToRead } from '../../pipeline/isHtml.ts';
import { readHtml } from '../../pipeline/analyzeHtml.ts';
import { decodeText } from '../../source/text/decodeText.ts';
import { extractPdf } from '../../source/pdf/extractPdf.ts';
import { fileTooLarge } from '../../source/limits.ts';
import type { HtmlDocument } from '../../source/html/htmlLines.ts';
import type { AnalyzeRequest } from './protocol.ts';

export interface WorkerAnswer {
  result: AnalyzeResult;
  needsPassword?: 'needed' | 'wrong';
}

export async function readInWorker(request: AnalyzeRequest, onProgress: (page: number, pages: number) => void): Promise<WorkerAnswer> {
  const { bytes, fileName } = request;
  const large = fileTooLarge(bytes.length);
  if (large) return { result: { ok: false, reason: large } };
  if (isPdf(bytes)) return readPdf(request, onProgress);
  const decoded = decodeText(bytes);
  const html = decoded.ok ? htmlToRead(decoded.text, fileName) : undefined;
  if (html !== undefined) {
    try {
      const { DOMParser } = await import('linkedom/worker');
      const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html') as unknown as HtmlDocument;
      return { result: readHtml(html, fileName, parse) };
    } catch (error) {
      return { result: { ok: false, reason: failureReason(error) } };
    }
  }
  return { result: analyzeBytes(bytes, fileName) };
}

async function readPdf(request: AnalyzeRequest, onProgress: (page: number, pages: number) => void): Promise<WorkerAnswer> {
  const pdfjs = await import('pdfjs-dist');
  // One parser worker per document, ended with it: pdf.js cannot reuse a port once a document on it is destroyed.
  const parser = new Worker(new URL('./pdfParser.worker.ts', import.meta.url), { type: 'module' });
  const base = (folder: string) => new URL(`pdfjs/${folder}/`, request.siteBase).href;
  const task = pdfjs.getDocument({
    data: request.bytes, // the worker's own copy: pdf.js may detach it
    cMapUrl: base('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: base('standard_fonts'),
    useWorkerFetch: true,
    password: request.password,
    isEvalSupported: false,
    verbosity: 0,
    worker: new pdfjs.PDFWorker({ port: parser as unknown as null }),
  });
  try {
    const doc = await task.promise;
    const source = await extractPdf(doc, { onProgress });
    return { result: analyzePdfSource(source, request.fileName) };
  } catch (error) {
    const { password, zh, en } = pdfErrorMessage(error);
    return { result: { ok: false, reason: { zh, en } }, ...(password ? { needsPassword: password } : {}) };
  } finally {
    await task.destroy().catch(() => undefined);
    parser.terminate();
  }
}
