// The command line's batch mode (issue 16): several files or folders of reports at once. Each report is read and
// analysed in turn (its bytes dropped as soon as it is analysed), one summary line is printed per report as it is
// done, a file that fails says why on its own line and the run goes on; then the reports are grouped by body
// (batch/bodyName.ts), paired by year (batch/pairYears.ts) and every consecutive pair is checked for carry-over
// (batch/carryOver.ts), and with --csv every cell of every report is written as one tidy CSV (batch/tidyCsv.ts).
// As in single-file mode, findings are printed in Chinese, a file's failure in both languages, and the exit
// code says whether every file could be read (1 when one could not), not whether the reports add up.

import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Analysis, Bilingual, Finding } from '../model/types.ts';
import { analyzeFileNode } from '../pipeline/analyzeFileNode.ts';
import { exportObject } from '../export/toJson.ts';
import { CROSS_YEAR, crossYearSummary } from '../check/crossYear.ts';
import type { BodyGroup } from '../batch/bodyName.ts';
import type { GroupYears } from '../batch/pairYears.ts';
import type { PairCarry } from '../batch/carryOver.ts';
import { batchCarry } from '../batch/batchCarry.ts';
import { overviewRow, type OverviewRow } from '../batch/overviewRow.ts';
import { tidyCsv } from '../batch/tidyCsv.ts';
import { isZipName, REPORT_EXTENSIONS, reportsInZip } from '../batch/reportArchive.ts';


export interface BatchInputs {
  /** The files to analyse, in order: those named, and each folder's reports by path. */
  files: string[];
  /** Files inside the folders that are not reports by their extension (images, spreadsheets, …). */
  skipped: number;
}

/**
 * The files a list of paths stands for. A folder is searched recursively for reports (by extension, in path
 * order); a file named on the command line is always analysed whatever its extension, as in single-file mode,
 * and so is a path that does not exist (it then fails with 「无法读取文件」). A file reached twice is taken once.
 */
export function collectInputs(paths: string[]): BatchInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  let skipped = 0;
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  const walk = (dir: string) => {
    // A folder linked from inside itself is searched once.
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const names = readdirSync(dir).sort();
    for (const name of names) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        skipped++; // A dangling link.
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && (REPORT_EXTENSIONS.includes(extname(name).toLowerCase()) || isZipName(name))) add(path);
      else skipped++;
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // Not there: analysed as a file, which says it cannot be read.
    }
    if (isDirectory) walk(path);
    else add(path);
  }
  return { files, skipped };
}

/** A line of text: line breaks inside a message would split one report's line in two. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** The summary line of one report: file, body, year, template, cells read / expected, errors, warnings, 待核. */
export function summaryLine(file: string, row: OverviewRow): string {
  return [
    file,
    row.body ?? '?',
    row.year === undefined ? '?' : String(row.year),
    row.template,
    `格 cells ${row.cellsRead}/${row.cellsExpected}`,
    `错误 errors ${row.errors}`,
    `警告 warnings ${row.warnings}`,
    `待核 ${row.toReview}`,
  ].join('  ');
}

/** The line of a file that could not be analysed: the same as in single-file mode. */
export function failureLine(file: string, reason: Bilingual): string {
  return `${file}: ${oneLine(reason.zh)} / ${oneLine(reason.en)}`;
}

/** The later report of a pair with the pair's cross-year findings joined to its own, as withPrevious does for one pair. */
function withCarry(later: Analysis, earlier: Analysis, carry: PairCarry): Analysis {
  if (carry.findings.length === 0) return { ...later, notices: [...later.notices, ...carry.notices] };
  return {
    ...later,
    findings: [...later.findings.filter((f) => f.rule !== CROSS_YEAR), ...carry.findings],
    notices: [...later.notices, crossYearSummary(earlier, carry.findings), ...carry.notices],
  };
}

interface Report {
  id: string;
  /** The path as given or found, to name the report in the output. */
  file: string;
  analysis: Analysis;
}

