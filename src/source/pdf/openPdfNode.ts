// Opens a PDF in Node with pdf.js's legacy build (the default build needs DOMMatrix). CMaps and standard
// fonts are read from the installed package; pdf.js wants plain paths ending in '/', not file: URLs.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { DOCUMENT_WITHOUT_DRAWING, useFontFacesNotDrawn } from './withoutDrawing.ts';

const require = createRequire(import.meta.url);

/**
 * The engine's own methods that pdf.js's legacy build replaces for the whole process with core-js's: push
 * (for an edge case at 2^32 elements that no report reaches) and JSON's (for a proposal no code here uses).
 * The replacements cost about a seventh of the CPU of an analysis in Node, ours included; Node 20 needs
 * none of them, so the engine's are put back once pdf.js and its worker have loaded. What core-js adds
 * (Promise.withResolvers, Uint8Array.toHex, …) is left: pdf.js needs it on Node 20.
 */
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE.push) Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false });
  if (JSON.parse !== NATIVE.parse) JSON.parse = NATIVE.parse;
  if (JSON.stringify !== NATIVE.stringify) JSON.stringify = NATIVE.stringify;
}
const root = dirname(require.resolve('pdfjs-dist/package.json'));

export async function openPdfNode(bytes: Uint8Array, password?: string): Promise<{ doc: PDFDocumentProxy; destroy: () => Promise<void> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  useFontFacesNotDrawn(false);
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    password,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: DOCUMENT_WITHOUT_DRAWING,
  });
  const doc = await task.promise.finally(restoreNatives);
  return { doc, destroy: () => task.destroy() };
}
