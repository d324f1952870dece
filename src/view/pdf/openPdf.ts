// Opens a PDF in the page for drawing its pages in the source view (the analysis opened its own copy in
// the analysis worker). pdf.js's parser runs in a worker of its own, behind the origin guard.

import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import parserUrl from '../worker/pdfParser.worker.ts?worker&url';
import { destroyWhenReleased } from './documentHolds.ts';

// pdf.js starts its parser from this URL itself, with its ready/test handshake, one worker per document.
// (Handing it a worker we made, as the analysis worker does, left Firefox's page waiting for ever.)
pdfjs.GlobalWorkerOptions.workerSrc = parserUrl;

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  /** Destroys the document (and its parser worker) once no viewer holds it any more (`documentHolds.ts`). */
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
  // The signal cancels the opening only. Once open, the document belongs to the caller: the next report's
  // analysis aborts this one's signal while this report is still on screen, its pages still being drawn.
  signal.addEventListener('abort', destroy, { once: true });
  try {
    const doc = await task.promise;
    signal.removeEventListener('abort', destroy);
    return { doc, destroy: () => destroyWhenReleased(doc, destroy) };
  } catch (error) {
    destroy();
    throw error;
  }
}
