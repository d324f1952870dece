// Strict reading of an analysis that comes back from outside the page's memory: a workspace file the user
// imports (untrusted: any JSON may be chosen) or a batch kept in IndexedDB by an earlier version of the
// page. Every field the views and checks read must have its type; indices must point inside their lists
// and cells must name indicators of their own template, so no view meets an undefined where it expects a
// list. The findings are then made again by the same rules (as a share link's are): a file can state what
// a report prints, never what is wrong with it. The first problem is reported by its path.
// Fields this check does not know are left as they are: the reader adds fields over time and no view of
// this version reads them.

import type { Analysis, Bilingual, Cell, ClaimLink, Enumeration, Finding, NormLine, RawRow, RawTable, SourcePos, Value } from '../model/types.ts';
import { applyCorrections } from '../check/corrections.ts';
import { isTemplateId, templateOfAnalysis } from '../template/registry.ts';

/** A value that does not have the shape it must have; `path` says where (`reports[2].analysis.cells[5].pos`). */
export class ShapeError extends Error {
  constructor(readonly path: string) {
    super(`bad value at ${path}`);
    this.name = 'ShapeError';
  }
}

export function fail(path: string): never {
  throw new ShapeError(path);
}

type Rec = Record<string, unknown>;

export function isObject(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function obj(v: unknown, path: string): Rec {
  return isObject(v) ? v : fail(path);
}
export function str(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path);
}
export function int(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  return Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : fail(path);
}
function num(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(path);
}
function bool(v: unknown, path: string): boolean {
  return typeof v === 'boolean' ? v : fail(path);
}
export function list<T>(v: unknown, path: string, each: (item: unknown, path: string) => T): T[] {
  return Array.isArray(v) ? v.map((item, i) => each(item, `${path}[${i}]`)) : fail(path);
}
/** An optional field: absent (or undefined) passes, anything else must pass `check`. */
function opt(o: Rec, key: string, path: string, check: (v: unknown, path: string) => unknown): void {
  if (o[key] !== undefined) check(o[key], `${path}.${key}`);
}

export function bilingual(v: unknown, path: string): Bilingual {
  const o = obj(v, path);
  str(o.zh, `${path}.zh`);
  str(o.en, `${path}.en`);
  return o as unknown as Bilingual;
}

const box = (v: unknown, path: string) => (Array.isArray(v) && v.length === 4 ? v.forEach((n, i) => num(n, `${path}[${i}]`)) : fail(path));

function pos(v: unknown, path: string): SourcePos {
  const o = obj(v, path);
  int(o.line, `${path}.line`);
  int(o.col, `${path}.col`);
  int(o.length, `${path}.length`);
  opt(o, 'page', path, (p, at) => int(p, at));
  opt(o, 'box', path, box);
  return o as unknown as SourcePos;
}

const KINDS = new Set(['number', 'blank', 'dash', 'text', 'malformed']);

function value(v: unknown, path: string): Value {
  const o = obj(v, path);
  if (!KINDS.has(o.kind as string)) fail(`${path}.kind`);
  str(o.raw, `${path}.raw`);
  opt(o, 'value', path, num);
  opt(o, 'decimals', path, (d, at) => int(d, at, 0, 100));
  opt(o, 'unit', path, str);
  return o as unknown as Value;
}

function rawRow(v: unknown, path: string): RawRow {
  const o = obj(v, path);
  str(o.label, `${path}.label`);
  str(o.unit, `${path}.unit`);
  list(o.values, `${path}.values`, (c, at) => {
    const cell = obj(c, at);
    value(cell.value, `${at}.value`);
    pos(cell.pos, `${at}.pos`);
  });
  pos(o.pos, `${path}.pos`);
  opt(o, 'outOfOrder', path, bool);
  return o as unknown as RawRow;
}

function table(v: unknown, path: string): RawTable {
  const o = obj(v, path);
  list(o.header, `${path}.header`, str);
  list(o.columns, `${path}.columns`, str);
  list(o.rows, `${path}.rows`, rawRow);
  const lines = list(o.lines, `${path}.lines`, (n, at) => int(n, at));
  if (lines.length !== 2) fail(`${path}.lines`);
  return o as unknown as RawTable;
}

