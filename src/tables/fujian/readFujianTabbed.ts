// The Fujian table (指标名称 | 计量单位 | 年度 | 历年累计) with its rows on lines of their own: tab-separated
// cells (a web page's table, a markdown table), or cells laid out with spaces (pdftotext -layout), which
// the caller turns into cells first (spacedToTabs). No digits are glued here, so nothing needs solving. Each row is
// matched to the template row its label names; the template whose labels match best is the report's.
// Converters vary the table's edges, and all of these are read: a header whose year cell wraps
// (「2014 年」 / 「度」) or stands on the line above, no unit column (units glued to the values: 「2543条」),
// blank lines between rows, and the header repeated where the table continues on the next page.

import type { NormLine } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import { tabCells, type Span } from '../splitRowLine.ts';
import { UNITS } from '../../model/units.ts';
import type { TemplateDef } from '../../template/definition.ts';
import { fujianReading, matchTemplate } from './fujianRows.ts';
import type { ReadingParts } from '../reading.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from '../settings.ts';

const HEADER_START = /^\s*指标名称/;
const CUMULATIVE = /历年\s*累计|累计/;
/** The year column's name, wherever the header printed it: 「2014年度」, 「2014 年」 + 「度」, 「本年度」. */
const YEAR = /(\d{4})\s*年\s*度?|本?年度/;
/** Lines above a header line that may hold the rest of its cells (a raised year cell). */
const HEADER_REACH = 2;
/** Header cells on lines of their own below the header line, at most (text without layout puts each there). */
const HEADER_PIECES_BELOW = 6;

/** A piece of a header cell on a line of its own, above or below the header line (「2012 年」, 「2015」, 「度」). */
const HEADER_PIECE = /^(\d{4}\s*(?:年\s*度?)?|年?度|本年度|计量\s*单位|历年\s*累计|统计数)$/;

/**
 * A line of header pieces only, one or several (「2010年度 历年累计」, 「\t\t2010年度\t历年累计」: the lower row of a
 * two-row header, or that row repeated where the table goes on after a page break).
 */
function headerPieces(text: string): boolean {
  if (HEADER_PIECE.test(text.trim())) return true;
  const pieces = text.split(/\s+/).filter((p) => p !== '');
  return pieces.length > 1 && pieces.every((p) => HEADER_PIECE.test(p));
}

interface Row {
  line: NormLine;
  label: Span;
  unit: Span;
  values: Span[];
}

/**
 * The header at `at`, if it names the cumulative column; with the year column's name. Its other cells may
 * stand on the lines just above it (a raised year cell) or on lines of their own below it: a wrapped year
 * cell (「2014 年」 / 「度」), or, in text copied from a PDF viewer, every cell (「计量单位」 / 「2015」 /
 * 「年度」 / 「历年累计」).
 */
function headerAt(lines: NormLine[], at: number): string | undefined {
  if (!HEADER_START.test(lines[at]!.text)) return undefined;
  let below = at + 1;
  while (below < lines.length && below <= at + HEADER_PIECES_BELOW && headerPieces(lines[below]!.text)) below++;
  const around = lines.slice(Math.max(0, at - HEADER_REACH), Math.max(below, at + HEADER_REACH + 1)).map((l) => l.text).join(' ');
  if (!CUMULATIVE.test(around)) return undefined;
  const year = YEAR.exec(around);
  return year ? (year[1] ? `${year[1]}年度` : year[0]) : '年度';
}

/**
 * Cells after the label: a unit cell when the table has one, then the two values. In text without layout
 * the unit is one space after the label (「主动公开信息数 条」), the values taken apart by spacedToTabs.
 */
function splitRow(line: NormLine): Row {
  const [first = { text: '', start: 0 }, ...rest] = labelOverTwoColumns(tabCells(line.text));
  const spacedUnit = / (\S+)$/.exec(first.text);
  const unitInLabel = spacedUnit && UNITS.has(spacedUnit[1]!) && !(rest.length > 0 && UNITS.has(rest[0]!.text));
  const label = unitInLabel ? { text: first.text.slice(0, spacedUnit.index).trimEnd(), start: first.start } : first;
  if (unitInLabel) rest.unshift({ text: spacedUnit[1]!, start: first.start + spacedUnit.index + 1 });
  const hasUnit = rest.length > 0 && UNITS.has(rest[0]!.text);
  const unit = hasUnit ? rest[0]! : { text: '', start: label.start + label.text.length };
  const values = (hasUnit ? rest.slice(1) : rest).filter((s, i, all) => s.text !== '' || i < all.length - 1 || all.length <= 2);
  return { line, label, unit, values };
}

