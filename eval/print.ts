// The console view of a run: a compact table of report × form, the mutation scores, and the totals.

import type { Summary } from './summary.ts';

const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);
const pct = (a: number, b: number): string => (b === 0 ? '   –' : `${Math.round((100 * a) / b)}%`.padStart(4));

/** The last part of a form's path, short enough for the table. */
const shortName = (path: string): string => (path.length > 42 ? `…${path.slice(-41)}` : path);

export function printSummary(summary: Summary): void {
  console.log(`${pad('report', 13)} ${pad('form', 43)} tpl ${lpad('cells', 9)} ${lpad('findings', 8)} ${lpad('false', 5)}  s`);
  for (const report of summary.reports) {
    for (const form of report.forms) {
      const name = pad(shortName(form.form), 43);
      if (!form.ok || !form.score) {
        console.log(`${pad(report.id, 13)} ${name} UNREADABLE: ${form.error?.split('\n')[0]}`);
        continue;
      }
      const s = form.score;
      const findings = form.tablesOnly ? 'cells only' : `${s.findingsFound}/${s.findingsExpected}`;
      const alarms = form.tablesOnly ? '–' : s.falseAlarms;
      const template = s.templateRight ? ' ✓ ' : ' ✗ ';
      console.log(`${pad(report.id, 13)} ${name} ${template} ${lpad(`${s.cellsRight}/${s.cellsExpected}`, 9)} ${lpad(findings, 8)} ${lpad(alarms, 5)}  ${form.seconds.toFixed(1)}`);
    }
  }
  console.log('(tpl: the key\'s template recognised ✓ or not ✗)');
  console.log('\nmutations (detected / made; clean = every new finding is about the change)');
  console.log(`${pad('report', 13)} ${pad('table', 24)} ${pad('narrative', 24)} form`);
  for (const report of summary.reports) {
    const m = report.mutation;
    if (m.skipped) {
      console.log(`${pad(report.id, 13)} skipped: ${m.skipped}`);
      continue;
    }
    const show = (t?: { total: number; detected: number; clean: number }): string =>
      t && t.total > 0 ? `${t.detected}/${t.total} ${pct(t.detected, t.total)} clean ${t.clean}` : 'none';
    console.log(`${pad(report.id, 13)} ${pad(show(m.table), 24)} ${pad(show(m.narrative), 24)} ${m.form} (${m.uncoveredCells ?? 0} cells no check covers)`);
  }
  // The committed forms (original, alsoAs, tablesOnly), the generated ones under forms/ and the scans apart.
  const groupOf = (path: string) => (path.startsWith('forms/') ? 'forms/' : path.startsWith('scans/') ? 'scans/ (OCR)' : 'original + alsoAs');
  for (const label of ['original + alsoAs', 'forms/', 'scans/ (OCR)']) {
    let right = 0, cells = 0, found = 0, expected = 0, alarms = 0;
    for (const report of summary.reports) {
      for (const form of report.forms) {
        if (!form.score || groupOf(form.form) !== label) continue;
        right += form.score.cellsRight;
        cells += form.score.cellsExpected;
        found += form.score.findingsFound;
        expected += form.score.findingsExpected;
        alarms += form.score.falseAlarms;
      }
    }
    console.log(`\n${label}: cells ${right}/${cells} (${pct(right, cells).trim()}), findings ${found}/${expected} (${pct(found, expected).trim()}), false alarms ${alarms}`);
  }
  const t = summary.totals;
  console.log(
    `\ntotals: cells ${t.cellsRight}/${t.cellsExpected} (${pct(t.cellsRight, t.cellsExpected).trim()}), ` +
      `findings ${t.findingsFound}/${t.findingsExpected} (${pct(t.findingsFound, t.findingsExpected).trim()}), false alarms ${t.falseAlarms}, ` +
      `table mutations ${t.tableDetected}/${t.tableMutations} detected (${t.tableClean} clean), ` +
      `narrative mutations ${t.narrativeDetected}/${t.narrativeMutations} detected (${t.narrativeClean} clean)` +
      (t.unreadableForms > 0 ? `, UNREADABLE forms ${t.unreadableForms}` : ''),
  );
  const s = summary.scanTotals;
  if (s && s.cellsExpected > 0) {
    console.log(
      `scans (OCR, apart from the totals above): cells ${s.cellsRight}/${s.cellsExpected} (${pct(s.cellsRight, s.cellsExpected).trim()}), ` +
        `findings ${s.findingsFound}/${s.findingsExpected}, false alarms ${s.falseAlarms}` + (s.unreadableForms > 0 ? `, UNREADABLE ${s.unreadableForms}` : ''),
    );
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

/** The narrative corpus: precision and recall of quantities, links and relations, and the classes of wording. */
export function printNarrativeCorpus(summary: Summary): void {
  printCorpus(summary.narrativeCorpus, 'narrative corpus', 'test/fixtures/narrative/');
  printCorpus(summary.narrativeHoldout, 'held-out narrative', 'test/fixtures/narrative-holdout/');
}

function printCorpus(n: Summary['narrativeCorpus'], title: string, where: string): void {
  if (!n) return;
  const pr = (t: { right: number; extra: number; missed: number }) =>
    `${t.right} right, precision ${ratio(t.right, t.right + t.extra)}, recall ${ratio(t.right, t.right + t.missed)}`;
  console.log(`\n${title} (${n.files} files, ${n.sentences} sentences, ${where})`);
  console.log(`  quantities: ${pr(n.quantities)}`);
  console.log(`  links:      ${pr(n.links)}; scope also right ${n.scopesRight}`);
  console.log(`  relations:  ${pr(n.relations)}; partition or overlap read right ${n.partitionRight}/${n.partitionJudged}`);
  const classes = Object.entries(n.classes)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, t]) => `${c} ${t.right}/${t.labelled}`);
  console.log(`  by class (links and relations right / labelled): ${classes.join(', ')}`);
  const f = n.findings;
  if (f) {
    console.log(`  checks on each sentence alone: planted contradictions flagged ${f.contradictionsFlagged}/${f.contradictions}; on the ${f.sentences - f.contradictions} consistent sentences ${f.falseErrors} false errors, ${f.falseReviews} false 待核`);
    for (const x of f.falseList.slice(0, 10)) console.log(`    ${x.sentence} ${x.severity} ${x.rule}: ${x.message}`);
  }
}

