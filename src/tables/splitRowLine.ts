// Splits one line of a statistics table into label, unit and values. Converted reports separate the
// cells with tabs (seed 003) or with single spaces (text extracted from a PDF, seed 000); a label may
// itself contain spaces (「计 1 次）」), so with spaces only the trailing value tokens and a unit from the
// known list are split off, and everything before them stays the label.

import { isValueToken, parseValue } from './parseValue.ts';
import { UNITS } from '../model/units.ts';

export { UNITS } from '../model/units.ts';

export interface Span {
  text: string;
  /** 0-based offset in the normalised line. */
  start: number;
}

export interface RowLine {
  label: Span;
  unit: Span;
  values: Span[];
  /** True when the cells were tab-separated, so an empty cell is known to be empty. */
  tabbed: boolean;
}

export function splitRowLine(text: string, valueColumns: number): RowLine {
  if (text.includes('\t')) return splitTabbed(text, valueColumns);
  const tokens = tokensOf(text);
  const values: Span[] = [];
  while (values.length < valueColumns && tokens.length > 1 && (isValueToken(tokens[tokens.length - 1]!.text) || unitValueEnds(tokens))) {
    values.unshift(tokens.pop()!);
  }
  // A line holding only a value (its label and unit on the lines before) has a single token.
  if (values.length === 0 && tokens.length === 1 && isValueToken(tokens[0]!.text)) values.push(tokens.pop()!);
  let unit: Span = { text: '', start: tokens.length ? end(tokens[tokens.length - 1]!) : 0 };
  const last = tokens[tokens.length - 1];
  if (last && UNITS.has(last.text) && (values.length > 0 || tokens.length > 1)) unit = tokens.pop()!;
  const first = tokens[0];
  const label: Span = first
    ? { text: text.slice(first.start, end(tokens[tokens.length - 1]!)), start: first.start }
    : { text: '', start: 0 };
  return { label, unit, values, tabbed: false };
}

/**
 * Whether the last token is a value with its unit glued on (「1181篇」) after a complete label. A token
 * like 「1条」 also ends labels wrapped inside a bracket (「…相同信息计 1条」 / 「）」), so it only counts
 * as a value when every bracket before it is closed.
 */
function unitValueEnds(tokens: Span[]): boolean {
  if (!parseValue(tokens[tokens.length - 1]!.text).unit) return false;
  const before = tokens.slice(0, -1).map((t) => t.text).join('');
  const open = (before.match(/[（(]/g) ?? []).length - (before.match(/[)）]/g) ?? []).length;
  return open === 0;
}

/** The cells of a tab-separated line, trimmed, each with its offset in the line. */
export function tabCells(text: string): Span[] {
  const cells: Span[] = [];
  let start = 0;
  text.split('\t').forEach((part, i) => {
    const lead = part.length - part.trimStart().length;
    cells.push(...spacedCells({ text: part.trim(), start: start + lead }, i === 0));
    start += part.length + 1;
  });
  return cells;
}

/** A number or a dash printed alone, with no unit: a value cell's whole text. */
function BARE_VALUE(token: string): boolean {
  const value = parseValue(token);
  return (value.kind === 'number' || value.kind === 'dash') && !value.unit;
}

/**
 * A tab cell that is several cells set apart by spaces: text whose cells were separated now by a tab, now
 * by spaces (pasted from a PDF viewer into a tabbed table, or typed). Numbers set apart by spaces are never
 * one value (「38  6」 is two cells), so a cell of bare numbers and dashes only, or of a unit and such numbers
 * after it (「条  81」), is split at its spaces; the first cell (the label) gives up the numbers (and a unit
 * before them) after it only across two spaces or more (「5.属于三类内部事务信息    1  0」), never its own
 * words' numbers (「计 1 次」).
 */
