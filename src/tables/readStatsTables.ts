// Finds the 2008–2018 statistics tables (统计指标 | 单位 | 统计数) in normalised lines and reads their
// rows. Labels that wrap over several lines are rejoined; a value keeps the exact place it was printed.

import type { NormLine, RawCell, RawRow, RawTable, SourcePos } from '../model/types.ts';
import { itemMarker } from './itemMarker.ts';
import { parseValue } from './parseValue.ts';
import { splitRowLine, UNITS, type Span } from './splitRowLine.ts';
import { UNITS_LONGEST_FIRST } from '../model/units.ts';
import { boxOf } from '../source/boxOf.ts';
import { isPageNumber } from '../source/pageNumber.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from './settings.ts';

const HEADER = /^(统计指标|指标名称|指标|统计项目|项目名称|项目)\s*(计量)?单位/;
/** A header without a unit column (units glued to the values, as converters often leave them): 统计指标 | 统计数. */
const HEADER_NO_UNIT = /^(统计指标|指标名称|统计项目|项目名称)[\s\t]+(统计数|数量|数值|\S{0,6}年度?)$/;
/** A header split one cell per line (text copied from a web page or a Word table): 统计指标 / 单位 / 统计数. */
const HEADER_FIRST = /^(统计指标|指标名称|指标|统计项目|项目名称|项目)$/;
/** Without a header, a table may still start at its first row, 「一、主动公开情况」. */
const FIRST_ROW = /^一\s*[、.．]\s*主动公开(政府信息)?(工作)?情况/;
const HEADER_CELL = /^(计量)?单位$|^统计数$|^(本)?年度$|^\S{0,6}年度?$|^(历年)?累计$|^数量$/;
/** The table's closing note, or the start of the next document part, ends the table. */
const AFTER_TABLE = /^[（(]?注[:：]|^附件\s*\d/;

export function readStatsTables(lines: NormLine[], settings: TableSettings = DEFAULT_TABLE_SETTINGS): RawTable[] {
  const tables: RawTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = headerAt(lines, i, settings.splitHeaderReach);
    if (!found) continue;
    const columns = found.cells.slice(2).filter((c) => c !== '');
    const { rows, last } = readRows(lines, found.next, Math.max(1, columns.length));
    const table: RawTable = { header: found.cells, columns: columns.length ? columns : ['统计数'], rows, lines: [i + 1, last] };
    const before = tables[tables.length - 1];
    // A table continued on the next page repeats its header there (a word processor's repeated heading
    // row): the same header with nothing but blank lines since the last row continues the table.
    if (before && sameHeader(before.header, table.header) && lines.slice(before.lines[1], i).every((l) => l.text.trim() === '')) {
      before.rows.push(...table.rows);
      before.lines = [before.lines[0], last];
    } else tables.push(table);
    i = last - 1;
  }
  return tables.length ? tables : headerless(lines, settings.headerlessMinRows);
}

/**
 * Two headers of one table: the same first cell and the same value columns. The unit cell may differ, as
 * one page prints 「单位」 wrapped around the header line (「单」 above, 「位」 below) and the next does not.
 */
const sameHeader = (a: string[], b: string[]) => {
  const key = (h: string[]) => [h[0], ...h.slice(2).filter((c) => c !== '')].join('|').replace(/\s+/g, '');
  return key(a) === key(b);
};

/**
 * A table printed without its header row (or with one we do not know): the first 「一、主动公开情况」 that
 * starts enough rows with values. The report's own section heading of the same words starts prose, which
 * ends the rows at once, so it is passed over.
 */
/** Rows with values a headerless candidate must have (`minRows`) to count as the table: prose gives few. */
function headerless(lines: NormLine[], minRows: number): RawTable[] {
  for (let i = 0; i < lines.length; i++) {
    if (!FIRST_ROW.test(lines[i]!.text.trim())) continue;
    const { rows, last } = readRows(lines, i, 1);
    if (rows.filter((r) => r.values.some((v) => v.value.kind !== 'blank')).length < minRows) continue;
    return [{ header: ['统计指标', '单位', '统计数'], columns: ['统计数'], rows, lines: [i + 1, last] }];
  }
  return [];
}