/**
 * What went wrong per form, a few lines each (the summary file has every item): for the committed forms
 * only, unless `all` asks for the generated forms under forms/ too.
 */
export function printDetails(summary: Summary, all: boolean, perForm = 6): void {
  const lines: string[] = [];
  for (const report of summary.reports) {
    for (const form of report.forms) {
      const s = form.score;
      if (!s || (!all && form.form.startsWith('forms/'))) continue;
      const items = [
        ...s.wrongCells.map((w) => `cell ${w.ref}: expected ${w.expected}, got ${w.got}`),
        ...s.missedFindings.map((m) => `missed ${m.rule} ${m.stated ?? ''}/${m.computed ?? ''}${m.cells?.[0] ? ` at ${m.cells[0]}` : ''}`),
        ...s.falseAlarmList.map((a) => `false alarm ${a.rule} (${a.severity}) ${a.stated ?? ''}/${a.computed ?? ''} at ${a.cells[0] ?? '–'}`),
        ...(s.extraCells.length > 0 ? [`cells the key does not have: ${s.extraCells.slice(0, 8).join(', ')}${s.extraCells.length > 8 ? ' …' : ''}`] : []),
      ];
      if (items.length === 0) continue;
      lines.push(`${report.id} ${form.form}:`);
      for (const item of items.slice(0, perForm)) lines.push(`  ${item}`);
      if (items.length > perForm) lines.push(`  … and ${items.length - perForm} more (see the summary file)`);
    }
  }
  const scope = all ? 'every form' : 'committed forms; --details for the forms/ ones too';
  if (lines.length > 0) console.log(`\ndetails (${scope})\n${lines.join('\n')}`);
}
