// npm run eval: scores every form of every keyed report against its answer key (test/fixtures/keys/),
// runs the mutation tests on a plain-text form of each report, writes eval/summary.json and compares the
// figures with eval/baseline.json. Exits 1 on a regression, an unreadable form or a crash.
// npm run eval -- --update-baseline writes the baseline from this run instead of comparing.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../src/model/types.ts';
import type { KeyFile } from './keyTypes.ts';
import { fixturesDir, formsOf, isPlainText } from './forms.ts';
import { scoreForm } from './score.ts';
import { loadKey } from './loadKey.ts';
import { isZerosBlank, zerosBlankKey } from './zerosBlank.ts';
import { mutateCells, mutateClaims } from './mutate.ts';
import { compactJson, tally, type ReportResult, type Summary } from './summary.ts';
import { figuresOf, improvements, regressions, type Figures } from './baseline.ts';
import { printDetails, printNarrativeCorpus, printSummary } from './print.ts';
import { scoreFindings } from './narrativeFindings.ts';
import { loadCorpus, scoreCorpus } from './narrativeCorpus.ts';
import { evaluateScansAside, scanFormsOf } from './scans.ts';

/** Table mutations per report. */
const TABLE_MUTATIONS = 30;
/** Child processes reading the scans by OCR (the machine CI runs on has two cores). */
const SCAN_PROCESSES = 2;

const started = performance.now();
const updateBaseline = process.argv.includes('--update-baseline');
/** Report ids given on the command line: only those are run, and only their figures are compared. */
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const keysDir = join(fixturesDir, 'keys');
// A run of some reports only writes its summary aside, so that eval/summary.json always covers every key.
const summaryPath = only.length > 0 ? join(tmpdir(), 'duizhang-eval-summary.json') : join(import.meta.dirname, 'summary.json');
const baselinePath = join(import.meta.dirname, 'baseline.json');

/**
 * The project's pipeline, loaded when the run starts so that a tree that does not build is reported as
 * such. EVAL_PIPELINE may name another copy of analyzeFileNode.ts (e.g. a snapshot of the last commit).
 */
type AnalyzeFileNode = typeof import('../src/pipeline/analyzeFileNode.ts').analyzeFileNode;
let analyzeFileNode: AnalyzeFileNode;

/**
 * Analyses one file; a form that cannot be read comes back as a reason, and so does a throw (the pipeline
 * promises never to throw), so that one broken form does not hide the figures of the others.
 */
async function analyze(bytes: Uint8Array, name: string): Promise<{ analysis?: Analysis; error?: string }> {
  try {
    const result = await analyzeFileNode(bytes, name);
    return result.ok ? { analysis: result.analysis } : { error: result.reason.en };
  } catch (error) {
    return { error: `the pipeline crashed: ${(error as Error).stack ?? String(error)}` };
  }
}

/** Analyses a mutated text; a mutation the pipeline cannot read at all is a crash of the run. */
async function analyzeText(text: string, name: string): Promise<Analysis> {
  const { analysis, error } = await analyze(new TextEncoder().encode(text), name);
  if (!analysis) throw new Error(`${name}: a mutated text could not be analysed: ${error}`);
  return analysis;
}