/** The table header starting at line `i`, on one line or split one cell per line; `next` is the first row's line. */
/** `reach`: how far below 统计指标 the other header cells of a split header may stand (blank lines included). */
function headerAt(lines: NormLine[], i: number, reach: number): { cells: string[]; next: number } | undefined {
  const header = lines[i]!.text.trim();
  if (HEADER.test(header)) {
    // The Fujian tables carry their whole body on the header line; the template stage reads those.
    if (header.replace(/\s+/g, '').length > 40) return undefined;
    const cells = header.includes('\t') ? header.split('\t').map((s) => s.trim()) : header.split(/\s+/);
    // Two header cells printed without a gap between them (「单位统计数」): the unit cell ends at 单位.
    return { cells: cells.flatMap((c) => /^((?:计量)?单位)(\S+)$/.exec(c)?.slice(1) ?? [c]), next: i + 1 };
  }
  const noUnit = HEADER_NO_UNIT.exec(header);
  if (noUnit) return { cells: [noUnit[1]!, '', noUnit[2]!], next: i + 1 };
  if (!HEADER_FIRST.test(header)) return undefined;
  const cells = [header];
  let next = i + 1;
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + reach); k++) {
    const text = lines[k]!.text.trim();
    if (text === '') continue;
    if (!HEADER_CELL.test(text)) break;
    cells.push(text);
    next = k + 1;
  }
  // 统计指标 alone is a word of the prose; with 单位 right below it, it heads a table.
  return cells.length >= 2 && /单位$/.test(cells[1]!) ? { cells, next } : undefined;
}

interface Pending {
  label: string;
  pos: SourcePos;
  line: NormLine;
  /** The row's unit: printed on a line of its own below the label, or beside a label with no value. */
  unit?: Span;
}

/** How a row got its values: on its label's line, on a line of their own below it, or none at all. */
type Closed = 'inline' | 'below' | 'none';

