// Regenerates every form of every keyed report into test/fixtures/forms/<id>/.
//   npx tsx scripts/forms/make-all.ts [id…] [--stale] [--no-pdf] [--only=libreoffice,chromium,firefox]
// --stale: only the reports whose key (test/fixtures/keys/<id>.json) is newer than their page.html.
// Needs (for the PDFs): libreoffice-writer-nogui, chromium, firefox-esr, fonts-noto-cjk, fonts-droid-fallback,
// poppler-utils (Debian). The text forms need nothing but node_modules.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, loadReport, type ReportDoc } from './loadReport.ts';
import { REPORTS } from './reports.ts';
import { formsDir, renderTextForms } from './renderReport.ts';
import { chromiumForms, cleanup, firefoxForms, libreofficeForms, pdfPages } from './print.ts';

const args = process.argv.slice(2);
const ids = args.filter((a) => !a.startsWith('--'));
const noPdf = args.includes('--no-pdf');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? ['libreoffice', 'chromium', 'firefox'];

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const stale = (id: string) => mtime(join(fixtures, 'keys', `${id}.json`)) > mtime(join(fixtures, 'forms', id, 'page.html'));
const chosen = (ids.length ? ids : Object.keys(REPORTS)).filter((id) => !args.includes('--stale') || stale(id));
const docs: Array<{ doc: ReportDoc; dir: string }> = [];
for (const id of chosen) {
  const doc = await loadReport(id);
  const dir = formsDir(id);
  renderTextForms(doc);
  docs.push({ doc, dir });
  console.log(`${id}: text forms (${doc.source}); ${doc.notes.join('; ')}`);
}
try {
  if (!noPdf) {
    if (only.includes('libreoffice')) for (const { doc, dir } of docs) libreofficeForms(doc, dir);
    if (only.includes('chromium')) await chromiumForms(docs);
    if (only.includes('firefox')) await firefoxForms(docs);
  }
} finally {
  cleanup();
}
for (const { doc, dir } of docs) {
  const files = readdirSync(dir).sort();
  const sizes = files.map((f) => {
    const kb = Math.round(statSync(join(dir, f)).size / 1024);
    return f.endsWith('.pdf') ? `${f} ${kb}k/${pdfPages(join(dir, f)).pages}p` : `${f} ${kb}k`;
  });
  console.log(`${doc.id}: ${sizes.join(', ')}`);
}
