// Regenerates the README's pictures: the workspace on the 洪泽 2023 PDF with a finding selected (a laptop
// screen), and the charts view for each seed and for the 2024 淮安 city report (2021 template):
// `npm run screenshots` after `npm run build`. Not part of the tests,
// so a test run leaves the checkout as it found it; the pictures are reviewed by eye when they change.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openApp, repoRoot, showTab, startPreview } from '../test/e2e/harness.ts';

const REPORTS = [
  { file: 'test/fixtures/seeds/000_87410cd3979e9921.txt', out: 'overview-seed000.png' },
  { file: 'test/fixtures/seeds/003_8ef98a67e9da6293.txt', out: 'overview-seed003.png' },
  { file: 'test/fixtures/corpus/2024_huaian_city.pdf', out: 'overview-huaian2024.png' },
];
const WAIT = { timeout: 60_000 };

const preview = await startPreview('/');
const browser = await launchBrowser();
try {
  mkdirSync(resolve(repoRoot, 'docs'), { recursive: true });
  {
    const app = await openApp(browser, preview.url, { viewport: { width: 1366, height: 768 } });
    await app.page.setInputFiles('#file-input', resolve(repoRoot, 'test/fixtures/corpus/2023_huaian_hongze_district.pdf'));
    const finding = '[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"]';
    await app.page.waitForSelector(finding, WAIT);
    await app.page.click(finding);
    await app.page.waitForSelector('[data-testid=page-box]', WAIT);
    await app.page.waitForTimeout(1000); // the pane's scroll settles
    await app.page.screenshot({ path: resolve(repoRoot, 'docs', 'screenshot.png') });
    if (app.errors.length) throw new Error(`workspace: ${app.errors.join('\n')}`);
    await app.close();
    console.log('docs/screenshot.png');
  }
  for (const report of REPORTS) {
    const app = await openApp(browser, preview.url, { viewport: { width: 1280, height: 900 } });
    const name = report.file.split('/').pop()!;
    await app.page.setInputFiles('#file-input', resolve(repoRoot, report.file));
    await app.page.waitForSelector(`[data-testid=report-meta][data-file-name="${name}"]`, WAIT);
    await showTab(app.page, 'charts');
    const panel = app.page.locator('[data-testid=charts-panel]');
    await panel.waitFor(WAIT);
    await panel.screenshot({ path: resolve(repoRoot, 'docs', report.out) });
    if (app.errors.length) throw new Error(`${name}: ${app.errors.join('\n')}`);
    await app.close();
    console.log(`docs/${report.out}`);
  }
} finally {
  await browser.close();
  await preview.close();
}