function readRows(lines: NormLine[], from: number, valueColumns: number) {
  const rows: RawRow[] = [];
  const closedBy: Closed[] = [];
  const jumbled = new Set<number>();
  let pending: Pending | undefined;
  let last = from;
  let tabbed = false;
  let untabbedRun = false;
  const close = (unit: Span | undefined, values: Span[], line: NormLine | undefined, how: Closed = values.length ? 'inline' : 'none') => {
    if (!pending) return;
    closedBy.push(how);
    rows.push({
      label: pending.label,
      unit: unit?.text ?? '',
      values: Array.from({ length: valueColumns }, (_, i) => cellOf(values[i], line ?? pending!.line)),
      pos: pending.pos,
    });
    pending = undefined;
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    let text = line.text.trim() === '' ? '' : line.text;
    if (text === '') continue;
    if (AFTER_TABLE.test(text.trim()) || HEADER.test(text.trim())) break;
    // Once a table's rows came as tab-separated cells, a line without tabs is past its end (page text),
    // unless it is the page number of a table broken across pages (a bare number cannot be a cell here),
    // or a section's own row (「一、主动公开情况」, no unit, no number) that a copy wrote without its empty
    // cells while the rows after it keep theirs: it is laid out as the tabbed row it stands for.
    if (tabbed && !text.includes('\t')) {
      if (isPageNumber(text) || /^\s*\d{1,3}\s*$/.test(text)) continue;
      const after = lines.slice(i + 1, i + 6).filter((l) => l.text.trim() !== '').map((l) => l.text);
      // A row whose label ran into its unit cell (a borderless table: 「…网站建万元 135.」) lost its tab
      // but keeps a known unit and a value; it is a row when the table goes on after it.
      // So does any line a row of the table may print without tabs (a label and its unit with no value, 「1.当面
      // 申请数 件」, where zeros are left blank; a unit and value under a long label; a section's label; a long
      // label's wrapped end) when tabbed rows or at least two such rows follow it: a table whose grid a page
      // break lost goes on so. Once such a run began, its rows go on to the table's end without looking ahead.
      const rowLike = unitRow(text, valueColumns) || isSectionLabel(text) || unitValueLine(text, valueColumns) || LABEL_TAIL.test(text.trim());
      if (!isSectionRow(text, after[0], valueColumns) && !(rowLike && (untabbedRun || tableGoesOn(after, valueColumns)))) break;
      untabbedRun ||= rowLike;
      // A section's label is a row of its own with empty cells, unless its unit and value stand on the next
      // line (a long label wrapped around them: 「（四）…网站建」 / 「万元 7.4」).
      const ownValueBelow = unitValueLine(after[0] ?? '', valueColumns);
      if (!ownValueBelow && (isSectionRow(text, after[0], valueColumns) || isSectionLabel(text))) text = `${text.trimEnd()}${'\t'.repeat(valueColumns + 1)}`;
    }
    const row = splitRowLine(text, valueColumns);
    tabbed ||= row.tabbed;
    const hasValues = row.values.some((v) => v.text !== '') || row.tabbed;
    if (!hasValues && row.label.text.length > 80) break; // a paragraph of prose: the table is over
    last = i + 1;
    const label = row.label.text;
    if (!row.tabbed && UNITS.has(label) && !row.values.length) {
      // A unit on a line of its own (a table copied one cell per line): the value follows below. With no
      // label waiting, the unit and its number were printed before their label (out of order): the
      // number that follows is then no one's, which the value-only branch below notes.
      if (pending) pending.unit = { text: label, start: row.label.start };
      if (pending || rows.length > 0) continue;
    }
    if (label === '') {
      // Unit and value on a line of their own: they finish the label printed above.
      if (pending) close(row.unit.text ? row.unit : pending.unit, row.values, line, 'below');
      else if (row.values.some((v) => v.text !== '') && rows.length > 0) {
        // A number with no label waiting for it: the text printed these cells out of order (labels after
        // the numbers they name). The row that took the number before it, and the rows just before that
        // were left without one, cannot be trusted: which number is whose is not ours to guess.
        let k = rows.length - 1;
        if (closedBy[k] === 'below') jumbled.add(k--);
        while (k >= 0 && closedBy[k] === 'none') jumbled.add(k--);
      }
      continue;
    }
    // A label printed with its unit (「涉及商业秘密 件」) is a whole row whose value is blank: the next line
    // is a row of its own, not the rest of this label.
    if (pending && !pending.unit && (continues(pending.label, label) || (hasValues && !row.tabbed && awaitsRest(pending.label, label)))) {
      pending.label += label;
    } else if (!hasValues && !row.tabbed && isTail(label, lines, i + 1, valueColumns) && (pending || rows.length > 0)) {
      // The rest of a label wrapped below its own row (pdftotext -layout prints a cell's first line
      // beside the value): it belongs to the row above, not to a row of its own.
      if (pending) pending.label += label;
      else rows[rows.length - 1]!.label += label;
    } else {
      close(pending?.unit, [], undefined);
      pending = { label, pos: posOf(line, row.label), line, ...(!hasValues && !row.tabbed && row.unit.text !== '' ? { unit: row.unit } : {}) };
    }
    if (hasValues) close(row.unit, row.values, line);
  }
  close(pending?.unit, [], undefined);
  // Where most numbers stood on lines of their own (one cell per line) and some were printed out of
  // order, a row left without a number may be blank or may have lost its number to a neighbour: it is
  // not read, rather than called blank. A table in order keeps its blank rows.
  const ownLine = closedBy.filter((c) => c === 'below').length > closedBy.filter((c) => c === 'inline').length;
  if (ownLine && jumbled.size > 0) closedBy.forEach((c, k) => c === 'none' && jumbled.add(k));
  return { rows: rows.map((row, k): RawRow => (jumbled.has(k) ? { ...row, outOfOrder: true } : row)), last };
}

/**
 * Whether a label-only line continues the label above rather than starting a row. A new marker always
 * starts a row; otherwise the label above must look cut off: an unclosed bracket, or a long label
 * followed by a short remainder (「…经济安全和社会稳」 / 「定」).
 */
function continues(above: string, next: string): boolean {
  if (itemMarker(next)) return false;
  const open = (above.match(/[（(]/g) ?? []).length - (above.match(/[)）]/g) ?? []).length;
  if (open > 0) return true;
  return above.length >= 18 && next.length <= 12;
}

/** How the 2008 template's complete labels end; a section label ending otherwise was cut by a wrap. */
const COMPLETE_LABEL = /(情况|数|量|[)）])$/;

/**
 * Whether an unnumbered line that carries values finishes the label above, still waiting for its values
 * (「（一）主动公开政府信息数」 / 「（不同渠道和方式公开相同信息计1条） 条 172385」). Items, sub-items,
 * 其中 rows and unnumbered rows always have a value cell, so one printed without is a label wrapped above
 * its value. Sections may have none, so a section waits only when its label looks cut short.
 */
function awaitsRest(above: string, next: string): boolean {
  if (itemMarker(next) !== undefined) return false;
  const level = itemMarker(above)?.level;
  return level !== 'section' || !COMPLETE_LABEL.test(above.trim());
}

/**
 * Whether a label-only line without numbering is the tail of the label above: it is when the next line
 * starts a numbered row. Otherwise the line starts a row whose rest follows: a bare unit and value
 * (「制发规范性文件总数」 / 「件 119」), more label (「…社会稳」 / 「定」), or the rest with its values.
 */
