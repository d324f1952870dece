// Reads every generated form back with the project's own pipeline and compares its cells with the values
// the forms were made from: which forms read badly (for the lead; this script changes nothing in src/).
//   npx tsx scripts/forms/readBack.ts [id…]

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { fixtures, loadReport } from './loadReport.ts';
import { REPORTS } from './reports.ts';

const ids = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(REPORTS);
for (const id of ids) {
  const doc = await loadReport(id);
  const dir = join(fixtures, 'forms', id);
  for (const name of readdirSync(dir).sort()) {
    if (name === 'README.md') continue;
    const r = await analyzeFileNode(new Uint8Array(readFileSync(join(dir, name))), name);
    if (!r.ok) {
      console.log(`${id}/${name}: NOT READ (${r.reason.en})`);
      continue;
    }
    const got = new Map<string, string>();
    for (const c of r.analysis.cells) got.set(`${c.indicator}@${c.column}`, c.value.kind === 'number' ? String(c.value.value) : c.value.kind === 'blank' ? '' : `${c.value.kind}:${c.value.raw}`);
    let right = 0;
    const wrong: string[] = [];
    for (const [ref, want] of doc.values) {
      const g = got.get(ref);
      const wantN = want === '' ? '' : /^-?\d+(\.\d+)?$/.test(want) ? String(Number(want)) : want;
      if (g === wantN || (g !== undefined && g.endsWith(':' + want))) right++;
      else wrong.push(`${ref}=${want || '∅'}→${g === undefined ? 'missing' : g || '∅'}`);
    }
    const tpl = (r.analysis as { meta: { template?: string } }).meta.template;
    console.log(`${id}/${name}: ${tpl} ${right}/${doc.values.size}${wrong.length ? '  ' + wrong.slice(0, 6).join(' ') + (wrong.length > 6 ? ` …+${wrong.length - 6}` : '') : ''}`);
  }
}
