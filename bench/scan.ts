// OCR timings: a scanned PDF (洪泽 2023's three table pages at 200 dpi) read in Chromium, drop to findings
// on screen, cold (the model and the runtime's WebAssembly fetched and compiled) and warm; the same file
// in Node through the CLI's path; and what the browser downloads for OCR, raw and gzip.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeFileNode } from '../src/pipeline/analyzeFileNode.ts';
import { OCR_FOLDER } from '../src/source/scan/ocrModel.ts';
import { launchBrowser, startPreview } from '../test/e2e/harness.ts';
import { timeWhole } from './chromium.ts';

const SCAN = 'test/fixtures/pdf/scan-hongze-tables.pdf';
const PAGES = 3;
const WARM_RUNS = 2;

export async function benchScan(dist = 'dist-bench'): Promise<void> {
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(`\nScans by OCR (${SCAN}, ${PAGES} pages, 200 dpi)`);
  const files = [
    ...readdirSync(join(dist, OCR_FOLDER)).map((name) => join(dist, OCR_FOLDER, name)),
    ...readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.wasm') || /^ort\..*\.js$/.test(name)).map((name) => join(dist, 'assets', name)),
  ];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += statSync(file).size;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`  downloaded for the first scan: ${(raw / 1e6).toFixed(1)} MB (${(gzip / 1e6).toFixed(1)} MB gzip), ${files.length} files`);

  const started = performance.now();
  const node = await analyzeFileNode(new Uint8Array(readFileSync(SCAN)), 'scan.pdf');
  const nodeMs = performance.now() - started;
  console.log(`  Node (CLI path, model loaded once): ${(nodeMs / 1000).toFixed(1)} s, ${(nodeMs / PAGES / 1000).toFixed(1)} s a page, ${node.ok ? node.analysis.cells.length : 0} cells (load ${load()})`);

  const preview = await startPreview('/', dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(preview.url);
    await page.waitForSelector('[data-testid=findings] [data-finding]');
    const times: number[] = [];
    for (let i = 0; i <= WARM_RUNS; i++) {
      times.push(await timeWhole(page, SCAN));
      await page.click('#load-sample');
      await page.waitForSelector('[data-testid=report-meta] .badge');
    }
    const [cold, ...warm] = times;
    const best = Math.min(...warm);
    console.log(`  Chromium, drop to findings: cold ${(cold! / 1000).toFixed(1)} s (model fetched and compiled), warm ${warm.map((t) => (t / 1000).toFixed(1)).join(' / ')} s: ${(best / PAGES / 1000).toFixed(1)} s a page at best (load ${load()})`);
  } finally {
    await browser.close();
    await preview.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await benchScan(process.argv[2]);
