// npm run bench: times the whole text pipeline on each fixture in Node (median of repeated runs), then
// how time grows with the input (complexity), then PDFs in Node, the JavaScript the page loads before and
// after a PDF is dropped, and PDFs in Chromium against pdf.js's own text extraction. Speed goals are measured here, never asserted in tests.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/pipeline/analyzeText.ts';
import { benchPdfNode } from './pdf.ts';
import { benchChromium } from './chromium.ts';
import { benchScaling } from './scaling.ts';
import { benchBadInputs } from './badInputs.ts';
import { benchBatch } from './batch.ts';
import { benchInitialLoad } from './initialLoad.ts';
import { benchScan } from './scan.ts';
import { benchLong } from './long.ts';

const RUNS = 15;
const folders = ['test/fixtures/seeds', 'test/fixtures/corpus'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

console.log('file'.padEnd(42), 'chars'.padStart(8), 'median ms'.padStart(10), 'min ms'.padStart(8));
for (const folder of folders) {
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(folder, name), 'utf8');
    analyzeText(text, name); // warm-up: the first run pays for JIT compilation
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      analyzeText(text, name);
      times.push(performance.now() - start);
    }
    console.log(name.padEnd(42), String(text.length).padStart(8), median(times).toFixed(2).padStart(10), Math.min(...times).toFixed(2).padStart(8));
  }
}
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(`heap used after the text runs: ${mb(process.memoryUsage().heapUsed)} MB`);

await benchScaling();
await benchBadInputs();
await benchPdfNode();
await benchInitialLoad();
await benchChromium();
await benchLong();
await benchScan();
await benchBatch();
