// Turns a validated share payload back into an Analysis the view can show. The findings are recomputed
// here by the same rules, with the same RuleContext as analyzeLines builds: a link can state what a
// report prints, never what is wrong with it. The text itself is not in the link, so `lines` is empty.

import type { Analysis, Bilingual, Cell, Claim, ClaimLink, Enumeration, RawRow, RawTable, ReportMeta } from '../model/types.ts';
import type { TemplateDef } from '../template/definition.ts';
import { parseValue } from '../tables/parseValue.ts';
import { runRules } from '../check/runRules.ts';
import { claimReading, LINK_DEFAULTS, type SharePayload } from './payloadFormat.ts';
import { posOf } from './posTuple.ts';
import { withPrevious } from '../pipeline/withPrevious.ts';
import { metaFromTitle } from '../narrative/readMeta.ts';
import { columnCount, templateFor } from '../template/registry.ts';
import { applyCorrections } from '../check/corrections.ts';

/** Shown with every analysis rebuilt from a link, so nobody mistakes it for a reading of their own file. */
export const SHARED_NOTICE: Bilingual = {
  zh: '此结果由分享链接重建：表格数字与正文数字来自链接，核对结果已在本机重新计算；链接不含报告原文。',
  en: 'Rebuilt from a share link: the table and narrative numbers come from the link, the checks were recomputed here; the link does not contain the report’s text.',
};

const NO_POS = { line: 0, col: 0, length: 0 };

/** Looks up a value by record index in a sparse [index, value] list (exceptions to a default). */
function sparse<T>(list: Array<[number, T]>): Map<number, T> {
  return new Map(list);
}

function cellsOf(payload: SharePayload, template: TemplateDef): Cell[] {
  const kinds = sparse(payload.kinds);
  const units = sparse(payload.units);
  let line = 0;
  let index = -1;
  let unit = '';
  return payload.cells.map(([step, column, printed, ...pos], i) => {
    const raw = String(printed);
    index += step;
    unit = units.get(i) ?? unit;
    const def = template.indicators[index]!;
    // Validation guarantees an index in range and a kind that is the reader's own downgrade (text for
    // digits it could not settle, malformed for a number cut short) of what `raw` reads as.
    const kind = kinds.get(i);
    const value = kind === undefined ? parseValue(raw) : { kind: kind as Cell['value']['kind'], raw };
    const at = posOf(pos, line, raw.length);
    line = at.line;
    // The printed label is not carried (it is text of the report); the template's own label stands in.
    return { ref: `${def.id}@${column}`, indicator: def.id, label: def.label, unit, column, value, pos: at };
  });
}

function claimsOf(payload: SharePayload): Claim[] {
  const values = sparse(payload.values);
  const units = sparse(payload.claimUnits);
  let line = 0;
  let offset = 0;
  return payload.claims.map(([raw, subject, step, ...pos], i) => {
    const at = posOf(pos, line, raw.length);
    line = at.line;
    offset += step;
    const reading = claimReading(raw);
    return { value: values.get(i) ?? reading.value, raw, unit: units.get(i) ?? reading.unit, subject, pos: at, offset };
  });
}

function linksOf(payload: SharePayload, template: TemplateDef, claims: Claim[]): ClaimLink[] {
  let claim = 0;
  return payload.links.map(([step, ids, ...given]) => {
    claim += step;
    const [weak, column, sum, narrower, evidence] = [...given, ...LINK_DEFAULTS.slice(given.length)] as [number, number, number, string, string?];
    const entry = typeof ids === 'number' ? template.lexicon![ids]! : undefined;
    const indicators = entry ? entry.indicators : (ids as string[]);
    const subject = claims[claim]!.subject;
    return {
      claim,
      indicators,
      ...(column >= 0 ? { column } : {}),
      ...(sum ? { sum: true } : {}),
      evidence: evidence ?? (entry ? `「${subject}」~ ${entry.subject.source}` : `「${subject}」⊇ ${indicators.join('/')}`),
      weak: weak === 1,
      ...(narrower ? { narrower } : {}),
      ...(entry?.orSum ? { orSum: entry.orSum } : {}),
      ...(entry?.reading ? { reading: entry.reading } : {}),
    };
  });
}

function enumerationsOf(payload: SharePayload): Enumeration[] {
  return payload.enumerations.map(([whole, parts, complete, shares]) => ({
    whole,
    parts: parts.map((p) => whole + p),
    complete: (complete & 1) === 1,
    ...(complete & 2 ? { subset: true } : {}),
    ...(shares.length ? { shares: shares.map(([part, percent]) => ({ part: whole + part, percent: whole + percent })) } : {}),
  }));
}

