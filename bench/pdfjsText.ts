// Benchmark page (built only for `npm run bench`): the baseline our analysis is compared with, pdf.js
// opening a file and extracting every page's text, with the same build and worker the app uses.

import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
const input = document.querySelector<HTMLInputElement>('#file')!;
const out = document.querySelector<HTMLPreElement>('#out')!;

input.addEventListener('change', async () => {
  const start = performance.now();
  const bytes = new Uint8Array(await input.files![0]!.arrayBuffer());
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: new URL('../pdfjs/cmaps/', document.baseURI).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('../pdfjs/standard_fonts/', document.baseURI).href,
    isEvalSupported: false,
  });
  const doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  const elapsed = performance.now() - start;
  void task.destroy();
  input.value = ''; // so that choosing the same file again fires another change
  out.textContent = String(elapsed);
  out.dataset.done = 'true';
});
