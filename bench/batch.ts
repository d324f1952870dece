// The batch benchmark of issue 16: 100 six-page PDF reports dropped at once in Chromium. Goals: under 30 s,
// the browser's processes under 1.5 GB at their peak, and no main-thread task over 200 ms while the batch runs
// (so the overview stays scrollable). Also the ratio of the batch's time to (one report's time × 100 ÷ workers),
// one report timed alone as bench/chromium.ts does. Figures are printed, never asserted.

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { launchBrowser, openApp, repoRoot, startPreview } from '../test/e2e/harness.ts';
import { poolSize } from '../src/view/batch/pool.ts';
import { timeWhole } from './chromium.ts';

const FILES = 100;
const SINGLE_RUNS = 4;

/** Six pages of `path`: its pages `pages` (1-based, in order), copied with pdf-lib into a new document. */
async function sixPages(path: string, pages: number[]): Promise<Uint8Array> {
  const source = await PDFDocument.load(readFileSync(resolve(repoRoot, path)));
  const out = await PDFDocument.create();
  for (const page of await out.copyPages(source, pages.map((n) => n - 1))) out.addPage(page);
  return out.save();
}

/**
 * Writes the batch's 100 files to a temporary folder, taking three sources in turn: 淮安市 2024 (six pages
 * already), 洪泽区 2023 (five pages, its first page repeated at the end) and the keyed seed 000 with ruled
 * tables (its first six of 15 pages). Copies of one source are byte-identical; the app keeps no cache by content.
 */
async function makeBatch(dir: string): Promise<{ paths: string[]; kinds: string[] }> {
  const sources = [
    { kind: 'huaian-city', bytes: await sixPages('test/fixtures/corpus/2024_huaian_city.pdf', [1, 2, 3, 4, 5, 6]) },
    { kind: 'hongze', bytes: await sixPages('test/fixtures/corpus/2023_huaian_hongze_district.pdf', [1, 2, 3, 4, 5, 1]) },
    { kind: 'seed000', bytes: await sixPages('test/fixtures/pdf/seed000-ruled.pdf', [1, 2, 3, 4, 5, 6]) },
  ];
  const paths: string[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const source = sources[i % sources.length]!;
    const path = join(dir, `${String(i).padStart(3, '0')}-${source.kind}.pdf`);
    writeFileSync(path, source.bytes);
    paths.push(path);
    kinds.push(source.kind);
  }
  return { paths, kinds };
}

/** The Chromium processes this Node process started, and all their descendants, read from /proc. */
function chromiumTree(): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the second field after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const roots = (children.get(process.pid) ?? []).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!.includes('chrom');
    } catch {
      return false;
    }
  });
  const tree: number[] = [];
  const walk = (pid: number) => { tree.push(pid); for (const child of children.get(pid) ?? []) walk(child); };
  roots.forEach(walk);
  return tree;
}

