// Command line: npm run analyze -- FILE_OR_DIR... [--csv OUT.csv] [--json] [--password=…]
// Runs the same pipeline as the page. One file (without --csv): prints the template, metadata, every extracted
// cell and every finding (--json: the whole analysis as one object). Several files, a folder (searched
// recursively for reports), a .zip of reports or --csv: the batch mode of batch.ts, one summary line per report, then the
// carry-over breaks between consecutive years of each body (--json: an array of the analyses; --csv: every
// cell of every report as one tidy CSV). Exits 1 when a file cannot be read, 2 on a usage error.

import { isZipName } from '../batch/reportArchive.ts';
import { exportObject } from '../export/toJson.ts';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeFileNode } from '../pipeline/analyzeFileNode.ts';
import type { Analysis } from '../model/types.ts';
import { formatText } from './formatText.ts';
import { compareYears } from '../pipeline/compareYears.ts';
import { runBatch } from './batch.ts';

const USAGE = 'usage: npm run analyze -- FILE_OR_DIR... [--csv OUT.csv] [--json] [--password=PDF_PASSWORD]\n';

/** The arguments read: the paths, the options, and whether anything was not understood. */
function parseArgs(argv: string[]) {
  const paths: string[] = [];
  let json = false;
  let csv: string | undefined;
  let password: string | undefined;
  let bad = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a.startsWith('--password=')) password = a.slice('--password='.length);
    else if (a.startsWith('--csv=')) csv = a.slice('--csv='.length);
    else if (a === '--csv') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) bad = true;
      else csv = argv[++i];
    } else if (a.startsWith('--')) bad = true;
    else paths.push(a);
  }
  if (csv === '') bad = true;
  return { paths, json, csv, password, bad };
}

/** A path that is a folder. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function main(argv: string[]): Promise<number> {
  const { paths, json, csv, password, bad } = parseArgs(argv);
  if (paths.length === 0 || bad) {
    process.stderr.write(USAGE);
    return 2;
  }
  // A folder or a zip of reports always means a batch, even of one report.
  if (paths.length > 1 || csv !== undefined || paths.some(isDirectory) || paths.some(isZipName)) {
    const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
    return runBatch(paths, { json, ...(csv !== undefined ? { csv } : {}), ...(password !== undefined ? { password } : {}), out: write(process.stdout), err: write(process.stderr) });
  }
  const files = paths;
  const results: Analysis[] = [];
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      process.stderr.write(`${file}: 无法读取文件 / cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})\n`);
      failed = true;
      continue;
    }
    const result = await analyzeFileNode(bytes, basename(file), password);
    if (!result.ok) {
      process.stderr.write(`${file}: ${result.reason.zh} / ${result.reason.en}\n`);
      failed = true;
      continue;
    }
    results.push(result.analysis);
  }
  const compared = compareYears(results);
  if (!json) for (const analysis of compared) process.stdout.write(formatText(analysis) + '\n');
  if (json) {
    // One file gives one object (what the acceptance scorer reads); several give an array.
    const slim = compared.map(exportObject);
    process.stdout.write(JSON.stringify(slim.length === 1 ? slim[0] : slim, null, 2) + '\n');
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
