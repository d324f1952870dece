// Analyses for the chart tests: a small hand-made 2008 appendix with one failing sum (三(一) 464 vs 435),
// one passing sum (四), a failing 'same' and a narrative finding, plus a non-identity finding; the real
// fixtures (seeds and the 淮安 PDF); and any of them with cells reprinted and the rules run again.

import { readFileSync } from 'node:fs';
import type { Analysis, Cell, Finding, TemplateId } from '../../model/types.ts';
import { parseValue } from '../../tables/parseValue.ts';
import { runRules } from '../../check/runRules.ts';
import { analyzeText } from '../../pipeline/analyzeText.ts';
import { analyzeFileNode } from '../../pipeline/analyzeFileNode.ts';
import { templateOfAnalysis } from '../../template/labels.ts';

const pos = { line: 1, col: 1, length: 1 };

export function cell(ref: string, raw: string, label = ''): Cell {
  const [indicator = ref, column = '0'] = ref.split('@');
  const n = Number(raw);
  const value = raw === '' ? { kind: 'blank' as const, raw } : Number.isFinite(n) ? { kind: 'number' as const, raw, value: n } : { kind: 'text' as const, raw };
  return { ref, indicator, label, unit: '', column: Number(column), value, pos };
}

export function analysisOf(template: TemplateId, cells: Cell[], findings: Finding[]): Analysis {
  return {
    version: 1,
    fileName: 'test.txt',
    source: { kind: 'text' },
    meta: { template },
    tables: [{ header: ['统计指标', '单位', '统计数'], columns: ['统计数'], rows: [], lines: [1, 1] }],
    cells,
    unmatched: [],
    claims: [],
    enumerations: [],
    links: [],
    findings,
    lines: [],
    notices: [],
  };
}

const m = (zh: string, en: string) => ({ zh, en });

export function sample(): Analysis {
  const cells = [
    cell('三(一)@0', '464'), cell('三(一)1@0', '50'), cell('三(一)2@0', '4'), cell('三(一)3@0', '196'),
    cell('三(一)4@0', '185'), cell('三(一)5@0', '0'),
    cell('四@0', '40'), cell('四(一)@0', '21'), cell('四(二)@0', '16'), cell('四(三)@0', '3'),
    cell('十@0', '375'), cell('十二(二)@0', '380'),
    cell('三(二)@0', ''),
  ];
  const findings: Finding[] = [
    { rule: 'sum', severity: 'info', message: m('四 40 = (一)+(二)+(三)，相符。', '四 40 equals the sum.'), stated: 40, computed: 40, delta: 0, cells: ['四@0', '四(一)@0', '四(二)@0', '四(三)@0'] },
    { rule: 'signature-date', severity: 'warning', message: m('落款日期', 'date'), cells: [] },
    { rule: 'same', severity: 'error', message: m('同一数量填报两次却不一致', 'same twice'), stated: 375, computed: 380, delta: -5, cells: ['十@0', '十二(二)@0'] },
    {
      rule: 'sum', severity: 'error', message: m('三(一) 收到申请数填报 464，但…', '三(一) states 464…'), stated: 464, computed: 435, delta: 29,
      cells: ['三(一)@0', '三(一)1@0', '三(一)2@0', '三(一)3@0', '三(一)4@0', '三(一)5@0'],
    },
    {
      rule: 'narrative-vs-table', severity: 'warning', message: m('正文称「受理申请470件」，而表中…', 'The text says “470 requests”, but…'),
      stated: 470, computed: 464, delta: 6, cells: ['三(一)@0'], spans: [pos],
    },
    { rule: 'missing-value', severity: 'warning', message: m('无法核对', 'cannot check'), cells: ['三(二)@0'] },
  ];
  return analysisOf('national-2008', cells, findings);
}

/**
 * The analysis with some cells reprinted (`{ '三.一@6': '3148' }`, '' for a blank, '/' for a dash) and its
 * findings recomputed by the real rules, so a chart test sees exactly what the checks would say.
 */
export function reprinted(analysis: Analysis, changes: Record<string, string>): Analysis {
  const template = templateOfAnalysis(analysis);
  if (!template) throw new Error(`no template for ${analysis.meta.template}`);
  const cells = analysis.cells.map((c) => (c.ref in changes ? { ...c, value: parseValue(changes[c.ref]!) } : c));
  const findings = runRules({
    template,
    cells: new Map(cells.map((c) => [c.ref, c])),
    columns: analysis.tables.find((t) => t.columns.length > 1)?.columns ?? analysis.tables[0]?.columns ?? [],
    meta: analysis.meta,
    claims: analysis.claims,
    enumerations: analysis.enumerations,
    links: analysis.links,
  });
  return { ...analysis, cells, findings };
}

const fixtureBytes = (path: string) => readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url));

/** A seed report (test/fixtures/seeds), analysed from its text. */
export function seed(name: '000_87410cd3979e9921' | '003_8ef98a67e9da6293'): Analysis {
  return analyzeText(fixtureBytes(`seeds/${name}.txt`).toString('utf8'), `${name}.txt`);
}

/** A corpus fixture (test/fixtures/corpus) through the Node entry, as the CLI reads it. */
export async function corpus(name: string): Promise<Analysis> {
  const result = await analyzeFileNode(new Uint8Array(fixtureBytes(`corpus/${name}`)), name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}
