// A small hand-made Analysis for the chart tests: a 2008 appendix with one failing sum (三(一) 464 vs
// 435), one passing sum (四), a failing 'same' and a narrative finding, plus a non-identity finding.

import type { Analysis, Cell, Finding, TemplateId } from '../../model/types.ts';

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
