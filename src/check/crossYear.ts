// Checks between a report and the same body's report of the year before: what one year carries forward
// the next must carry over, and a cumulative column must run on. The relations are the later template's
// data (TemplateDef.crossYear); the earlier report may use the template before it (2020's 2019 format
// against 2021's), since the rows compared keep their ids.

import type { Analysis, Bilingual, Cell, Finding } from '../model/types.ts';
import type { CrossYearRelation, TemplateDef } from '../template/definition.ts';
import { templateFor, variantOf } from '../template/registry.ts';
import { columnName, rowName } from './context.ts';
import { sideVersusSide } from './differenceWords.ts';

const THIS_YEAR = { zh: '本年', en: 'this year' };
const LAST_REPORT = { zh: '上年报告', en: 'last year’s report' };
const PRINTED_CUMULATIVE = { zh: '填报的累计', en: 'the printed cumulative' };
const SUMMED_CUMULATIVE = { zh: '推算', en: 'that sum' };

export interface CrossYearResult {
  findings: Finding[];
  /** Why nothing (or not everything) could be compared, for the page and the CLI. */
  notices: Bilingual[];
}

const number = (a: Analysis, ref: string): number | undefined => {
  const cell = a.cells.find((c) => c.ref === ref);
  return cell?.value.kind === 'number' ? cell.value.value : undefined;
};

/** A cross-year finding: consistent (info) or the given severity, with the message for each case. */
/** The id of a finding that compares a report with the same body's report of the year before. */
export const CROSS_YEAR = 'cross-year';

function finding(stated: number, computed: number, cells: string[], severity: Finding['severity'], ok: Bilingual, bad: Bilingual): Finding {
  const delta = stated - computed;
  return { rule: CROSS_YEAR, severity: delta === 0 ? 'info' : severity, message: delta === 0 ? ok : bad, stated, computed, delta, cells };
}

/** Whether the two reports can be compared at all, and the notice when they cannot. */
function comparable(later: Analysis, earlier: Analysis): Bilingual | undefined {
  const [y1, y0] = [later.meta.year, earlier.meta.year];
  if (y1 === undefined || y0 === undefined) {
    return { zh: '无法从标题读出两份报告的年度，未做跨年度核对。', en: 'The years of the two reports could not be read from their titles; no cross-year check was made.' };
  }
  if (y1 !== y0 + 1) {
    return { zh: `两份报告是 ${y0} 与 ${y1} 年度，不是相邻两年，未做跨年度核对。`, en: `The reports are for ${y0} and ${y1}, not consecutive years; no cross-year check was made.` };
  }
  const [b1, b0] = [later.meta.body, earlier.meta.body];
  if (b1 && b0 && b1 !== b0) {
    return { zh: `两份报告的发布机关不同（${b0} / ${b1}），未做跨年度核对。`, en: `The reports come from different bodies (${b0} / ${b1}); no cross-year check was made.` };
  }
  return undefined;
}

function carry(later: Analysis, earlier: Analysis, template: TemplateDef, r: Extract<CrossYearRelation, { kind: 'carry' }>): Finding[] {
  const names = { template, columns: [] };
  const [row, prior] = [rowName(names, r.later), rowName(names, r.earlier)];
  const year = earlier.meta.year!;
  return later.cells.flatMap((cell) => {
    const stated = cell.indicator === r.later ? number(later, cell.ref) : undefined;
    const computed = number(earlier, `${r.earlier}@${cell.column}`);
    if (stated === undefined || computed === undefined) return [];
    const col = columnName(names, cell.column, r.later);
    return [
      finding(
        stated,
        computed,
        [cell.ref],
        'error',
        { zh: `${row.zh}${col.zh} ${stated} 与 ${year} 年度报告的${prior.zh} ${computed} 一致。`, en: `${row.en}${col.en} ${stated} equals ${prior.en} ${computed} in the ${year} report.` },
        {
          zh: `${row.zh}${col.zh}填报 ${stated}，但 ${year} 年度报告（${earlier.fileName}）的${prior.zh}为 ${computed}：${sideVersusSide(stated, computed, THIS_YEAR, LAST_REPORT).zh}。`,
          en: `${row.en}${col.en} states ${stated}, but the ${year} report (${earlier.fileName}) has ${prior.en} ${computed}: ${sideVersusSide(stated, computed, THIS_YEAR, LAST_REPORT).en}.`,
        },
      ),
    ];
  });
}

