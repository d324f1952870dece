// "Does it add up": one entry per checked identity (a total and what its parts give), pure data so it
// can be tested without a DOM. The Svelte component only draws what `layoutIdentity` computes.

import { scaleLinear, type ScaleLinear } from 'd3';
import type { Analysis, Bilingual, Finding } from '../../model/types.ts';
import { cellLabel, columnLabel, parseRef, templateOf } from '../../template/labels.ts';
import { chartStrings } from './chartStrings.ts';

/** Rules whose findings state a total and compute it from parts. */
export const IDENTITY_RULES = ['sum', 'balance', 'row-sum', 'same', 'narrative-sum', 'narrative-vs-table', 'cross-year'] as const;

export interface IdentityPart {
  /** The cell the part comes from; absent for a part that is only the computed total (prose parts). */
  ref?: string;
  label: Bilingual;
  value: number;
}

export interface IdentityEntry {
  findingIndex: number;
  rule: string;
  severity: Finding['severity'];
  label: Bilingual;
  stated: number;
  parts: IdentityPart[];
  computed: number;
  /** stated − computed, as the finding reports it. */
  delta: number;
  ok: boolean;
}

const cellValue = (analysis: Analysis, ref: string): number | undefined => {
  const cell = analysis.cells.find((c) => c.ref === ref);
  return cell?.value.kind === 'number' ? cell.value.value : undefined;
};

/** The quoted prose (「…」 or “…”) a narrative finding is about, else the message's first clause. */
function quoted(message: Bilingual): Bilingual {
  const zh = /「([^」]+)」/.exec(message.zh)?.[1] ?? message.zh.split(/[，。：]/)[0] ?? message.zh;
  const en = /“([^”]+)”/.exec(message.en)?.[1] ?? message.en.split(/[,.:]/)[0] ?? message.en;
  return { zh: `正文「${zh}」`, en: `text “${en}”` };
}

const joinIds = (refs: string[]) => refs.map((r) => parseRef(r).indicator).join(' + ');

/** How many of a sum's cells after the total are its parts: the diagnosis may append 其中 rows after them. */
function sumPartCount(analysis: Analysis, parent: string, available: number): number {
  const relation = templateOf(analysis.meta.template)?.relations.find((r) => r.kind === 'sum' && r.parent === parent);
  return relation?.kind === 'sum' ? Math.min(relation.parts.length, available) : available;
}

