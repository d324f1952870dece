// The scanned forms of the keyed reports (test/fixtures/scans/<id>/, made by scripts/forms/scan.ts): each
// is read by OCR and scored like any form. A scan of the whole report is scored on its cells and findings;
// a scan of the table pages only on its cells and on the findings about the tables (the narrative is not
// in it). OCR costs seconds a page, so `npm run eval` reads the scans in two child processes beside its
// own work (`tsx eval/scans.ts id:file …` prints one JSON result per line).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { KeyFile } from './keyTypes.ts';
import { fixturesDir } from './forms.ts';
import { loadKey } from './loadKey.ts';
import { scoreForm } from './score.ts';
import type { FormResult } from './summary.ts';

export interface ScanForm {
  id: string;
  file: string;
  /** Pages in the scan, to share the work between processes. */
  pages: number;
  wholeReport: boolean;
  /** Scanned from a form the project generated (its glued text cells were printed by us: not judged). */
  generated: boolean;
}

interface Manifest {
  files: Array<{ file: string; source: string; sourcePages: number[]; scope: string }>;
}

export const scansDir = join(fixturesDir, 'scans');

export function scanFormsOf(id: string): ScanForm[] {
  const manifestPath = join(scansDir, id, 'manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const present = new Set(readdirSync(join(scansDir, id)));
  return manifest.files
    .filter((f) => present.has(f.file))
    .map((f) => ({ id, file: f.file, pages: f.sourcePages.length, wholeReport: /^whole report/.test(f.scope), generated: f.source.includes('fixtures/forms/') }));
}

/** The key a scan is held to: a scan of the table pages is not expected to find what the prose says. */
export function keyForScan(key: KeyFile, form: ScanForm): KeyFile {
  return form.wholeReport ? key : { ...key, findings: key.findings.filter((f) => !f.rule.startsWith('narrative')) };
}

export async function evaluateScan(form: ScanForm): Promise<FormResult> {
  const { analyzeFileNode } = await import('../src/pipeline/analyzeFileNode.ts');
  const path = `scans/${form.id}/${form.file}`;
  const t0 = performance.now();
  const result = await analyzeFileNode(new Uint8Array(readFileSync(join(fixturesDir, path))), form.file);
  const seconds = Math.round(performance.now() - t0) / 1000;
  if (!result.ok) return { form: path, ok: false, error: result.reason.en, seconds };
  const key = keyForScan(loadKey(join(fixturesDir, 'keys', `${form.id}.json`), form.id), form);
  return { form: path, ok: true, template: result.analysis.meta.template, seconds, score: scoreForm(key, result.analysis, false, form.generated) };
}

/** Reads the scans in `processes` child processes, pages shared evenly; results in the order given. */
export async function evaluateScansAside(forms: ScanForm[], processes: number): Promise<FormResult[]> {
  const shares: ScanForm[][] = Array.from({ length: processes }, () => []);
  const load = new Array<number>(processes).fill(0);
  for (const form of [...forms].sort((a, b) => b.pages - a.pages)) {
    const i = load.indexOf(Math.min(...load));
    shares[i]!.push(form);
    load[i]! += form.pages;
  }
  const results = new Map<string, FormResult>();
  await Promise.all(
    shares.filter((share) => share.length > 0).map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'scans.ts'), ...share.map((f) => `${f.id}:${f.file}`)], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('error', reject);
          child.on('close', (code) => {
            for (const line of out.split('\n')) if (line.startsWith('{')) { const r = JSON.parse(line) as FormResult; results.set(r.form, r); }
            if (code === 0) resolve();
            else reject(new Error(`eval/scans.ts exited with ${code}`));
          });
        }),
    ),
  );
  return forms.map((f) => results.get(`scans/${f.id}/${f.file}`) ?? { form: `scans/${f.id}/${f.file}`, ok: false, error: 'no result', seconds: 0 });
}

// Run as a child: evaluate the forms named on the command line, one JSON line each.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const spec of process.argv.slice(2)) {
    const [id, file] = spec.split(':') as [string, string];
    const form = scanFormsOf(id).find((f) => f.file === file);
    if (!form) throw new Error(`no scan ${spec}`);
    let result: FormResult;
    try {
      result = await evaluateScan(form);
    } catch (error) {
      result = { form: `scans/${id}/${file}`, ok: false, error: `the pipeline crashed: ${(error as Error).stack ?? String(error)}`, seconds: 0 };
    }
    process.stdout.write(JSON.stringify(result) + '\n');
  }
}
