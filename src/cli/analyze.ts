// Command line: npm run analyze -- FILE... [--json] [--password=…]
// Runs the same pipeline as the page. Prints, per file, the template, metadata, every extracted cell and
// every finding; reports of consecutive years from the same body are also checked against each other
// (compareYears). Exits 1 when a file cannot be read, 2 on a usage error.

import { exportObject } from '../export/toJson.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeFileNode } from '../pipeline/analyzeFileNode.ts';
import type { Analysis } from '../model/types.ts';
import { formatText } from './formatText.ts';
import { compareYears } from '../pipeline/compareYears.ts';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const password = argv.find((a) => a.startsWith('--password='))?.slice('--password='.length);
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && !a.startsWith('--password='));
  if (files.length === 0 || unknown.length) {
    process.stderr.write('usage: npm run analyze -- FILE... [--json] [--password=PDF_PASSWORD]\n');
    return 2;
  }
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
