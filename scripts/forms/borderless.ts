// chromium-borderless.pdf: a report's committed page.html printed by Chromium with every table border
// removed, as a web page whose tables have no borders prints. Unruled tables reach the reader as text runs
// only, and Chromium lays a narrow unit column so close to the value column that 「个 318」 comes as one
// run; the table's header row, repeated at the top of each page it continues on, recurs like a running
// head. Made from the committed page.html, so no other generator is needed:
//   npx tsx scripts/forms/borderless.ts seed-000 seed-003 hongze-2023
// With --zeros-blank, every table cell that holds 0 is printed empty, as many reports print their tables
// (chromium-borderless-zeros-blank.pdf; eval scores it with eval/zerosBlank.ts):
//   npx tsx scripts/forms/borderless.ts --zeros-blank seed-000 pingtan-2014 hongze-2023

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const formsDir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'forms');
const zerosBlank = process.argv.includes('--zeros-blank');
const ids = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (ids.length === 0) {
  console.error('usage: npx tsx scripts/forms/borderless.ts ID...');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const id of ids) {
    const html = join(formsDir, id, 'page.html');
    if (!existsSync(html)) throw new Error(`${html} does not exist`);
    await page.setContent(readFileSync(html, 'utf8'));
    await page.evaluate((zerosBlank) => {
      for (const table of document.querySelectorAll('table')) table.removeAttribute('border');
      const style = document.createElement('style');
      // DejaVu + Droid Sans Fallback keep the file small; Droid has no bold face (see print.ts).
      style.textContent = 'table, th, td { border: none !important } body { font-family: "DejaVu Sans", "Droid Sans Fallback", sans-serif } h1, h2, h3, th { font-weight: normal }';
      document.head.append(style);
      if (zerosBlank) for (const cell of document.querySelectorAll('td')) if (cell.textContent?.trim() === '0') cell.textContent = '';
    }, zerosBlank);
    const out = join(formsDir, id, zerosBlank ? 'chromium-borderless-zeros-blank.pdf' : 'chromium-borderless.pdf');
    writeFileSync(out, await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
    console.log(out);
  }
} finally {
  await browser.close();
}
