// pdf.js's viewer components (`pdfjs-dist/web/pdf_viewer.mjs`) take the library from `globalThis.pdfjsLib`
// when their module is evaluated (`const { … } = globalThis.pdfjsLib` at its top), and refuse a library of
// another version. pdfjs-dist's main build sets that global itself when it is evaluated; this module is
// imported before the viewer's, so the global is there in time and is the very library `openPdf.ts` opens
// documents with (one module instance, one worker setup). Static imports only: no dynamic import().
import * as pdfjs from 'pdfjs-dist';

const scope = globalThis as typeof globalThis & { pdfjsLib?: unknown };
scope.pdfjsLib ??= pdfjs;

export { pdfjs };