function cumulative(later: Analysis, earlier: Analysis, template: TemplateDef, r: Extract<CrossYearRelation, { kind: 'cumulative' }>): Finding[] {
  const year = earlier.meta.year!;
  return later.cells.flatMap((cell) => {
    const stated = cell.column === r.total ? number(later, cell.ref) : undefined;
    const before = number(earlier, cell.ref);
    const thisYear = number(later, `${cell.indicator}@${r.year}`);
    if (stated === undefined || before === undefined || thisYear === undefined) return [];
    const computed = before + thisYear;
    const row = rowName({ template }, cell.indicator);
    // Cumulative figures are sometimes restated (a body's scope changed); a gap is worth a look, not proof.
    return [
      finding(
        stated,
        computed,
        [cell.ref, `${cell.indicator}@${r.year}`],
        'warning',
        { zh: `${row.zh} 历年累计 ${stated} = ${year} 年的累计 ${before} + 本年 ${thisYear}，相符。`, en: `${row.en}: cumulative ${stated} = ${year}'s cumulative ${before} + this year's ${thisYear}.` },
        {
          zh: `${row.zh} 历年累计填报 ${stated}，但 ${year} 年度报告（${earlier.fileName}）的累计 ${before} 加本年 ${thisYear} 为 ${computed}：${sideVersusSide(stated, computed, PRINTED_CUMULATIVE, SUMMED_CUMULATIVE).zh}。`,
          en: `${row.en}: cumulative ${stated}, but the ${year} report's (${earlier.fileName}) cumulative ${before} plus this year's ${thisYear} gives ${computed}: ${sideVersusSide(stated, computed, PRINTED_CUMULATIVE, SUMMED_CUMULATIVE).en}.`,
        },
      ),
    ];
  });
}

/** The cross-year findings of `later` against `earlier` (the same body's report of the year before). */
export function crossYear(later: Analysis, earlier: Analysis): CrossYearResult {
  const template = templateFor(later.meta.template, variantOf(later));
  if (!template.crossYear?.length) {
    return { findings: [], notices: [{ zh: '这种表格格式没有跨年度的勾稽关系可核对。', en: 'This table format has no cross-year relations to check.' }] };
  }
  const why = comparable(later, earlier);
  if (why) return { findings: [], notices: [why] };
  const findings = template.crossYear.flatMap((r) => (r.kind === 'carry' ? carry(later, earlier, template, r) : cumulative(later, earlier, template, r)));
  const notices: Bilingual[] = [];
  if (findings.length === 0) {
    notices.push({ zh: `${earlier.fileName} 中没有可与本报告对应的数字，未做跨年度核对。`, en: `${earlier.fileName} has no figures that match this report's rows; nothing was compared across years.` });
  }
  return { findings, notices };
}

/** The notice that says a report was checked against another across years, and how it went. */
export function crossYearSummary(earlier: Pick<Analysis, 'fileName' | 'meta'>, findings: Finding[]): Bilingual {
  const flagged = findings.filter((f) => f.severity !== 'info').length;
  return {
    zh: `已与 ${earlier.fileName}（${earlier.meta.year} 年度）做跨年度核对：${findings.length} 项，其中 ${flagged} 项不一致。`,
    en: `Checked across years against ${earlier.fileName} (${earlier.meta.year}): ${findings.length} checks, ${flagged} inconsistent.`,
  };
}

/** The cells of `earlier` that crossYear(later, earlier) reads: what a share link must carry to recompute it. */
export function crossYearInputs(later: Analysis, earlier: Analysis): Cell[] {
  const template = templateFor(later.meta.template, variantOf(later));
  return earlier.cells.filter((c) =>
    (template.crossYear ?? []).some((r) => (r.kind === 'carry' ? c.indicator === r.earlier : c.column === r.total)),
  );
}

/** Which of two reports is the later one, by year (undefined when either year is unknown or equal). */
export function orderByYear(a: Analysis, b: Analysis): { later: Analysis; earlier: Analysis } | undefined {
  if (a.meta.year === undefined || b.meta.year === undefined || a.meta.year === b.meta.year) return undefined;
  return a.meta.year > b.meta.year ? { later: a, earlier: b } : { later: b, earlier: a };
}