async function evaluate(key: KeyFile): Promise<ReportResult> {
  const report: ReportResult = { id: key.id, forms: [], mutation: {} };
  let textForm: { path: string; text: string; analysis: Analysis; perfect: boolean } | undefined;
  for (const form of formsOf(key)) {
    const t0 = performance.now();
    const file = join(fixturesDir, form.path);
    if (!existsSync(file)) {
      report.forms.push({ form: form.path, ok: false, error: 'file not found', seconds: 0 });
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    const { analysis, error } = await analyze(bytes, form.path);
    const seconds = Math.round(performance.now() - t0) / 1000;
    if (!analysis) {
      report.forms.push({ form: form.path, ok: false, error, seconds });
      continue;
    }
    report.forms.push({
      form: form.path,
      ok: true,
      tablesOnly: form.tablesOnly || undefined,
      template: analysis.meta.template,
      seconds,
      score: scoreForm(isZerosBlank(form.path) ? zerosBlankKey(key) : key, analysis, form.tablesOnly, form.path.startsWith('forms/')),
    });
    // Mutations are made in the first plain-text form read without a wrong cell: a change must be seen
    // against a correct reading (a glued original whose cells stay text would test the splitter instead).
    const score = report.forms[report.forms.length - 1]!.score!;
    const perfect = score.cellsRight === score.cellsExpected;
    if (!form.tablesOnly && !isZerosBlank(form.path) && isPlainText(form.path) && (!textForm || (perfect && !textForm.perfect))) {
      textForm = { path: form.path, text: new TextDecoder().decode(bytes), analysis, perfect };
    }
  }
  if (!textForm) {
    report.mutation.skipped = 'no plain-text (.txt/.md) form';
    return report;
  }
  const { path, text, analysis } = textForm;
  const reanalyze = (mutated: string): Promise<Analysis> => analyzeText(mutated, path);
  report.mutation.form = path;
  report.mutation.table = tally(await mutateCells(text, analysis, key.cells, reanalyze, key.id, TABLE_MUTATIONS));
  const covered = new Set(analysis.findings.flatMap((f) => f.cells));
  report.mutation.uncoveredCells = key.cells.filter((c) => c.value !== undefined && !covered.has(`${c.indicator}@${c.column}`)).length;
  report.mutation.narrative = tally(await mutateClaims(text, analysis, reanalyze, key.id));
  return report;
}

/** Totals over the forms `counted` accepts; the mutation figures come with the ordinary forms only. */
function totalsOf(reports: ReportResult[], counted: (form: string) => boolean): Summary['totals'] {
  const withMutations = counted('');
  const t: Summary['totals'] = {
    cellsRight: 0, cellsExpected: 0, findingsFound: 0, findingsExpected: 0, falseAlarms: 0,
    tableMutations: 0, tableDetected: 0, tableClean: 0, narrativeMutations: 0, narrativeDetected: 0, narrativeClean: 0, unreadableForms: 0,
  };
  for (const r of reports) {
    for (const f of r.forms) {
      if (!counted(f.form)) continue;
      if (!f.score) {
        t.unreadableForms++;
        continue;
      }
      t.cellsRight += f.score.cellsRight;
      t.cellsExpected += f.score.cellsExpected;
      t.findingsFound += f.score.findingsFound;
      t.findingsExpected += f.score.findingsExpected;
      t.falseAlarms += f.score.falseAlarms;
    }
    if (!withMutations) continue;
    t.tableMutations += r.mutation.table?.total ?? 0;
    t.tableDetected += r.mutation.table?.detected ?? 0;
    t.tableClean += r.mutation.table?.clean ?? 0;
    t.narrativeMutations += r.mutation.narrative?.total ?? 0;
    t.narrativeDetected += r.mutation.narrative?.detected ?? 0;
    t.narrativeClean += r.mutation.narrative?.clean ?? 0;
  }
  return t;
}

async function main(): Promise<number> {
  const pipeline = process.env.EVAL_PIPELINE ? pathToFileURL(process.env.EVAL_PIPELINE).href : '../src/pipeline/analyzeFileNode.ts';
  ({ analyzeFileNode } = (await import(pipeline)) as { analyzeFileNode: AnalyzeFileNode });
  const allKeys = readdirSync(keysDir).filter((n) => n.endsWith('.json')).sort();
  const unknown = only.filter((id) => !allKeys.includes(`${id}.json`));
  if (unknown.length > 0) throw new Error(`no answer key for ${unknown.join(', ')} in ${keysDir}`);
  const keyFiles = only.length > 0 ? allKeys.filter((n) => only.includes(n.replace(/\.json$/, ''))) : allKeys;
  if (keyFiles.length === 0) throw new Error(`no answer keys in ${keysDir}`);
  // The scans are read by OCR in two child processes while this one reads every other form.
  const scanForms = process.argv.includes('--no-scans') ? [] : keyFiles.flatMap((name) => scanFormsOf(name.replace(/\.json$/, '')));
  const scanned = evaluateScansAside(scanForms, SCAN_PROCESSES);
  scanned.catch(() => undefined); // awaited below; a failure must not surface as unhandled before then
  const reports: ReportResult[] = [];
  for (const name of keyFiles) {
    reports.push(await evaluate(loadKey(join(keysDir, name), name.replace(/\.json$/, ''))));
  }
  const scanResults = await scanned;
  scanForms.forEach((form, i) => reports.find((r) => r.id === form.id)!.forms.push(scanResults[i]!));
  const seconds = (performance.now() - started) / 1000;
  // The labelled narrative corpus is scored on every run that covers every report (it is a few seconds).
  // The held-out sets (test/fixtures/narrative-holdout/) were written by people who did not see the code,
  // to measure the narrative stage on wording it was not built around; they are scored apart.
  const narrativeCorpus = only.length === 0 ? scoreCorpus(loadCorpus(join(fixturesDir, 'narrative'))) : undefined;
  const holdout = only.length === 0 ? loadCorpus(join(fixturesDir, 'narrative-holdout')) : [];
  const narrativeHoldout = only.length === 0 ? { ...scoreCorpus(holdout), findings: scoreFindings(holdout) } : undefined;
  const summary: Summary = {
    generatedAt: new Date().toISOString(),
    seconds: Math.round(seconds * 10) / 10,
    totals: totalsOf(reports, (form) => !form.startsWith('scans/')),
    scanTotals: totalsOf(reports, (form) => form.startsWith('scans/')),
    reports,
    ...(narrativeCorpus ? { narrativeCorpus } : {}),
    ...(narrativeHoldout ? { narrativeHoldout } : {}),
  };
  writeFileSync(summaryPath, compactJson(summary) + '\n');
  printSummary(summary);
  printNarrativeCorpus(summary);
  printDetails(summary, process.argv.includes('--details'));

  const now = figuresOf(summary);
  const unreadable = summary.totals.unreadableForms + (summary.scanTotals?.unreadableForms ?? 0);
  let failed = unreadable > 0;
  if (failed) console.log(`\nFAIL: ${unreadable} form(s) could not be read (see above).`);
  const stored = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as { figures: Figures }).figures : undefined;
  // With report ids given, the figures of the other reports are neither compared nor replaced.
  const ours = (name: string): boolean => only.length === 0 || only.some((id) => name.startsWith(`${id} | `));
  if (updateBaseline) {
    const kept = Object.fromEntries(Object.entries(stored ?? {}).filter(([name]) => !ours(name)));
    const figures = Object.fromEntries(Object.entries({ ...kept, ...now }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(baselinePath, JSON.stringify({ about: 'Figures npm run eval is held to; written by npm run eval -- --update-baseline.', figures }, null, 2) + '\n');
    console.log(`\nbaseline written: ${baselinePath}`);
  } else if (stored) {
    const baseline = Object.fromEntries(Object.entries(stored).filter(([name]) => ours(name)));
    const worse = regressions(baseline, now);
    const better = improvements(baseline, now);
    const shown = better.slice(0, 25).concat(better.length > 25 ? [`… and ${better.length - 25} more`] : []);
    if (better.length > 0) console.log(`\nbetter than the baseline (raise it with --update-baseline):\n  ${shown.join('\n  ')}`);
    if (worse.length > 0) {
      console.log(`\nFAIL: worse than the baseline:\n  ${worse.join('\n  ')}`);
      failed = true;
    } else console.log('\nno figure is worse than the baseline.');
  } else console.log('\nno baseline yet (write one with --update-baseline).');
  console.log(`\nsummary: ${summaryPath}\nduration: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('eval crashed:', error);
    process.exit(2);
  },
);
