// Node timings for PDFs: pdf.js text extraction alone (every page's getTextContent) against our whole
// analysis (text, ruling lines, layout, template, rules). Medians of repeated runs, each on a freshly
// opened document, so both sides pay for parsing the file.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openPdfNode } from '../src/source/pdf/openPdfNode.ts';
import { analyzeFileNode } from '../src/pipeline/analyzeFileNode.ts';

export const PDFS = [
  'test/fixtures/corpus/2024_huaian_city.pdf',
  'test/fixtures/corpus/2023_huaian_hongze_district.pdf',
  'test/fixtures/pdf/seed000-ruled.pdf',
  'test/fixtures/pdf/seed000-fakebold.pdf',
  'test/fixtures/pdf/seed003-pagebreak.pdf',
  'test/fixtures/pdf/seed003-type3.pdf',
  'test/fixtures/pdf/long-60pages.pdf',
];

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function textOnly(bytes: Uint8Array): Promise<number> {
  const start = performance.now();
  const { doc, destroy } = await openPdfNode(bytes);
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  const elapsed = performance.now() - start;
  await destroy();
  return elapsed;
}

async function whole(bytes: Uint8Array, name: string): Promise<number> {
  const start = performance.now();
  const result = await analyzeFileNode(bytes, name);
  if (!result.ok) throw new Error(`${name}: ${result.reason.en}`);
  return performance.now() - start;
}

export async function benchPdfNode(): Promise<void> {
  console.log('\nPDF in Node (ms, median of', RUNS, 'runs)');
  console.log('file'.padEnd(34), 'pages'.padStart(5), 'pdf.js text'.padStart(12), 'whole'.padStart(8), 'ratio'.padStart(6));
  for (const path of PDFS) {
    const bytes = new Uint8Array(readFileSync(path));
    const name = path.split('/').pop()!;
    await whole(bytes, name); // warm-up: JIT and pdf.js module loading
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(await textOnly(bytes));
      b.push(await whole(bytes, name));
    }
    const { doc, destroy } = await openPdfNode(bytes);
    const pages = doc.numPages;
    await destroy();
    console.log(name.padEnd(34), String(pages).padStart(5), median(a).toFixed(0).padStart(12), median(b).toFixed(0).padStart(8), (median(b) / median(a)).toFixed(2).padStart(6));
  }
}
