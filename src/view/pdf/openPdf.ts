// Opens a PDF in the page with pdf.js's browser build, which parses in its own worker (bundled and
// served from this site). The page keeps the document to draw pages in the source view; its
// positioned text goes to our analysis worker.

import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  destroy: () => void;
}

export async function openPdf(bytes: Uint8Array, password: string | undefined, signal: AbortSignal): Promise<OpenedPdf> {
  // The worker fetches CMaps itself and resolves relative URLs against its own folder: give it absolute ones.
  const base = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js detaches the buffer it is given; the caller keeps its bytes
    cMapUrl: base('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: base('standard_fonts'),
    password,
    isEvalSupported: false,
    verbosity: 0,
  });
  const destroy = () => void task.destroy();
  signal.addEventListener('abort', destroy, { once: true });
  const doc = await task.promise;
  return { doc, destroy };
}
