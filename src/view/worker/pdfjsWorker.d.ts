// pdf.js's parser module ships without types; it is only imported for its side effect of registering
// itself (globalThis.pdfjsWorker), so nothing of it is typed here.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs';
