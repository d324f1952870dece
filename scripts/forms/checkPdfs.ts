// Checks every generated PDF: page count and size (pdfinfo), that its text layer is there and right (every
// Han character pdftotext gives back occurs in page.html; Kangxi radicals and U+FFFD counted), and on which
// pages the largest statistics table (table 三, or the old table) starts and ends (a table over a page break shows as a range).
//   npx tsx scripts/forms/checkPdfs.ts [id…]

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from './loadReport.ts';
import { REPORTS } from './reports.ts';

const ids = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(REPORTS);
const HAN = /[\u4e00-\u9fff]/gu;
for (const id of ids) {
  const dir = join(fixtures, 'forms', id);
  const page = readFileSync(join(dir, 'page.html'), 'utf8').replace(/<[^>]+>/g, '');
  const known = new Set(page.match(HAN));
  // The table's first and last row labels: table 三's, or the old table's.
  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  const tbody = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1] ?? '').sort((x, y) => y.length - x.length)[0] ?? '';
  const labels = [...tbody.matchAll(/<tr><td[^>]*>([^<]+)<\/td>/g)].map((m) => (m[1] ?? '').replace(/\s/g, ''));
  const firstRow = labels[0] ?? '';
  const lastRow = labels[labels.length - 1] ?? '';
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
    const path = join(dir, name);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const han = text.match(HAN) ?? [];
    const unknown = han.filter((c) => !known.has(c)).length;
    const kangxi = (text.match(/[\u2e80-\u2fdf]/gu) ?? []).length;
    const bad = (text.match(/\ufffd/gu) ?? []).length;
    const pages = text.split('\f').map((p) => p.replace(/\s/g, ''));
    const a = pages.length - 1 - [...pages].reverse().findIndex((p) => p.includes(firstRow));
    const b = pages.length - 1 - [...pages].reverse().findIndex((p) => p.includes(lastRow));
    const span = ` table p${a + 1}–${b + 1}`;
    const size = /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1];
    console.log(
      `${id}/${name}: ${/Pages:\s+(\d+)/.exec(info)?.[1]}p ${size} ${Math.round(statSync(path).size / 1024)}k han=${han.length} unknownHan=${unknown} kangxi=${kangxi} U+FFFD=${bad}${span}`,
    );
  }
}