/**
 * A label printed over two columns: 「其中」 in a column of its own, merged down the rows it groups (the rows
 * after the first leave its slot empty), then the row's own words (「其中 | 1、政府网站公开数 | 条 | …」). The
 * two are one label; a row whose second cell is a unit or a value is left as it is.
 */
function labelOverTwoColumns(cells: Span[]): Span[] {
  const [first, second] = cells;
  if (!first || !second || !(first.text === '' || /^其中[:：]?$/.test(first.text))) return cells;
  if (second.text === '' || UNITS.has(second.text) || parseValue(second.text).kind !== 'text') return cells;
  const label = first.text === '' ? second : { text: `其中：${second.text}`, start: first.start };
  return [label, ...cells.slice(2)];
}

/**
 * A row that prints its label and unit and nothing after them (「其中：1、当面申请数 条」): a table that
 * leaves its zeros blank, on a page where no row has a number to set its columns by. Its values are blank.
 */
function unitOnlyRow(text: string): boolean {
  const unit = / (\S+)$/.exec(text);
  // Sentence punctuation says prose (「…共收到申请 12 件」 ends in a number and a unit, never in a unit alone).
  return unit !== null && UNITS.has(unit[1]!) && !/[，。；,;]/.test(text);
}

/** `laid`: the same lines with cells laid out with spaces turned into tab-separated ones (spacedToTabs). */
export function readFujianTabbed(lines: NormLine[], laid: NormLine[], templates: TemplateDef[], settings: TableSettings = DEFAULT_TABLE_SETTINGS): ReadingParts | undefined {
  const at = laid.findIndex((_, i) => headerAt(laid, i) !== undefined);
  if (at < 0) return undefined;
  const columns = [headerAt(laid, at)!, '历年累计'];
  const body: NormLine[] = [];
  const nearHeader = (i: number) => laid.slice(Math.max(0, i - HEADER_PIECES_BELOW), i + HEADER_REACH + 1).some((l) => HEADER_START.test(l.text));
  for (let i = at + 1; i < laid.length; i++) {
    const line = laid[i]!;
    const text = line.text.trim();
    // Blank lines, the header repeated where the table continues on the next page, and its pieces.
    if (text === '' || HEADER_START.test(text) || (headerPieces(line.text) && nearHeader(i))) continue;
    if (!line.text.includes('\t') && !unitOnlyRow(text)) break;
    body.push(line);
  }
  const best = matchTemplate(templates, withoutPhantomSlots(body.map(splitRow), columns.length), (row) => row.label.text, settings);
  if (!best) return undefined;
  const rows = best.found.map(({ def, row: { line, label, unit, values } }) => ({
    def,
    label: label.text,
    unit: unit.text,
    pos: posOf(line, label),
    values: columns.map((_, c) => {
      const span = values[c] ?? { text: '', start: line.text.length };
      return { value: parseValue(span.text), pos: posOf(line, span) };
    }),
  }));
  const last = body[body.length - 1]!;
  const consumed = lines.slice(at, last.line).map((l) => ({ line: l.line, start: 0, end: l.text.length }));
  return fujianReading(best.template, columns, rows, [laid[at]!.line, last.line], consumed);
}

/**
 * Rows with more value cells than the table has columns, where one cell is empty in every row: a slot of
 * the grid that no column owns (a header cell wrapped around it, 「2017 年」 / 「度」, in a table printed
 * again from Word: 「1655 | | 10721」). That slot is dropped from every row. A slot with a number in any
 * row is a real one, and rows that still have too many cells are left as they are.
 */
function withoutPhantomSlots(rows: Row[], columns: number): Row[] {
  const widest = Math.max(0, ...rows.map((r) => r.values.length));
  if (widest <= columns) return rows;
  if (rows.filter((r) => r.values.length === widest).length * 2 < rows.length) return rows.map((r) => fewerSlots(r, columns));
  const phantom = Array.from({ length: widest }, (_, k) => k).filter((k) => k < widest - 1 && rows.every((r) => (r.values[k]?.text ?? '') === ''));
  if (widest - phantom.length !== columns) return rows.map((r) => fewerSlots(r, columns));
  return rows.map((r) => (r.values.length === widest ? { ...r, values: r.values.filter((_, k) => !phantom.includes(k)) } : fewerSlots(r, columns)));
}

/**
 * A row with more value slots than the table has columns, as many of them filled as there are columns
 * (「主动公开信息数 | 条 | | 957 | | 14773」: a page whose grid has slots the header's cells straddle): the filled
 * ones, in order. Any other row is left as it is.
 */
function fewerSlots(row: Row, columns: number): Row {
  if (row.values.length <= columns) return row;
  const filled = row.values.filter((v) => v.text !== '');
  return filled.length === columns ? { ...row, values: filled } : row;
}