function spacedCells(cell: Span, first: boolean): Span[] {
  if (!/\s/.test(cell.text)) return [cell];
  const tokens = [...cell.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: cell.start + m.index }));
  // A unit and the values after it (「条  81」): the unit's column and the values' own.
  if (!first) return tokens.every((t, k) => BARE_VALUE(t.text) || (k === 0 && tokens.length > 1 && UNITS.has(t.text))) ? tokens : [cell];
  const gap = /^(.*?[^\s\d.,，])\s{2,}(\S.*)$/.exec(cell.text);
  if (!gap) return [cell];
  const trailing = [...gap[2]!.matchAll(/\S+/g)];
  // The label's unit may stand between them (「…报送信息数  条」, 「…行为数  件    1」).
  if (!trailing.every((m, k) => BARE_VALUE(m[0]) || (k === 0 && UNITS.has(m[0])))) return [cell];
  const at = cell.text.length - gap[2]!.length;
  return [{ text: gap[1]!, start: cell.start }, ...trailing.map((m) => ({ text: m[0], start: cell.start + at + m.index }))];
}

/**
 * A unit and its value in one tab cell (「个 318」): a table printed without borders whose unit and value
 * columns stand closer than a cell gap. tabCells already splits a unit followed by bare numbers; this
 * takes the rest, a value printed with its own unit or other marks (「个 318条」), and only while the row is
 * short of cells, so that a label cell holding a unit word and a number in a complete row stays whole.
 */
function unitValueCells(cells: Span[], valueColumns: number): Span[] {
  if (cells.length >= valueColumns + 2) return cells;
  return cells.flatMap((cell, i) => {
    const m = i > 0 ? /^(\S+)(\s+)(\S+)$/.exec(cell.text) : null;
    if (!m || !UNITS.has(m[1]!) || !isValueToken(m[3]!)) return [cell];
    return [
      { text: m[1]!, start: cell.start },
      { text: m[3]!, start: cell.start + m[1]!.length + m[2]!.length },
    ];
  });
}

function splitTabbed(text: string, valueColumns: number): RowLine {
  const all = unitValueCells(tabCells(text), valueColumns);
  const empty = (at: number): Span => ({ text: '', start: at });
  // A label printed over two columns (「其中」 in a column of its own, spanning the rows it groups; the
  // rows after the first leave that slot empty): the cells before unit and values are one label.
  const extra = all.length - (valueColumns + 2);
  const cells = extra > 0 ? [joinedLabel(all.slice(0, extra + 1)), ...all.slice(extra + 1)] : all;
  const label = cells[0] ?? empty(0);
  // A row with no unit cell (the table has no unit column; a unit, if any, is glued to the value): the
  // cell after the label is already a value.
  const second = cells[1];
  if (second && cells.length <= valueColumns + 1 && !UNITS.has(second.text) && second.text !== '' && ['number', 'dash', 'malformed'].includes(parseValue(second.text).kind)) {
    const values = Array.from({ length: valueColumns }, (_, i) => cells[1 + i] ?? empty(text.length));
    return { label, unit: empty(second.start), values, tabbed: true };
  }
  const unit = cells[1] ?? empty(text.length);
  const values = Array.from({ length: valueColumns }, (_, i) => cells[2 + i] ?? empty(text.length));
  return { label, unit, values, tabbed: true };
}

function tokensOf(text: string): Span[] {
  const tokens: Span[] = [];
  for (const m of text.matchAll(/\S+/g)) tokens.push({ text: m[0], start: m.index });
  return tokens;
}

function end(span: Span): number {
  return span.start + span.text.length;
}

/** Leading cells of a row as one label: the non-empty ones, 「其中」 followed by a colon as reports print it. */
function joinedLabel(cells: Span[]): Span {
  const parts = cells.filter((c) => c.text !== '');
  if (parts.length === 0) return { text: '', start: cells[0]?.start ?? 0 };
  const text = parts.map((p, i) => (i < parts.length - 1 && /^其中[:：]?$/.test(p.text) ? '其中：' : p.text + (i < parts.length - 1 ? ' ' : ''))).join('');
  return { text, start: parts[0]!.start };
}
