// Writes a DRAFT answer key for each keyed report from the project's own reading of its original.
// A draft is only a starting point: every cell and finding must then be checked by eye against the
// source, and the key corrected where the project is wrong. An existing key is never overwritten unless
// --force is given. Usage: tsx eval/draftKey.ts [id...] [--force] [--out=DIR]

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFileNode } from '../src/pipeline/analyzeFileNode.ts';
import { reports } from './reports.ts';
import type { KeyCell, KeyFile, KeyFinding } from './keyTypes.ts';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
const args = process.argv.slice(2);
const force = args.includes('--force');
const outArg = args.find((a) => a.startsWith('--out='));
const outDir = outArg ? outArg.slice('--out='.length) : join(fixtures, 'keys');
const only = args.filter((a) => !a.startsWith('--'));

mkdirSync(outDir, { recursive: true });
for (const entry of reports) {
  if (only.length > 0 && !only.includes(entry.id)) continue;
  const target = join(outDir, `${entry.id}.json`);
  if (existsSync(target) && !force) {
    console.log(`${entry.id}: key exists, not overwritten (use --force)`);
    continue;
  }
  const result = await analyzeFileNode(new Uint8Array(readFileSync(join(fixtures, entry.original))), entry.original);
  if (!result.ok) throw new Error(`${entry.original}: ${result.reason.en}`);
  const a = result.analysis;
  // A number is written as its value alone; any other kind keeps its kind, and text keeps its raw.
  const cells: KeyCell[] = a.cells.map((c) => {
    if (c.value.kind === 'number') return { indicator: c.indicator, column: c.column, value: c.value.value as number };
    const cell: KeyCell = { indicator: c.indicator, column: c.column, kind: c.value.kind };
    if (c.value.kind === 'text' || c.value.kind === 'malformed') cell.raw = c.value.raw;
    return cell;
  });
  const findings: KeyFinding[] = a.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ rule: f.rule, severity: f.severity, stated: f.stated, computed: f.computed, cells: f.cells.slice(0, 1), draftMessage: f.message.en }));
  const key: KeyFile = {
    id: entry.id,
    title: a.meta.title ?? '',
    original: entry.original,
    alsoAs: entry.alsoAs,
    ...(entry.tablesOnly ? { tablesOnly: entry.tablesOnly } : {}),
    provenance: '',
    verified: 'DRAFT: the project’s own reading, not yet verified',
    template: a.meta.template,
    year: a.meta.year ?? 0,
    cells,
    findings,
    notes: '',
  };
  writeFileSync(target, JSON.stringify(key, null, 2) + '\n');
  console.log(`${entry.id}: ${cells.length} cells, ${findings.length} findings → ${target}`);
}