function normLine(v: unknown, path: string): NormLine {
  const o = obj(v, path);
  int(o.line, `${path}.line`);
  str(o.text, `${path}.text`);
  list(o.cols, `${path}.cols`, (n, at) => int(n, at));
  int(o.fold, `${path}.fold`);
  opt(o, 'boxes', path, (b, at) =>
    list(b, at, (t, p) => {
      const run = obj(t, p);
      int(run.start, `${p}.start`);
      int(run.end, `${p}.end`);
      int(run.page, `${p}.page`);
      box(run.box, `${p}.box`);
    }),
  );
  opt(o, 'hidden', path, (n, at) => int(n, at));
  opt(o, 'reordered', path, bool);
  return o as unknown as NormLine;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function finding(v: unknown, path: string): Finding {
  const o = obj(v, path);
  str(o.rule, `${path}.rule`);
  if (!SEVERITIES.has(o.severity as string)) fail(`${path}.severity`);
  bilingual(o.message, `${path}.message`);
  for (const key of ['stated', 'computed', 'delta']) opt(o, key, path, num);
  list(o.cells, `${path}.cells`, str);
  opt(o, 'spans', path, (s, at) => list(s, at, pos));
  opt(o, 'cause', path, (c, at) => {
    const cause = obj(c, at);
    str(cause.kind, `${at}.kind`);
    bilingual(cause.message, `${at}.message`);
  });
  return o as unknown as Finding;
}

function meta(v: unknown, path: string): void {
  const o = obj(v, path);
  if (typeof o.template !== 'string' || !isTemplateId(o.template)) fail(`${path}.template`);
  opt(o, 'year', path, (y, at) => int(y, at, 1900, 2200));
  for (const key of ['region', 'body', 'title']) opt(o, key, path, str);
  opt(o, 'period', path, (p, at) => {
    const period = obj(p, at);
    str(period.start, `${at}.start`);
    str(period.end, `${at}.end`);
    opt(period, 'pos', at, pos);
  });
  opt(o, 'signed', path, (s, at) => {
    const signed = obj(s, at);
    str(signed.date, `${at}.date`);
    pos(signed.pos, `${at}.pos`);
  });
}

/** The widest table a template has is about 20 value columns; a column index past this is not a report's. */
const MAX_COLUMN = 100;

/** Checks `v` as an Analysis (see model/types.ts) and returns it with its findings made again. */
export function readAnalysis(v: unknown, path: string): Analysis {
  const o = obj(v, path);
  if (o.version !== 1) fail(`${path}.version`);
  str(o.fileName, `${path}.fileName`);
  const source = obj(o.source, `${path}.source`);
  if (!['text', 'pdf', 'html'].includes(source.kind as string)) fail(`${path}.source.kind`);
  opt(source, 'pages', `${path}.source`, (p, at) => int(p, at));
  opt(source, 'turned', `${path}.source`, (t, at) => Object.values(obj(t, at)).forEach((d, i) => int(d, `${at}[${i}]`, 0, 360)));
  meta(o.meta, `${path}.meta`);
  list(o.tables, `${path}.tables`, table);
  list(o.unmatched, `${path}.unmatched`, rawRow);
  list(o.lines, `${path}.lines`, normLine);
  list(o.notices, `${path}.notices`, bilingual);
  list(o.findings, `${path}.findings`, finding);

  // The template's variant is told by the cells it has, so they must be a list before it is asked.
  if (!Array.isArray(o.cells)) fail(`${path}.cells`);
  const analysis = o as unknown as Analysis;
  const template = templateOfAnalysis(analysis);
  const indicators = new Set(template.indicators.map((d) => d.id));
  const refs = new Set<string>();
  list(o.cells, `${path}.cells`, (c, at): Cell => {
    const cell = obj(c, at);
    const indicator = str(cell.indicator, `${at}.indicator`);
    if (!indicators.has(indicator)) fail(`${at}.indicator`);
    const column = int(cell.column, `${at}.column`, 0, MAX_COLUMN);
    // Findings and the views find a cell by its ref, so it must be the one its indicator and column make.
    if (cell.ref !== `${indicator}@${column}` || refs.has(cell.ref)) fail(`${at}.ref`);
    refs.add(cell.ref);
    str(cell.label, `${at}.label`);
    str(cell.unit, `${at}.unit`);
    value(cell.value, `${at}.value`);
    pos(cell.pos, `${at}.pos`);
    opt(cell, 'doubt', at, bilingual);
    opt(cell, 'choices', at, (x, p) => list(x, p, str));
    opt(cell, 'correction', at, (x, p) => {
      const correction = obj(x, p);
      value(correction.value, `${p}.value`);
      str(correction.at, `${p}.at`);
    });
    return cell as unknown as Cell;
  });

  const claims = list(o.claims, `${path}.claims`, (c, at) => {
    const claim = obj(c, at);
    num(claim.value, `${at}.value`);
    str(claim.raw, `${at}.raw`);
    str(claim.unit, `${at}.unit`);
    str(claim.subject, `${at}.subject`);
    pos(claim.pos, `${at}.pos`);
    int(claim.offset, `${at}.offset`);
    opt(claim, 'approximate', at, bool);
    opt(claim, 'sentence', at, (n, p) => int(n, p));
  });
  const claimIndex = (n: unknown, at: string) => int(n, at, 0, claims.length - 1);
  const knownIndicator = (id: unknown, at: string) => (indicators.has(str(id, at)) ? id : fail(at));

  list(o.enumerations, `${path}.enumerations`, (e, at): Enumeration => {
    const enumeration = obj(e, at);
    claimIndex(enumeration.whole, `${at}.whole`);
    list(enumeration.parts, `${at}.parts`, claimIndex);
    bool(enumeration.complete, `${at}.complete`);
    opt(enumeration, 'subset', at, bool);
    opt(enumeration, 'shares', at, (s, p) =>
      list(s, p, (share, q) => {
        const pair = obj(share, q);
        claimIndex(pair.part, `${q}.part`);
        claimIndex(pair.percent, `${q}.percent`);
      }),
    );
    return enumeration as unknown as Enumeration;
  });

  list(o.links, `${path}.links`, (l, at): ClaimLink => {
    const link = obj(l, at);
    claimIndex(link.claim, `${at}.claim`);
    list(link.indicators, `${at}.indicators`, knownIndicator);
    opt(link, 'column', at, (n, p) => int(n, p, 0, MAX_COLUMN));
    opt(link, 'sum', at, bool);
    str(link.evidence, `${at}.evidence`);
    bool(link.weak, `${at}.weak`);
    opt(link, 'narrower', at, str);
    opt(link, 'orSum', at, (x, p) => list(x, p, knownIndicator));
    opt(link, 'reading', at, bilingual);
    return link as unknown as ClaimLink;
  });

  // The rules' findings are made again from the cells and claims; what reading found (glued digits) stays.
  const corrections = analysis.cells.flatMap((c) => (c.correction ? [{ ref: c.ref, raw: c.correction.value.raw, at: c.correction.at }] : []));
  return applyCorrections(analysis, corrections);
}
