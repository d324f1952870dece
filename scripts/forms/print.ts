// The printed forms of page.html: LibreOffice (A4 portrait and landscape), Chromium's print with header
// and footer, Firefox's print (WebDriver BiDi), and pdftotext of the LibreOffice A4 PDF.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportDoc } from './loadReport.ts';
import { pageHtml } from './writeHtml.ts';

const work = mkdtempSync(join(tmpdir(), 'forms-'));
let profile = 0;

/** HTML → PDF with LibreOffice Writer's HTML import, in its own profile. */
export function libreoffice(html: string, out: string): void {
  const dir = join(work, `lo-${++profile}`);
  mkdirSync(dir, { recursive: true });
  const src = join(dir, 'page.html');
  writeFileSync(src, html);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--infilter=HTML (StarWriter)',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      dir,
      src,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  renameSync(join(dir, 'page.pdf'), out);
}

export const LANDSCAPE_CSS = `\n  @page { size: 297mm 210mm; margin: 15mm 15mm; }\n`;

export function libreofficeForms(doc: ReportDoc, dir: string): string[] {
  libreoffice(pageHtml(doc), join(dir, 'libreoffice-a4.pdf'));
  libreoffice(pageHtml(doc, LANDSCAPE_CSS), join(dir, 'libreoffice-landscape.pdf'));
  execFileSync('pdftotext', ['-layout', join(dir, 'libreoffice-a4.pdf'), join(dir, 'pdftotext-layout.txt')]);
  execFileSync('pdftotext', [join(dir, 'libreoffice-a4.pdf'), join(dir, 'pdftotext-raw.txt')]);
  // The content stream's own order, as a PDF viewer copies a page's text: each table row on one line with
  // single spaces between its cells, the header's wrapped cells on lines of their own.
  execFileSync('pdftotext', ['-raw', join(dir, 'libreoffice-a4.pdf'), join(dir, 'pdftotext-stream.txt')]);
  return ['libreoffice-a4.pdf', 'libreoffice-landscape.pdf', 'pdftotext-layout.txt', 'pdftotext-raw.txt', 'pdftotext-stream.txt'];
}

// ---------- Chromium ----------

/** Larger type and narrow margins so that the statistics table runs over a page break. */
export const CHROMIUM_CSS = (font: string) => `
  body { font-family: ${font}; font-size: 14pt; max-width: none; }
  table.stat { font-size: 13pt; }
  table.stat th, table.stat td { padding: 6px 6px; }
  table.t四 th, table.t四 td { font-size: 10pt; }
`;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chromium embeds Noto CJK as Type3 fonts whose text maps to Kangxi radicals (TECH-NOTES); those PDFs are
 * large, so only these short reports print in Noto; the others in Droid Sans Fallback (TrueType, small).
 */
export const CHROMIUM_NOTO = new Set(['pingtan-2011', 'pingtan-2012', 'pingtan-2013']);

/** The address the page is printed from (the header shows it, the footer too): a government site's. */
export const printUrl = (id: string) => `https://www.example.gov.cn/zwgk/zfxxgk/zfxxgknb/${id}.html`;

export async function chromiumForms(docs: Array<{ doc: ReportDoc; dir: string }>): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const { doc, dir } of docs) {
      const font = CHROMIUM_NOTO.has(doc.id) ? '"Noto Sans CJK SC", sans-serif' : '"DejaVu Sans", "Droid Sans Fallback", sans-serif';
      // Droid Sans Fallback has no bold face; Chromium draws a synthetic bold as Type 3 glyphs (large).
      const weight = CHROMIUM_NOTO.has(doc.id) ? '' : '\n  h1, h2, h3, th, p.caption { font-weight: normal; }\n';
      const html = pageHtml(doc, CHROMIUM_CSS(font) + weight);
      const url = printUrl(doc.id);
      await page.unrouteAll();
      await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await page.goto(url);
      await page.pdf({
        path: join(dir, 'chromium-print.pdf'),
        format: 'A4',
        displayHeaderFooter: true,
        margin: { top: '18mm', bottom: '16mm', left: '10mm', right: '10mm' },
        headerTemplate: `<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between;font-family:${font.replace(/"/g, "'")}"><span class="date"></span><span class="url"></span></div>`,
        footerTemplate: `<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between;font-family:${font.replace(/"/g, "'")}"><span class="title"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
      });
    }
  } finally {
    await browser.close();
  }
}

// ---------- Firefox ----------

/** Firefox writes a broken ToUnicode map with Noto CJK (TECH-NOTES): print in Droid Sans Fallback. */
export const FIREFOX_CSS = `
  body, table.stat, h1, h2, h3, th, p { font-family: "DejaVu Sans", "Droid Sans Fallback"; font-weight: normal; }
  h1, h2, h3, th, p.caption { font-weight: normal; }
`;

export async function firefoxForms(docs: Array<{ doc: ReportDoc; dir: string }>): Promise<void> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  try {
    const page = await browser.newPage();
    for (const { doc, dir } of docs) {
      const src = join(work, `${doc.id}-firefox.html`);
      writeFileSync(src, pageHtml(doc, FIREFOX_CSS));
      await page.goto(pathToFileURL(src).href);
      const pdf = await page.pdf({ format: 'A4', printBackground: false, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
      writeFileSync(join(dir, 'firefox-print.pdf'), pdf);
    }
  } finally {
    await browser.close();
  }
}

export function cleanup(): void {
  rmSync(work, { recursive: true, force: true });
}

export function pdfPages(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' };
}

