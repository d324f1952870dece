import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/analyzeText.ts';
import { analyzeFileNode } from '../pipeline/analyzeFileNode.ts';
import { applyCorrections, checkedValue, effectiveCorrections } from './corrections.ts';
import type { Analysis, Finding } from '../model/types.ts';

const fixture = (path: string) => new URL(`../../test/fixtures/${path}`, import.meta.url);
const seed000 = () => analyzeText(readFileSync(fixture('seeds/000_87410cd3979e9921.txt'), 'utf8'), '000.txt');
const AT = '2026-12-02T10:00:00.000Z';
const key = (f: Finding) => `${f.rule}:${f.severity}:${f.stated}/${f.computed}:${f.cells.join(',')}:${f.message.zh}`;
const flagged = (a: Analysis) => a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.stated}/${f.computed}`);

describe('applyCorrections', () => {
  // The recheck is the pipeline's own: with no correction it must give back exactly the findings read,
  // on every kind of fixture (2008 appendix, Fujian, 2019 and 2021 tables, text, web page and PDF).
  const files = ['seeds', 'corpus', 'html'].flatMap((folder) =>
    readdirSync(fixture(`${folder}/`))
      .filter((f) => /\.(txt|pdf|html)$/.test(f) && !f.endsWith('.pdftotext.txt'))
      .map((f) => `${folder}/${f}`),
  );
  it.each(files)('%s: no correction, the same findings', async (path) => {
    const result = await analyzeFileNode(new Uint8Array(readFileSync(fixture(path))), path);
    if (!result.ok) throw new Error(result.reason.en);
    const again = applyCorrections(result.analysis, []);
    expect(again.findings.map(key)).toEqual(result.analysis.findings.map(key));
    expect(again.cells.some((c) => c.correction)).toBe(false);
  });

  it('checks the corrected value and keeps the printed one', () => {
    const read = seed000();
    expect(flagged(read)).toContain('sum 464/435');
    // 三（一） prints 464 but its parts give 435: correcting the total to 435 settles that check.
    const fixed = applyCorrections(read, [{ ref: '三(一)@0', raw: '435', at: AT }]);
    const cell = fixed.cells.find((c) => c.ref === '三(一)@0')!;
    expect(cell.value).toMatchObject({ kind: 'number', raw: '464', value: 464 });
    expect(cell.correction).toEqual({ value: { kind: 'number', raw: '435', value: 435, decimals: 0 }, at: AT });
    expect(checkedValue(cell).value).toBe(435);
    expect(flagged(fixed)).not.toContain('sum 464/435');
    // Every other finding is unchanged, but one: the report prints 收到申请 464 twice, and the corrected
    // cell now disagrees with its other printing, as a report printing 435 there would. The input
    // analysis is not touched.
    expect(flagged(fixed)).toEqual([...flagged(read).filter((f) => f !== 'sum 464/435' && !f.startsWith('signature-date') && f !== 'narrative-vs-table 10/36'), 'same 464/435', 'signature-date undefined/undefined', 'narrative-vs-table 10/36']);
    expect(fixed.findings.find((f) => f.rule === 'same' && f.stated === 464)!.cells).toContain('三(一)@0');
    expect(read.cells.find((c) => c.ref === '三(一)@0')!.correction).toBeUndefined();
  });

  it('reports what a corrected value breaks, as a report printing it would be reported', () => {
    const fixed = applyCorrections(seed000(), [{ ref: '三(一)1@0', raw: '100', at: AT }]);
    const sum = fixed.findings.find((f) => f.rule === 'sum' && f.cells[0] === '三(一)@0')!;
    expect(sum.computed).not.toBe(435);
    expect(sum.stated).toBe(464);
  });

  it('takes the last correction of a cell, and a correction back to the print removes the mark', () => {
    const corrections = [
      { ref: '三(一)@0', raw: '435', at: AT },
      { ref: '三(一)@0', raw: '464', at: '2026-12-02T10:01:00.000Z' },
    ];
    expect(effectiveCorrections(corrections).get('三(一)@0')!.raw).toBe('464');
    const back = applyCorrections(seed000(), corrections);
    expect(back.cells.some((c) => c.correction)).toBe(false);
    expect(flagged(back)).toContain('sum 464/435');
  });

  it('reads a correction like a printed value: blank, dash and text stay apart from 0', () => {
    const fixed = applyCorrections(seed000(), [
      { ref: '三(一)1@0', raw: '', at: AT },
      { ref: '三(一)2@0', raw: '—', at: AT },
      { ref: '三(一)3@0', raw: '0', at: AT },
    ]);
    const kind = (ref: string) => fixed.cells.find((c) => c.ref === ref)!.correction!.value.kind;
    expect([kind('三(一)1@0'), kind('三(一)2@0'), kind('三(一)3@0')]).toEqual(['blank', 'dash', 'number']);
  });

  it('drops a reading finding about glued digits once the user settles one of its cells, and the cell’s doubt', () => {
    const read = seed000();
    const glued: Finding = { rule: 'glued-sum', severity: 'error', message: { zh: '粘连', en: 'glued' }, cells: ['三(一)1@0', '三(一)2@0'] };
    const other: Finding = { ...glued, cells: ['十@0'] };
    const withReading: Analysis = {
      ...read,
      cells: read.cells.map((c) => (c.ref === '三(一)1@0' ? { ...c, doubt: { zh: '待核', en: 'to review' }, choices: ['1', '10'] } : c)),
      findings: [glued, other, ...read.findings],
    };
    const fixed = applyCorrections(withReading, [{ ref: '三(一)1@0', raw: '10', at: AT }]);
    expect(fixed.findings).not.toContain(glued);
    expect(fixed.findings).toContain(other);
    // The document's reading (doubt, choices) stays on the cell; the checks no longer treat it as doubtful.
    expect(fixed.cells.find((c) => c.ref === '三(一)1@0')!.doubt).toBeDefined();
  });
});
