// Long reports made of real table pages (issue 15): 淮安 2024's six pages repeated to 60 and 240 pages
// with poppler's pdfunite (each copy keeps its own fonts, as a report merged from parts does). Made once
// into the system's temporary folder; skipped with a note where pdfunite is missing.
// Node: the whole analysis ÷ pdf.js's text extraction alone, and each one's peak memory (RSS), each in a
// process of its own. Chromium: drop to findings ÷ pdf.js's text alone in the page, and the longest
// main-thread task from the drop until two seconds after the findings show.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openApp, startPreview } from '../test/e2e/harness.ts';
import { timeWhole } from './chromium.ts';

const SOURCE = 'test/fixtures/corpus/2024_huaian_city.pdf';
const COPIES = [10, 40];
const load = () => loadavg()[0]!.toFixed(1);

function makeLong(copies: number): string | undefined {
  const dir = join(tmpdir(), 'duizhang-bench');
  const path = join(dir, `huaian-x${copies}.pdf`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('pdfunite', [...Array(copies).fill(SOURCE), path]);
    return path;
  } catch {
    return undefined;
  }
}

function inChild(mode: 'text' | 'whole', path: string): { ms: number; maxRssMb: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/longChild.ts', mode, path], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench/longChild.ts ${mode} ${path}: ${run.stderr.slice(-500)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as { ms: number; maxRssMb: number };
}

export async function benchLong(): Promise<void> {
  const paths = COPIES.map((copies) => [copies * 6, makeLong(copies)] as const);
  if (paths.some(([, path]) => !path)) {
    console.log('\nLong reports: skipped (pdfunite, from poppler-utils, is needed to make them)');
    return;
  }
  console.log('\nLong reports of real table pages in Node (淮安 2024 repeated; one process per run, second of two runs)');
  console.log('pages'.padStart(5), 'pdf.js text ms'.padStart(15), 'whole ms'.padStart(9), 'ratio'.padStart(6), 'text peak MB'.padStart(13), 'whole peak MB'.padStart(14), 'load'.padStart(5));
  for (const [pages, path] of paths) {
    const text = [inChild('text', path!), inChild('text', path!)][1]!;
    const whole = [inChild('whole', path!), inChild('whole', path!)][1]!;
    console.log(String(pages).padStart(5), text.ms.toFixed(0).padStart(15), whole.ms.toFixed(0).padStart(9), (whole.ms / text.ms).toFixed(2).padStart(6), text.maxRssMb.toFixed(0).padStart(13), whole.maxRssMb.toFixed(0).padStart(14), load().padStart(5));
  }

  const preview = await startPreview('/', 'dist-bench');
  const browser = await launchBrowser();
  try {
    const textPage = await browser.newPage();
    await textPage.goto(`${preview.url}bench/pdfjs-text.html`);
    const { page } = await openApp(browser, 'about:blank');
    await page.addInitScript(`window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });`);
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid=findings] [data-finding]', { timeout: 60_000 });
    console.log('\nLong reports in Chromium (ms, second of two runs; longest task from the drop to 2 s after the findings)');
    console.log('pages'.padStart(5), 'pdf.js text'.padStart(12), 'whole'.padStart(7), 'ratio'.padStart(6), 'longest task'.padStart(13), 'over 200 ms'.padStart(12), 'load'.padStart(5));
    for (const [pages, path] of paths) {
      let text = 0;
      let whole = 0;
      let tasks: number[] = [];
      for (let run = 0; run < 2; run++) {
        await textPage.evaluate(`delete document.querySelector('#out').dataset.done`);
        await textPage.setInputFiles('#file', path!);
        await textPage.waitForSelector('#out[data-done=true]', { timeout: 600_000 });
        text = Number(await textPage.textContent('#out'));
        await page.click('#load-sample'); // a different report in between, so each run renders anew
        await page.waitForSelector('[data-testid=report-meta] .badge');
        await page.waitForTimeout(2000);
        const from = (await page.evaluate('performance.now()')) as number;
        whole = await timeWhole(page, path!);
        await page.waitForTimeout(2000);
        const all = (await page.evaluate('window.__longTasks')) as Array<[number, number]>;
        tasks = all.filter(([start]) => start >= from).map(([, duration]) => duration);
      }
      const longest = Math.max(0, ...tasks);
      console.log(String(pages).padStart(5), text.toFixed(0).padStart(12), whole.toFixed(0).padStart(7), (whole / text).toFixed(2).padStart(6), longest.toFixed(0).padStart(13), String(tasks.filter((d) => d > 200).length).padStart(12), load().padStart(5));
    }
  } finally {
    await browser.close();
    await preview.close();
  }
}
