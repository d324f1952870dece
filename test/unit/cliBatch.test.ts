// The CLI's batch mode (issue 16): folders and several files, one summary line per report, a clear line per file
// that fails, carry-over across years among all given files, and the tidy CSV. Runs the real CLI on copies of
// real fixtures in a temporary folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { overviewRow } from '../../src/batch/overviewRow.ts';
import { TIDY_HEADER } from '../../src/batch/tidyCsv.ts';
import { collectInputs, summaryLine } from '../../src/cli/batch.ts';
import type { Analysis } from '../../src/model/types.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8' });

const corpus = (name: string) => join('test/fixtures/corpus', name);
const COUNTY = ['2011_pingtan_county.txt', '2012_pingtan_county.txt', '2013_pingtan_county.txt'];
const ZONE = '2021_pingtan_zonghe_shiyanqu.txt';

async function analysisOf(path: string): Promise<Analysis> {
  const result = await analyzeFileNode(new Uint8Array(readFileSync(path)), path.split('/').pop()!);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}

/** A folder of reports: three years of 平潭县, a 2021 report in a subfolder, a damaged PDF and an image. */
let dir: string;
let reports: string;
/** The same three years with 2013's 行政复议数 历年累计 changed from 0 to 1 (in memory, then written). */
let edited: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duizhang-batch-'));
  reports = join(dir, 'reports');
  mkdirSync(join(reports, 'zone'), { recursive: true });
  for (const name of COUNTY) copyFileSync(corpus(name), join(reports, name));
  copyFileSync(corpus(ZONE), join(reports, 'zone', ZONE));
  // A PDF header, then noise: read as a PDF, which pdf.js cannot open.
  const noise = new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 251);
  writeFileSync(join(reports, 'zone', 'damaged.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]));
  writeFileSync(join(reports, 'scan.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));

  const years = join(dir, 'edited');
  mkdirSync(years);
  edited = COUNTY.map((name) => join(years, name));
  copyFileSync(corpus(COUNTY[0]!), edited[0]!);
  copyFileSync(corpus(COUNTY[1]!), edited[1]!);
  const text = readFileSync(corpus(COUNTY[2]!), 'utf8');
  // The row prints its year and cumulative figures glued: 「行政复议数条00」 is 0 this year, 0 in all.
  expect(text.split('行政复议数条00')).toHaveLength(2);
  writeFileSync(edited[2]!, text.replace('行政复议数条00', '行政复议数条01'));
});

describe('collectInputs', () => {
  it('searches folders recursively in path order, skips what is not a report, takes a file once, keeps named files', () => {
    const { files, skipped } = collectInputs([reports, join(reports, '2012_pingtan_county.txt'), join(dir, 'missing.txt')]);
    expect(files).toEqual([...COUNTY.map((n) => join(reports, n)), join(reports, 'zone', ZONE), join(reports, 'zone', 'damaged.pdf'), join(dir, 'missing.txt')]);
    expect(skipped).toBe(1);
    // A file named on the command line is analysed whatever its extension.
    expect(collectInputs([join(reports, 'scan.png')])).toEqual({ files: [join(reports, 'scan.png')], skipped: 0 });
  });
});

describe('npm run analyze -- DIR --csv OUT.csv', () => {
  let result: ReturnType<typeof run>;
  let csvPath: string;
  const paths = () => [...COUNTY.map((n) => join(reports, n)), join(reports, 'zone', ZONE)];
  let analyses: Analysis[];

  beforeAll(async () => {
    csvPath = join(dir, 'all.csv');
    result = run(reports, '--csv', csvPath);
    analyses = [];
    for (const path of paths()) analyses.push(await analysisOf(path));
  });

  it('prints one summary line per report, in path order, from the overview row', () => {
    const lines = result.stdout.split('\n');
    const summaries = lines.filter((l) => l.startsWith(reports));
    expect(summaries).toEqual(paths().map((path, i) => summaryLine(path, overviewRow(analyses[i]!))));
    expect(summaries[0]).toMatch(/2011_pingtan_county\.txt {2}平潭县人民政府 {2}2011 {2}fujian-2008 {2}格 cells \d+\/34 {2}错误 errors \d+ {2}警告 warnings \d+ {2}待核 \d+$/);
    expect(summaries[3]).toMatch(/zone\/2021_pingtan_zonghe_shiyanqu\.txt {2}\S+ {2}2021 {2}gov-2021 {2}格 cells \d+\/\d+ /);
    expect(result.stdout).not.toContain('scan.png');
    expect(result.stdout).toContain('4 份已分析 analysed, 1 份无法分析 failed, 1 个其他文件已跳过 other files skipped');
  });

  it('names the file that failed on a line of its own, goes on, and exits 1', () => {
    const failures = result.stderr.trim().split('\n');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBe(`${join(reports, 'zone', 'damaged.pdf')}: 这个 PDF 文件已损坏或不是有效的 PDF，无法打开。 / This PDF is damaged or not a valid PDF and cannot be opened.`);
    expect(result.status).toBe(1);
  });

  it('checks the consecutive years of 平潭县 and finds no break', () => {
    expect(result.stdout).toContain('-- 跨年度核对 carry-over: 2 对 pairs, 0 处不一致 breaks');
    expect(result.stdout).not.toMatch(/^\[(error|warning)\]/m);
  });

  it('writes the tidy CSV of every report: BOM, header, one row per cell', () => {
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParseRows(csv.slice(1).trimEnd());
    expect(rows[0]).toEqual(TIDY_HEADER);
    const cells = analyses.reduce((n, a) => n + a.cells.length, 0);
    expect(cells).toBeGreaterThan(200);
    expect(rows).toHaveLength(1 + cells);
    const col = (name: string) => TIDY_HEADER.indexOf(name);
    const years = (body: string) => new Set(rows.slice(1).filter((r) => r[col('body')] === body).map((r) => r[col('year')]));
    expect(years('平潭县人民政府')).toEqual(new Set(['2011', '2012', '2013']));
    expect(new Set(rows.slice(1).map((r) => r[col('file')]))).toEqual(new Set([...COUNTY, ZONE]));
    expect(result.stdout).toContain(`-- CSV: ${csvPath} (${cells} 行 rows)`);
  });
});

describe('npm run analyze -- FILE FILE FILE (several years of one body)', () => {
  it('prints the carry-over break of an edited year, with body and years, and exits 0 when every file was read', () => {
    const result = run(...edited);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter((l) => l.includes('_pingtan_county.txt  '))).toHaveLength(3);
    expect(result.stdout).toContain('-- 跨年度核对 carry-over: 2 对 pairs, 1 处不一致 breaks');
    const breaks = result.stdout.split('\n').filter((l) => /^\[(error|warning)\]/.test(l));
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatch(/^\[warning\] 平潭县人民政府 2012 → 2013: 行政复议数 历年累计填报 1，但 2012 年度报告（2012_pingtan_county\.txt）/);
  });

  it('prints a JSON array of the analyses with --json, the break among the later year\'s findings', () => {
    const result = run(...edited, '--json');
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as Array<{ fileName: string; meta: { year: number }; findings: Array<{ rule: string; severity: string; cells: string[] }> }>;
    expect(parsed.map((a) => a.meta.year)).toEqual([2011, 2012, 2013]);
    const broken = (a: (typeof parsed)[number]) => a.findings.filter((f) => f.rule === 'cross-year' && f.severity !== 'info');
    expect(parsed.map((a) => broken(a).length)).toEqual([0, 0, 1]);
    expect(broken(parsed[2]!)[0]!.cells[0]).toBe('行政复议@1');
    expect(parsed[1]!.findings.some((f) => f.rule === 'cross-year')).toBe(true);
    // The summary goes to stderr, so that stdout is one JSON value.
    expect(result.stderr).toContain('1 处不一致 breaks');
  });

  it('takes a folder of one report as a batch, and says so when a folder holds no report', () => {
    const one = run(join(reports, 'zone'));
    expect(one.stdout).toMatch(/^.*2021_pingtan_zonghe_shiyanqu\.txt {2}.* {2}2021 {2}gov-2021 /m);
    expect(one.stdout).not.toContain('-- cells:');
    const empty = join(dir, 'images');
    mkdirSync(empty);
    writeFileSync(join(empty, 'a.png'), new Uint8Array([0x89, 0x50]));
    const none = run(empty);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no report files found');
    expect(none.stdout).toContain('0 份已分析 analysed, 0 份无法分析 failed, 1 个其他文件已跳过 other files skipped');
  });

  it('takes a .zip of reports as a batch: its reports named 「zip › path」, its other files skipped, a damaged zip a failure', () => {
    const zipped = join(dir, 'county.zip');
    writeFileSync(
      zipped,
      zipSync({
        '平潭/2012.txt': new Uint8Array(readFileSync(corpus(COUNTY[1]!))),
        '平潭/2013.txt': new Uint8Array(readFileSync(corpus(COUNTY[2]!))),
        '平潭/photo.png': new Uint8Array([0x89, 0x50]),
      }),
    );
    const result = run(zipped);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${zipped} › 平潭/2012.txt  `);
    expect(result.stdout).toContain(`${zipped} › 平潭/2013.txt  `);
    expect(result.stdout).toContain('2 份已分析 analysed, 0 份无法分析 failed, 1 个其他文件已跳过 other files skipped');
    expect(result.stdout).toContain('跨年度核对 carry-over: 1 对 pairs');
    const damaged = join(dir, 'damaged.zip');
    writeFileSync(damaged, readFileSync(zipped).subarray(0, 200));
    const bad = run(damaged);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${damaged}: 压缩包「damaged.zip」已损坏或不完整`);
  });

  it('exits 2 when --csv has no file name', () => {
    expect(run(reports, '--csv').status).toBe(2);
    expect(run(reports, '--csv', '--json').status).toBe(2);
  });
});