function metaOf(payload: SharePayload): ReportMeta {
  const m = payload.meta;
  const meta: ReportMeta = { template: payload.template };
  const derived = m.title !== undefined ? metaFromTitle(m.title) : {};
  if (m.title !== undefined) meta.title = m.title;
  // A field the link leaves out is what the title gives; null means the report had none.
  const pick = <T,>(carried: T | null | undefined, fromTitle: T | undefined) => (carried === undefined ? fromTitle : (carried ?? undefined));
  const year = pick(m.year, derived.year);
  const body = pick(m.body, derived.body);
  const region = pick(m.region, derived.region);
  if (year !== undefined) meta.year = year;
  if (body !== undefined) meta.body = body;
  if (region !== undefined) meta.region = region;
  if (m.period) meta.period = { start: m.period[0], end: m.period[1], ...(m.period[2] ? { pos: posOf(m.period[2]) } : {}) };
  if (m.signed) meta.signed = { date: m.signed[0], pos: posOf(m.signed[1]) };
  return meta;
}

/** Rows in template order, one table per template table (or one table for single-table templates). */
function tablesOf(template: TemplateDef, cells: Cell[], columns: string[]): RawTable[] {
  const byIndicator = new Map<string, Cell[]>();
  for (const cell of cells) byIndicator.set(cell.indicator, [...(byIndicator.get(cell.indicator) ?? []), cell]);
  const groups = new Map<string, RawRow[]>();
  for (const def of template.indicators) {
    const found = byIndicator.get(def.id);
    if (!found) continue;
    const width = columnCount(template, def.id, columns);
    const values = Array.from({ length: width }, (_, i) => {
      const cell = found.find((c) => c.column === i);
      // A missing column shows as an empty cell; its zero position matches no mapped cell in the view.
      return cell ? { value: cell.value, pos: cell.pos } : { value: { kind: 'blank' as const, raw: '' }, pos: NO_POS };
    });
    const key = def.table ?? '';
    groups.set(key, [...(groups.get(key) ?? []), { label: def.label, unit: found[0]!.unit, values, pos: found[0]!.pos }]);
  }
  return [...groups].map(([id, rows]) => {
    const def = template.tables?.find((t) => t.id === id);
    const names = def ? def.columns.map((c) => c.zh) : columns.length ? columns : ['统计数'];
    const header = def ? [def.name.zh, ...names] : ['统计指标', '单位', ...names];
    const lines = rows.flatMap((r) => r.values.map((v) => v.pos.line)).filter((l) => l > 0);
    return { header, columns: names, rows, lines: lines.length ? [Math.min(...lines), Math.max(...lines)] : [0, 0] };
  });
}

export function analysisFromShare(payload: SharePayload): Analysis {
  const template = templateFor(payload.template, payload.variant);
  const cells = cellsOf(payload, template);
  const claims = claimsOf(payload);
  const links = linksOf(payload, template, claims);
  const enumerations = enumerationsOf(payload);
  const meta = metaOf(payload);
  const findings = runRules({
    template,
    cells: new Map(cells.map((c) => [c.ref, c])),
    columns: payload.columns,
    meta,
    claims,
    enumerations,
    links,
  });
  const notices: Bilingual[] = [SHARED_NOTICE];
  if (template.id === 'none') {
    notices.push({
      zh: '没有找到可识别的统计表（统计指标 / 单位 / 统计数）。只核对了正文中的数字。',
      en: 'No recognisable statistics table (统计指标 / 单位 / 统计数) was found; only the narrative was checked.',
    });
  }
  const [kind, pages] = payload.source;
  const analysis: Analysis = {
    version: 1,
    fileName: payload.fileName,
    source: pages !== undefined ? { kind, pages } : { kind },
    meta,
    tables: tablesOf(template, cells, payload.columns),
    cells,
    unmatched: [],
    claims,
    enumerations,
    links,
    findings,
    lines: [],
    notices,
  };
  // The sender's corrections are applied as the sender's page applied them: to the cells as printed.
  const corrected = payload.corrections?.length
    ? applyCorrections(analysis, payload.corrections.map(([cell, raw, at]) => ({ ref: cells[cell]!.ref, raw, at })))
    : analysis;
  return payload.previous ? withPreviousFromShare(corrected, payload.previous, template) : corrected;
}

/**
 * Recomputes the cross-year findings against the previous year's cells the link carries (never trusted
 * from the link either), appended after the rules' findings as the page appends them.
 */
function withPreviousFromShare(analysis: Analysis, previous: NonNullable<SharePayload['previous']>, template: TemplateDef): Analysis {
  const cells = previous.cells.map(([ref, raw]): Cell => {
    const [indicator = '', column = '0'] = ref.split('@');
    const def = template.indicators.find((d) => d.id === indicator);
    return { ref, indicator, label: def?.label ?? indicator, unit: '', column: Number(column), value: parseValue(raw), pos: NO_POS };
  });
  const earlier: Analysis = {
    ...analysis,
    fileName: previous.fileName,
    meta: { template: previous.template, year: previous.year, ...(previous.body ? { body: previous.body } : {}) },
    cells,
    findings: [],
    notices: [],
  };
  const outcome = withPrevious(analysis, earlier);
  return outcome.ok ? outcome.analysis : { ...analysis, notices: [...analysis.notices, outcome.reason] };
}
