// Opens a PDF in the page for drawing its pages in the source view (the analysis opened its own copy in
// the analysis worker). pdf.js's parser runs in a worker of its own, behind the origin guard, one per
// document and ended with it. This module and pdf.js are imported on demand: a text report loads neither.

import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  destroy: () => void;
}

export async function openPdf(bytes: Uint8Array, password: string | undefined, signal: AbortSignal): Promise<OpenedPdf> {
  // The worker fetches CMaps itself and resolves relative URLs against its own folder: give it absolute ones.
  const base = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;
  const parser = new Worker(new URL('../worker/pdfParser.worker.ts', import.meta.url), { type: 'module' });
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js detaches the buffer it is given; the caller keeps its bytes
    cMapUrl: base('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: base('standard_fonts'),
    password,
    isEvalSupported: false,
    verbosity: 0,
    worker: new pdfjs.PDFWorker({ port: parser as unknown as null }),
  });
  const destroy = () => {
    void task.destroy().finally(() => parser.terminate());
  };
  signal.addEventListener('abort', destroy, { once: true });
  try {
    const doc = await task.promise;
    return { doc, destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}
