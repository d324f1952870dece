// Writes the text forms of one report into test/fixtures/forms/<id>/: page.html, cms.html, mineru.md,
// docling.md, pandoc.md. The PDFs and pdftotext outputs are made from page.html by print.ts.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, type ReportDoc } from './loadReport.ts';
import { pageHtml } from './writeHtml.ts';
import { cmsHtml } from './writeCms.ts';
import { doclingMd, mineruMd, pandocMd } from './writeMarkdown.ts';

export function formsDir(id: string): string {
  const dir = join(fixtures, 'forms', id);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function renderTextForms(doc: ReportDoc): string[] {
  const dir = formsDir(doc.id);
  const files: Array<[string, string]> = [
    ['page.html', pageHtml(doc)],
    ['cms.html', cmsHtml(doc)],
    ['mineru.md', mineruMd(doc)],
    ['docling.md', doclingMd(doc)],
    ['pandoc.md', pandocMd(doc)],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => name);
}
