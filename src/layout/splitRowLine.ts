// Splits one line of a statistics table into label, unit and values. Converted reports separate the
// cells with tabs (seed 003) or with single spaces (text extracted from a PDF, seed 000); a label may
// itself contain spaces (「计 1 次）」), so with spaces only the trailing value tokens and a unit from the
// known list are split off, and everything before them stays the label.

import { isValueToken } from './parseValue.ts';

/** Units printed in the 单位 column of the 2008–2018 tables. */
export const UNITS = new Set([
  '条', '件', '篇', '次', '个', '期', '份', '人', '万元', '元', '人次', '人数', '项', '家', '场', '户', '册', '天',
]);

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
  while (values.length < valueColumns && tokens.length > 1 && isValueToken(tokens[tokens.length - 1]!.text)) {
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

/** The cells of a tab-separated line, trimmed, each with its offset in the line. */
export function tabCells(text: string): Span[] {
  const cells: Span[] = [];
  let start = 0;
  for (const part of text.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: start + lead });
    start += part.length + 1;
  }
  return cells;
}

function splitTabbed(text: string, valueColumns: number): RowLine {
  const cells = tabCells(text);
  const empty = (at: number): Span => ({ text: '', start: at });
  const label = cells[0] ?? empty(0);
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