function labelAndParts(analysis: Analysis, f: Finding, computed: number): { label: Bilingual; parts: IdentityPart[] } {
  const [first, ...rest] = f.cells;
  const total = (label: Bilingual, ref?: string): IdentityPart[] => [{ ...(ref ? { ref } : {}), label, value: computed }];
  if (f.rule === 'narrative-sum') return { label: quoted(f.message), parts: total(chartStrings.listedParts) };
  if (f.rule === 'narrative-vs-table') {
    const table = first ? cellLabel(analysis, first) : chartStrings.table;
    // Two claims may quote the same words against different rows: the row's id tells them apart.
    const text = quoted(f.message);
    const id = first ? ` ↔ ${parseRef(first).indicator}` : '';
    return { label: { zh: text.zh + id, en: text.en + id }, parts: total({ zh: `表中 ${table.zh}`, en: `table: ${table.en}` }, first) };
  }
  if (!first) return { label: f.message, parts: total(chartStrings.computed) };
  if (f.rule === 'cross-year') {
    // Last year's report is not loaded here: its figure (with this year's, for a cumulative column) is one part.
    const own = cellLabel(analysis, first);
    const thisYear = rest[0] ? cellValue(analysis, rest[0]) : undefined;
    const lastYear: IdentityPart = { label: chartStrings.lastYearReport, value: thisYear === undefined ? computed : computed - thisYear };
    const parts = thisYear === undefined ? [lastYear] : [lastYear, { ref: rest[0]!, label: cellLabel(analysis, rest[0]!), value: thisYear }];
    return { label: { zh: `${own.zh} ↔ 上年`, en: `${own.en} ↔ last year` }, parts };
  }
  if (f.rule === 'same') {
    // Named with the row it must equal, so it is not taken for the row's own sum chart beside it.
    const own = cellLabel(analysis, first);
    const other = rest[0]?.split('@')[0];
    const label = other ? { zh: `${own.zh} ＝ ${other}`, en: `${own.en} = ${other}` } : own;
    return { label, parts: total(rest[0] ? cellLabel(analysis, rest[0]) : chartStrings.secondPrint, rest[0]) };
  }
  if (f.rule === 'balance') {
    const relation = templateOf(analysis.meta.template)?.relations.find((r) => r.kind === 'balance');
    const split = relation?.kind === 'balance' ? relation.left.length : Math.ceil(f.cells.length / 2);
    const { indicator, column } = parseRef(first);
    const col = columnLabel(analysis, indicator, column);
    const left = joinIds(f.cells.slice(0, split));
    const right = joinIds(f.cells.slice(split));
    const suffix = (lang: 'zh' | 'en') => (col ? (lang === 'zh' ? `（${col.zh}）` : ` (${col.en})`) : '');
    return {
      label: { zh: `${left} = ${right}${suffix('zh')}`, en: `${left} = ${right}${suffix('en')}` },
      parts: total({ zh: right, en: right }),
    };
  }
  // sum and row-sum: the parts are real cells; a row-sum's parts are columns of one row, named by column.
  const count = f.rule === 'sum' ? sumPartCount(analysis, parseRef(first).indicator, rest.length) : rest.length;
  const parts: IdentityPart[] = [];
  for (const ref of rest.slice(0, count)) {
    const value = cellValue(analysis, ref);
    if (value === undefined) continue;
    const { indicator, column } = parseRef(ref);
    const label = f.rule === 'row-sum' ? (columnLabel(analysis, indicator, column) ?? cellLabel(analysis, ref)) : cellLabel(analysis, ref);
    parts.push({ ref, label, value });
  }
  const sum = parts.reduce((s, p) => s + p.value, 0);
  // Parts that do not reproduce `computed` (a cell we could not read) would draw a false picture.
  const faithful = parts.length > 0 && Math.abs(sum - computed) <= 1e-6 * Math.max(1, Math.abs(computed));
  return { label: cellLabel(analysis, first), parts: faithful ? parts : total(chartStrings.computed) };
}

/** Failing first, the largest gap relative to the stated total first; then the passing ones in report order. */
export function identityEntries(analysis: Analysis): IdentityEntry[] {
  const entries: IdentityEntry[] = [];
  analysis.findings.forEach((f, findingIndex) => {
    if (!(IDENTITY_RULES as readonly string[]).includes(f.rule)) return;
    if (f.stated === undefined || f.computed === undefined) return;
    const { label, parts } = labelAndParts(analysis, f, f.computed);
    entries.push({
      findingIndex,
      rule: f.rule,
      severity: f.severity,
      label,
      stated: f.stated,
      parts,
      computed: f.computed,
      delta: f.delta ?? f.stated - f.computed,
      ok: f.severity === 'info',
    });
  });
  const weight = (e: IdentityEntry) => Math.abs(e.delta) / Math.max(1, Math.abs(e.stated));
  return entries.sort((a, b) => Number(a.ok) - Number(b.ok) || (a.ok ? 0 : weight(b) - weight(a)) || a.findingIndex - b.findingIndex);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface IdentityLayout {
  x: ScaleLinear<number, number>;
  stated: Rect;
  parts: Array<Rect & IdentityPart>;
  /** Between the computed end and the stated end, on the parts row; undefined when they agree. */
  gap?: Rect;
  gapLabel?: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: Bilingual };
  /** Where the numbers sit: right of each bar. */
  statedText: { x: number; y: number };
  computedText: { x: number; y: number };
  /** Baselines of the title and the row captions. */
  titleY: number;
  captionX: number;
}

/** Room kept left of the bars for the row captions and right of them for the numbers. */
export const MARGIN = { top: 22, right: 56, bottom: 16, left: 40 };

