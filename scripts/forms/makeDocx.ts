// Writes word.docx beside each report's page.html in test/fixtures/forms/<id>/: the web page opened by
// LibreOffice Writer and saved as Word 2007 XML, so the tables are real Word tables (w:tbl) whose merged
// cells are w:gridSpan (page.html's colspan) and w:vMerge (its rowspan).
//   npx tsx scripts/forms/makeDocx.ts [id…]
// Needs libreoffice-writer-nogui (Debian). The zip is packed again with a fixed date and the document's
// created/modified dates are fixed, so that regenerating writes the same bytes when LibreOffice writes
// the same XML.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fixtures } from './loadReport.ts';

const FIXED_DATE = '2024-01-01T00:00:00Z';
const formsRoot = join(fixtures, 'forms');
const args = process.argv.slice(2);
const ids = args.length > 0 ? args : readdirSync(formsRoot).filter((name) => !name.includes('.')).sort();
const work = mkdtempSync(join(tmpdir(), 'docx-'));

try {
  for (const id of ids) {
    const html = join(formsRoot, id, 'page.html');
    const dir = join(work, id);
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, html],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const docx = stable(readFileSync(join(dir, 'page.docx')));
    writeFileSync(join(formsRoot, id, 'word.docx'), docx);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    const page = readFileSync(html, 'utf8');
    const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
    console.log(
      `${id}: ${Math.round(docx.length / 1024)}k, ${count(xml, /<w:tbl>/g)} tables (page.html ${count(page, /<table[\s>]/g)}), ` +
        `${count(xml, /<w:gridSpan /g)} gridSpan (colspan ${count(page, /colspan=/g)}), ` +
        `${count(xml, /<w:vMerge w:val="restart"/g)} vMerge restarts (rowspan ${count(page, /rowspan=/g)})`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The same zip with every entry dated FIXED_DATE and the document's own dates fixed too. */
function stable(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const core = entries['docProps/core.xml'];
  if (core) {
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE}$2`),
    );
  }
  return zipSync(entries, { mtime: new Date(FIXED_DATE) });
}