/** Resident memory of the Chromium process tree in bytes: the plain sum of RSS, and of PSS (shared pages split). */
function treeMemory(): { rss: number; pss: number; processes: number } {
  let rss = 0;
  let pss = 0;
  const tree = chromiumTree();
  for (const pid of tree) {
    try {
      rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      pss += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return { rss, pss, processes: tree.length };
}

/** CPU seconds used so far by each kind of thread of the Chromium tree (process type and thread name), and by the whole machine. */
function cpuSeconds(): { threads: Map<string, number>; machine: number } {
  const threads = new Map<string, number>();
  for (const pid of chromiumTree()) {
    try {
      const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const key = `${type} ${name}`;
        threads.set(key, (threads.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in ticks of 10 ms
      }
    } catch {
      // The process ended while it was read.
    }
  }
  const total = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  return { threads, machine: (total.reduce((a, b) => a + b, 0) - total[3]! - total[4]!) / 100 }; // all but idle and iowait
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const yesNo = (met: boolean) => (met ? 'met' : 'MISSED');

export async function benchBatch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duizhang-bench-batch-'));
  const preview = await startPreview('/', 'dist-bench');
  const browser = await launchBrowser();
  try {
    const { paths, kinds } = await makeBatch(dir);

    // One report alone, for each of the three sources: the first run cold, the median of the others warm.
    const single = await openApp(browser, preview.url);
    await single.page.waitForSelector('[data-testid=findings] [data-finding]', { timeout: 60_000 });
    const singleMs = new Map<string, number>();
    for (const kind of new Set(kinds)) {
      const times: number[] = [];
      for (let i = 0; i < SINGLE_RUNS; i++) {
        times.push(await timeWhole(single.page, paths[kinds.indexOf(kind)]!));
        await single.page.click('#load-sample'); // a different report in between, so each run renders anew
        await single.page.waitForSelector('[data-testid=report-meta] .badge');
      }
      singleMs.set(kind, median(times.slice(1)));
    }
    await single.close();
    // The mix's mean single time, each source weighted by its share of the batch.
    const singleMean = kinds.reduce((sum, kind) => sum + singleMs.get(kind)!, 0) / kinds.length;

    // The batch, on a fresh page, with long tasks recorded from its first script on.
    const { page, context, errors } = await openApp(browser, 'about:blank');
    await page.addInitScript(`window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });`);
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid=findings] [data-finding]', { timeout: 60_000 });
    const cores = (await page.evaluate('navigator.hardwareConcurrency')) as number;
    const workers = poolSize(FILES, cores);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
    const mainBefore = await Promise.all(['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map(metric));
    const cpuBefore = cpuSeconds();
    const before = treeMemory();
    let peakRss = before.rss;
    let peakPss = before.pss;
    let peakHeap = 0;
    let maxProcesses = before.processes;
    let sampling = false;
    const sample = async () => {
      if (sampling) return; // a slow read still running: skip this tick rather than pile up
      sampling = true;
      try {
        const tree = treeMemory();
        peakRss = Math.max(peakRss, tree.rss);
        peakPss = Math.max(peakPss, tree.pss);
        maxProcesses = Math.max(maxProcesses, tree.processes);
        const { metrics } = await cdp.send('Performance.getMetrics');
        peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch {
        // The page closed under the last sample.
      } finally {
        sampling = false;
      }
    };
    const timer = setInterval(() => void sample(), 250);

    // From the file input's change event to the batch stopped with every file read, timed in the page.
    const waiting = page.evaluate(`new Promise((resolve) => {
      let start = 0;
      document.addEventListener('change', () => { start = performance.now(); }, { capture: true, once: true });
      const poll = setInterval(() => {
        const o = document.querySelector('[data-testid=batch-overall]');
        if (start && o && o.dataset.running === 'false' && o.dataset.total === '${FILES}' && o.dataset.finished === '${FILES}') {
          clearInterval(poll);
          resolve([start, performance.now()]);
        }
      }, 20);
    })`) as Promise<[number, number]>;
    await page.setInputFiles('#file-input', paths);
    const [start, end] = await waiting;
    clearInterval(timer);
    const cpuAfter = cpuSeconds();
    const mainAfter = await Promise.all(['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map(metric));
    await sample();
    const batchMs = end - start;

    const rows = await page.locator('[data-report-row]').count();
    const failed = await page.locator('[data-report-error]').count();
    const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
    const inBatch = tasks.filter(([at, duration]) => at + duration >= start && at <= end);
    const during = inBatch.map(([, duration]) => duration);
    const longest = Math.max(0, ...during);
    const worst = [...inBatch].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([at, d]) => `${d.toFixed(0)} ms at ${((at - start) / 1000).toFixed(1)} s`);
    const threadCpu = [...cpuAfter.threads].map(([name, s]): [string, number] => [name, s - (cpuBefore.threads.get(name) ?? 0)]).filter(([, s]) => s >= 0.5).sort((a, b) => b[1] - a[1]);
    const chromiumCpu = threadCpu.reduce((sum, [, s]) => sum + s, 0);
    const ratio = batchMs / ((singleMean * FILES) / workers);

    console.log(`\nBatch in Chromium (issue 16): ${FILES} six-page PDFs, three sources in turn, one drop`);
    console.log(`  files read: ${rows} rows, ${failed} failed; page errors: ${errors.length}`);
    console.log(`  total ${(batchMs / 1000).toFixed(1)} s, ${(batchMs / FILES).toFixed(0)} ms a file; workers ${workers} (${cores} cores in the page, ${cpus().length} on the machine)`);
    console.log(`  one report alone, warm median: ${[...singleMs].map(([kind, ms]) => `${kind} ${ms.toFixed(0)} ms`).join(', ')}; mix mean ${singleMean.toFixed(0)} ms`);
    console.log(`  ratio batch ÷ (single × ${FILES} ÷ ${workers}): ${ratio.toFixed(2)}`);
    console.log(`  longest main-thread task during the batch: ${longest.toFixed(0)} ms; ${during.length} over 50 ms, ${during.filter((d) => d > 200).length} over 200 ms, ${during.reduce((a, b) => a + b, 0).toFixed(0)} ms in all`);
    console.log(`  longest tasks: ${worst.join(', ')}`);
    console.log(`  page main thread, CDP: busy ${(mainAfter[0]! - mainBefore[0]!).toFixed(1)} s (script ${(mainAfter[1]! - mainBefore[1]!).toFixed(1)}, layout ${(mainAfter[2]! - mainBefore[2]!).toFixed(1)}, style ${(mainAfter[3]! - mainBefore[3]!).toFixed(1)})`);
    console.log(`  CPU during the batch: machine ${(cpuAfter.machine - cpuBefore.machine).toFixed(1)} s of ${((cpus().length * batchMs) / 1000).toFixed(1)} available, Chromium ${chromiumCpu.toFixed(1)} s: ${threadCpu.slice(0, 6).map(([name, s]) => `${name} ${s.toFixed(1)}`).join(', ')}`);
    console.log(`  peak memory: Chromium process tree RSS ${mb(peakRss)} (PSS ${mb(peakPss)}; before the drop RSS ${mb(before.rss)}, up to ${maxProcesses} processes); page JS heap ${mb(peakHeap)}`);
    console.log(`  machine load (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
    console.log(`  goals: under 30 s ${yesNo(batchMs < 30_000)}; under 1.5 GB (tree RSS) ${yesNo(peakRss < 1.5 * 1024 ** 3)}; no task over 200 ms ${yesNo(longest <= 200)}`);
    await context.close();
  } finally {
    await browser.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run on its own with `npx tsx bench/batch.ts` (after `BENCH=1 npx vite build`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBatch();
