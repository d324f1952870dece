// One measurement of bench/long.ts in a process of its own, so that its peak memory is its own: `text`
// (pdf.js's text extraction alone, every page) or `whole` (the CLI's analysis). Prints one JSON line.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openPdfNode } from '../src/source/pdf/openPdfNode.ts';
import { analyzeFileNode } from '../src/pipeline/analyzeFileNode.ts';

const [mode, path] = process.argv.slice(2) as ['text' | 'whole', string];
const bytes = new Uint8Array(readFileSync(path));
const start = performance.now();
if (mode === 'text') {
  const { doc, destroy } = await openPdfNode(bytes);
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await destroy();
} else {
  const result = await analyzeFileNode(bytes, path.split('/').pop()!);
  if (!result.ok) throw new Error(result.reason.en);
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