function isTail(label: string, lines: NormLine[], from: number, valueColumns: number): boolean {
  if (itemMarker(label) || UNITS.has(label)) return false;
  for (let k = from; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text.trim() === '') continue;
    const next = splitRowLine(text, valueColumns);
    return itemMarker(next.label.text) !== undefined;
  }
  return false;
}

function cellOf(span: Span | undefined, line: NormLine): RawCell {
  const value = parseValue(span?.text ?? '');
  return { value, pos: posOf(line, span ?? { text: '', start: line.text.length }) };
}

export function posOf(line: NormLine, span: Span): SourcePos {
  const first = line.cols[span.start] ?? (line.cols[line.cols.length - 1] ?? 0) + 1;
  const lastIndex = span.start + Math.max(span.text.length, 1) - 1;
  const last = line.cols[lastIndex] ?? first;
  // In a fake-bold line each output character stands for `fold` source characters.
  // The span ends where the line's next character begins (in a fake-bold line a run's copies follow it).
  const next = line.cols[lastIndex + 1];
  // At the end of a line, a glyph printed k times (「德德德德」) is as wide as the gap before it.
  const before = line.cols[lastIndex - 1];
  const end = next !== undefined && next > last ? next : last + (before !== undefined && last - before > 1 ? last - before : 1);
  const pos: SourcePos = { line: line.line, col: first, length: span.text.length === 0 ? 0 : end - first };
  const placed = boxOf(line, span.start, span.start + Math.max(span.text.length, 1));
  return placed ? { ...pos, ...placed } : pos;
}

/** A section's label alone on its line (「一、主动公开情况」, 「（二）…」), with a tabbed row right after it. */
/** A line without tabs that still ends in a known unit and its values (「…经费万元 135.」 read as such). */
function isUnitValueRow(text: string, valueColumns: number): boolean {
  const row = splitRowLine(text, valueColumns);
  return row.label.text !== '' && row.values.length > 0 && (UNITS.has(row.unit.text) || UNITS_LONGEST_FIRST.some((u) => row.label.text.endsWith(u)));
}

/** A line without tabs that ends in a known unit with no value after it (「涉及商业秘密 件」). */
function isUnitOnlyRow(text: string, valueColumns: number): boolean {
  const row = splitRowLine(text, valueColumns);
  return row.label.text !== '' && UNITS.has(row.unit.text) && row.values.every((v) => v.text === '');
}

/** A unit and its value on a line of their own (「万元 7.4」): the end of a long label wrapped above it. */
function unitValueLine(text: string, valueColumns: number): boolean {
  const row = splitRowLine(text, valueColumns);
  return row.label.text === '' && UNITS.has(row.unit.text) && row.values.some((v) => v.text !== '');
}

const unitRow = (text: string, valueColumns: number) => isUnitValueRow(text, valueColumns) || isUnitOnlyRow(text, valueColumns);

/** Whether, past lines that are rows without tabs, the lines after a row go on with a tabbed row or a section's. */
function tableGoesOn(after: string[], valueColumns: number): boolean {
  let rowsWithoutTabs = 0;
  for (const text of after) {
    if (text.includes('\t')) return true;
    if (unitRow(text, valueColumns) || unitValueLine(text, valueColumns)) rowsWithoutTabs++;
    else if (!isSectionLabel(text)) break;
  }
  return rowsWithoutTabs >= 2;
}

/** The numbering of a section's row: 「九、」, 「（三）」. */
const SECTION_MARK = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
/** A long label's closing words wrapped below its row (「设维护等方面的经费）」). */
const LABEL_TAIL = /^[^\d。；，,]{1,30}[）)]$/;

/** A section's numbered label alone (「九、市政府公报发行量」, 「（三）其他情形数」): no sentence, no value. */
function isSectionLabel(text: string): boolean {
  const label = text.trim();
  return label.length <= 40 && SECTION_MARK.test(label) && !/[。；，,\d]/.test(label);
}

function isSectionRow(text: string, next: string | undefined, valueColumns: number): boolean {
  const label = text.trim();
  // A numbered row printed with its unit and value set apart by spaces (「（一）维持具体行政行为数  件    1」) is
  // that row, not a section's label with empty cells.
  return label.length <= 60 && SECTION_MARK.test(label) && !/[。；]$/.test(label) && (next ?? '').includes('\t') && !isUnitValueRow(text, valueColumns);
}