export function layoutIdentity(entry: IdentityEntry, width: number, height: number): IdentityLayout {
  const values = [entry.stated, entry.computed, ...entry.parts.map((p) => p.value)];
  // Starting at 0 keeps bar lengths proportional; negatives (never in these tables, but allowed) extend it.
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values, 1);
  const x = scaleLinear().domain([lo, hi]).range([MARGIN.left, width - MARGIN.right]);
  const band = (height - MARGIN.top - MARGIN.bottom - 6) / 2;
  const rowY = [MARGIN.top, MARGIN.top + band + 6];
  const span = (y: number, a: number, b: number): Rect => ({
    x: Math.min(x(a), x(b)),
    y,
    width: Math.abs(x(b) - x(a)),
    height: band,
  });
  const stated = span(rowY[0]!, 0, entry.stated);
  let start = 0;
  const parts = entry.parts.map((part) => {
    const rect = { ...span(rowY[1]!, start, start + part.value), ...part };
    start += part.value;
    return rect;
  });
  const gapDelta = entry.stated - entry.computed;
  const layout: IdentityLayout = {
    x,
    stated,
    parts,
    statedText: { x: Math.max(x(entry.stated), x(0)) + 4, y: rowY[0]! + band * 0.75 },
    computedText: { x: Math.max(x(entry.computed), x(entry.stated), x(0)) + 4, y: rowY[1]! + band * 0.75 },
    titleY: 13,
    captionX: MARGIN.left - 4,
  };
  if (gapDelta !== 0) {
    const gap = span(rowY[1]!, entry.computed, entry.stated);
    const mid = gap.x + gap.width / 2;
    // Keep the label inside the plot: a gap near either end is labelled from that end inwards.
    const anchor = mid < MARGIN.left + 24 ? 'start' : mid > width - MARGIN.right - 24 ? 'end' : 'middle';
    const magnitude = Math.abs(entry.delta);
    layout.gap = gap;
    layout.gapLabel = {
      x: anchor === 'start' ? MARGIN.left : anchor === 'end' ? width - MARGIN.right : mid,
      y: height - 3,
      anchor,
      text: { zh: `差 ${magnitude}`, en: `gap ${magnitude}` },
    };
  }
  return layout;
}

/** Cuts text to roughly fit `width` pixels at `fontSize` (CJK ≈ 1 em, Latin ≈ 0.55 em), with an ellipsis. */
/** The width `text` takes at `fontSize` (Latin characters about half a Chinese one). */
function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, c) => w + (/[\u0000-\u00ff]/.test(c) ? 0.55 : 1) * fontSize, 0);
}

/**
 * Titles for charts shown side by side, each fitted to `width`, never two alike where the labels differ:
 * labels that share their start (「三.一 + 三.二 = 三.三(七) + 三.四（自然人列）」, 「…（商业企业列）」) lose
 * their differing ends to the ellipsis, so those keep their end and shorten their shared start instead.
 */
export function distinctTitles(labels: string[], width: number, fontSize: number): string[] {
  const fitted = labels.map((label) => fitText(label, width, fontSize));
  return fitted.map((title, i) => {
    const label = labels[i]!;
    const twins = labels.filter((other, k) => fitted[k] === title && other !== label);
    if (twins.length === 0) return title;
    // Where this label parts from the others, stepped back to the bracket or space that starts that part.
    const chars = [...label];
    let common = 0;
    while (common < chars.length && twins.every((t) => [...t][common] === chars[common])) common++;
    const open = Math.max(label.lastIndexOf('（', common), label.lastIndexOf('(', common), label.lastIndexOf(' ', common));
    const tail = chars.slice(open > 0 ? [...label.slice(0, open)].length : common).join('');
    const room = width - textWidth(tail, fontSize) - fontSize;
    if (room < 2 * fontSize) return fitText(tail, width, fontSize);
    const head = fitText(chars.slice(0, chars.length - [...tail].length).join(''), room, fontSize).replace(/…$/, '');
    return `${head}…${tail}`;
  });
}

export function fitText(text: string, width: number, fontSize: number): string {
  let used = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    used += (/[\u0000-\u00ff]/.test(chars[i]!) ? 0.55 : 1) * fontSize;
    if (used > width) return chars.slice(0, Math.max(0, i - 1)).join('') + '…';
  }
  return text;
}