export interface BatchOptions {
  json: boolean;
  csv?: string;
  password?: string;
  /** Where the report goes (stdout); with --json the summary goes to `err` so that stdout stays one JSON value. */
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The carry-over section: every break between two years of one body, and why a pair could not be compared. */
function carryLines(groups: BodyGroup[], years: GroupYears[], carries: PairCarry[], reports: Map<string, Report>): string[] {
  const nameOf = new Map(groups.map((g) => [g.id, g.name || '?']));
  const fileOf = (id: string) => reports.get(id)?.file ?? id;
  const breaks = carries.reduce((n, c) => n + c.breaks.length, 0);
  const lines = [`-- 跨年度核对 carry-over: ${carries.length} 对 pairs, ${breaks} 处不一致 breaks`];
  const pairName = (c: PairCarry) => `${nameOf.get(c.pair.group)} ${c.pair.year - 1} → ${c.pair.year}`;
  for (const c of carries) {
    for (const f of c.breaks) lines.push(`[${f.severity}] ${pairName(c)}: ${oneLine(f.message.zh)}`);
    for (const n of c.notices) lines.push(`[note] ${pairName(c)}: ${oneLine(n.zh)}`);
  }
  for (const g of years) {
    for (const d of g.duplicates) {
      lines.push(`[note] ${nameOf.get(g.group)} ${d.year}: 同一年度有 ${d.reports.length} 份报告（${d.reports.map(fileOf).join('、')}），未做跨年度核对 / several reports for one year, not compared across years`);
    }
  }
  return lines;
}

/** Runs the batch; returns the exit code (0, or 1 when a file could not be read or the CSV not written). */
export async function runBatch(paths: string[], options: BatchOptions): Promise<number> {
  const { out, err } = options;
  const say = options.json ? err : out;
  const { files, skipped } = collectInputs(paths);
  const reports: Report[] = [];
  let failed = 0;
  let zipSkipped = 0;
  const sources = files.flatMap((file) => {
    if (!isZipName(file)) return [{ file, read: () => readFile(file) }];
    // A zip stands for the reports inside it, each named 「zip › path」.
    const bytes = readFile(file);
    if ('reason' in bytes) return [{ file, read: () => bytes }];
    const unpacked = reportsInZip(bytes, basename(file));
    if (!unpacked.ok) return [{ file, read: () => ({ reason: unpacked.reason }) }];
    zipSkipped += unpacked.skipped.length;
    return unpacked.reports.map((r) => ({ file: `${file} › ${r.name}`, read: () => r.bytes }));
  });
  for (const { file, read } of sources) {
    const outcome = await analyzeOne(read(), basename(file), options.password);
    if (!outcome.ok) {
      err(failureLine(file, outcome.reason) + '\n');
      failed++;
      continue;
    }
    // The normalised text is what a report weighs most; nothing here reads it again (--json leaves it out).
    const analysis: Analysis = { ...outcome.analysis, lines: [] };
    const report = { id: String(reports.length), file, analysis };
    reports.push(report);
    say(summaryLine(file, overviewRow(analysis)) + '\n');
  }

  // Carry-over across years, among every report given.
  const byId = new Map(reports.map((r) => [r.id, r]));
  const carry = batchCarry(new Map(reports.map((r) => [r.id, r.analysis])));
  const { groups, years, carries } = carry;
  for (const c of carries) {
    const [later, earlier] = [byId.get(c.pair.later)!, byId.get(c.pair.earlier)!];
    later.analysis = withCarry(later.analysis, earlier.analysis, c);
  }

  const found = (severity: Finding['severity']) => reports.reduce((n, r) => n + r.analysis.findings.filter((f) => f.severity === severity && f.rule !== CROSS_YEAR).length, 0);
  say(
    `-- 报告 reports: ${reports.length} 份已分析 analysed, ${failed} 份无法分析 failed, ${skipped + zipSkipped} 个其他文件已跳过 other files skipped;` +
      ` 错误 errors ${found('error')}, 警告 warnings ${found('warning')}\n`,
  );
  if (reports.length > 1) say(carryLines(groups, years, carries, byId).join('\n') + '\n');
  if (sources.length === 0) err('没有找到报告文件（.pdf .html .htm .txt .text .md .csv .docx，或装有它们的 .zip） / no report files found\n');

  let csvFailed = false;
  if (options.csv !== undefined) {
    // Each report under its group's name, so a pivot by body does not split one body by how its titles name it.
    const csv = tidyCsv(reports.map((r) => ({ analysis: r.analysis, ...(carry.groupName.get(r.id) ? { body: carry.groupName.get(r.id)! } : {}) })));
    try {
      writeFileSync(options.csv, csv, 'utf8');
      say(`-- CSV: ${options.csv} (${reports.reduce((n, r) => n + r.analysis.cells.length, 0)} 行 rows)\n`);
    } catch (error) {
      err(`${options.csv}: 无法写入文件 / cannot write the file (${(error as NodeJS.ErrnoException).code ?? error})\n`);
      csvFailed = true;
    }
  }
  if (options.json) out(JSON.stringify(reports.map((r) => exportObject(r.analysis)), null, 2) + '\n');
  return failed > 0 || csvFailed || sources.length === 0 ? 1 : 0;
}

/** A file's bytes, or why it cannot be read. */
function readFile(file: string): Uint8Array | { reason: Bilingual } {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { reason: { zh: `无法读取文件（${code}）`, en: `cannot read the file (${code})` } };
  }
}

/** One file analysed; its bytes are not kept. */
async function analyzeOne(bytes: Uint8Array | { reason: Bilingual }, name: string, password: string | undefined): Promise<{ ok: true; analysis: Analysis } | { ok: false; reason: Bilingual }> {
  if ('reason' in bytes) return { ok: false, reason: bytes.reason };
  return analyzeFileNode(bytes, name, password);
}
