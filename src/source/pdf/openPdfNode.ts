// Opens a PDF in Node with pdf.js's legacy build (the default build needs DOMMatrix). CMaps and standard
// fonts are read from the installed package; pdf.js wants plain paths ending in '/', not file: URLs.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));

export async function openPdfNode(bytes: Uint8Array, password?: string): Promise<{ doc: PDFDocumentProxy; destroy: () => Promise<void> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    password,
    verbosity: 0,
    isEvalSupported: false,
  });
  const doc = await task.promise;
  return { doc, destroy: () => task.destroy() };
}
