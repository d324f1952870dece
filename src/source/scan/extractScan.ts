// A scanned PDF (pages that are pictures, no text layer) read by OCR into the same PdfSource a PDF with
// text gives. Shared by the page's worker and the CLI: the caller opens the document with its own pdf.js
// build and gives the recogniser it loaded. A page that is not a picture (a blank separator page) keeps
// no text rather than failing the document.

import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfPage, PdfSource } from '../../model/types.ts';
import { pageImage } from './pageImage.ts';
import { readScanPage } from './readScanPage.ts';
import type { Recognizer } from './recognizer.ts';

export interface ScanOptions {
  onProgress?: (page: number, pages: number) => void;
  signal?: AbortSignal;
}

export async function extractScan(doc: PDFDocumentProxy, recognizer: Recognizer, options: ScanOptions = {}): Promise<PdfSource> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    options.signal?.throwIfAborted();
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const picture = await pageImage(page);
    if (!picture) {
      pages.push({ number: n, width: viewport.width, height: viewport.height, items: [], segments: [] });
    } else {
      const toPage = (x: number, y: number) => viewport.convertToViewportPoint(...picture.toUser(x, y)) as [number, number];
      const read = await readScanPage(picture.image, picture.pixelsPerPoint, toPage, recognizer, options.signal);
      pages.push({ number: n, width: viewport.width, height: viewport.height, items: read.items, segments: read.segments, scan: { skew: read.skew, dpi: Math.round(picture.pixelsPerPoint * 72) } });
    }
    page.cleanup();
    options.onProgress?.(n, doc.numPages);
  }
  return { pages };
}
