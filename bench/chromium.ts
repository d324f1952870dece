// Chromium timings, measured inside the page: for each PDF, pdf.js text extraction alone (a bench page
// using the app's own pdf.js build) and our whole analysis, from the file input's change event to the
// findings rendered. Warm runs on one page; the first run is reported apart as cold.

import type { Page } from 'playwright-core';
import { launchBrowser, startPreview } from '../test/e2e/harness.ts';
import { PDFS } from './pdf.ts';

const RUNS = 4;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeText(page: Page, path: string): Promise<number> {
  await page.evaluate(`delete document.querySelector('#out').dataset.done`);
  await page.setInputFiles('#file', path);
  await page.waitForSelector('#out[data-done=true]', { timeout: 120_000 });
  return Number(await page.textContent('#out'));
}

/** Drop to findings on screen for one file: from the file input's change to its report's meta panel. */
export async function timeWhole(page: Page, path: string): Promise<number> {
  const name = path.split('/').pop()!;
  // Clear the previous analysis's name so the same file can be timed again.
  // Passed as source text: tsx would otherwise wrap the callback with helpers the page does not have.
  const waiting = page.evaluate(`new Promise((resolve) => {
    let start = 0;
    document.addEventListener('change', () => { start = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      // The meta panel, the findings and the table render in the same update.
      const done = document.querySelector('[data-testid=report-meta][data-file-name="${name}"]');
      if (start && done) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  })`) as Promise<number>;
  await page.setInputFiles('#file-input', path);
  return waiting;
}

export async function benchChromium(): Promise<void> {
  const preview = await startPreview('/', 'dist-bench');
  const browser = await launchBrowser();
  try {
    const textPage = await browser.newPage();
    await textPage.goto(`${preview.url}bench/pdfjs-text.html`);
    const appPage = await browser.newPage();
    await appPage.goto(preview.url);
    await appPage.waitForSelector('[data-testid=findings] [data-finding]');
    console.log('\nPDF in Chromium (ms, measured in the page; warm = median of', RUNS - 1, 'runs after the first)');
    console.log('file'.padEnd(34), 'pdf.js cold'.padStart(11), 'warm'.padStart(6), 'whole cold'.padStart(11), 'warm'.padStart(6), 'ratio'.padStart(6));
    for (const path of PDFS) {
      const text: number[] = [];
      const whole: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        text.push(await timeText(textPage, path));
        whole.push(await timeWhole(appPage, path));
        await appPage.click('#load-sample'); // a different report in between, so each run renders anew
        await appPage.waitForSelector('[data-testid=report-meta] .badge');
      }
      const [textCold, ...textWarm] = text;
      const [wholeCold, ...wholeWarm] = whole;
      console.log(
        path.split('/').pop()!.padEnd(34),
        textCold!.toFixed(0).padStart(11),
        median(textWarm).toFixed(0).padStart(6),
        wholeCold!.toFixed(0).padStart(11),
        median(wholeWarm).toFixed(0).padStart(6),
        (median(wholeWarm) / median(textWarm)).toFixed(2).padStart(6),
      );
    }
  } finally {
    await browser.close();
    await preview.close();
  }
}
