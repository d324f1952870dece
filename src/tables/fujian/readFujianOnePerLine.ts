// The Fujian table (指标名称 | 计量单位 | 年度 | 历年累计) printed one cell per line, as `pdftotext` without
// -layout gives a ruled PDF table: a row's label, its unit, then its two numbers, each on a line of its
// own, the header repeated (and interleaved with a row's cells) where the table goes on after a page
// break. A row is read only when exactly two numbers follow its label (and unit) before the next label:
// where the order is broken, which number is whose is not ours to guess, and the row is left unread.

import type { NormLine, RawCell } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import { UNITS } from '../../model/units.ts';
import type { TemplateDef } from '../../template/definition.ts';
import { fujianReading, matchTemplate } from './fujianRows.ts';
import type { ReadingParts } from '../reading.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from '../settings.ts';

const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** The header's cells and their wrapped pieces (「2014 年」 / 「度」). */
const HEADER_PIECE = /^(指标名称|计量\s*单位|(\d{4}\s*年\s*)?度?|本?年度|历年\s*累计|累计|\d{4}\s*年)$/;
const YEAR = /^(\d{4})\s*年/;

interface Row {
  label: NormLine;
  unit?: NormLine;
  values: NormLine[];
}

const text = (line: NormLine) => line.text.trim();
const cellOf = (line: NormLine): RawCell => {
  const t = text(line);
  return { value: parseValue(t), pos: posOf(line, { text: t, start: line.text.indexOf(t) }) };
};

/** The rows after the header, as label / unit / numbers, header pieces left out; stops at prose. */
function rowsAfter(lines: NormLine[], at: number): { rows: Row[]; last: number } {
  const rows: Row[] = [];
  let last = at;
  for (let i = at + 1; i < lines.length; i++) {
    const t = text(lines[i]!);
    if (t === '' || HEADER_PIECE.test(t)) continue;
    const row = rows[rows.length - 1];
    if (NUMBER.test(t)) {
      if (!row) break;
      row.values.push(lines[i]!);
    } else if (UNITS.has(t) && row && !row.unit && row.values.length === 0) row.unit = lines[i]!;
    else if (t.length > 40 || /[。；]/.test(t)) break; // prose: the table is over
    else rows.push({ label: lines[i]!, values: [] });
    last = i;
  }
  return { rows, last };
}

export function readFujianOnePerLine(lines: NormLine[], templates: TemplateDef[], settings: TableSettings = DEFAULT_TABLE_SETTINGS): ReadingParts | undefined {
  const at = lines.findIndex((l) => text(l) === '指标名称');
  if (at < 0) return undefined;
  const head = lines.slice(at, at + 8).map(text);
  if (!head.some((t) => /累计/.test(t))) return undefined;
  const year = head.map((t) => YEAR.exec(t)?.[1]).find((y) => y !== undefined);
  const columns = [year ? `${year}年度` : '年度', '历年累计'];
  const { rows, last } = rowsAfter(lines, at);
  const best = matchTemplate(templates, rows, (row) => text(row.label), settings);
  if (!best) return undefined;
  // A row with another count of numbers than columns is kept in its place, unread.
  const read = best.found.map(({ def, row }) => ({
    def,
    label: text(row.label),
    unit: row.unit ? text(row.unit) : '',
    pos: cellOf(row.label).pos,
    ...(row.values.length === columns.length ? { values: row.values.map(cellOf) } : {}),
  }));
  const unread = read.filter((r) => !r.values).length;
  const consumed = lines.slice(at, last + 1).map((l) => ({ line: l.line, start: 0, end: l.text.length }));
  const notices = unread
    ? [{ zh: `统计表有 ${unread} 行的数字个数与栏目不符（逐格换行的文本），未读取。`, en: `${unread} row(s) of the table have a different count of numbers than columns (text one cell per line) and were not read.` }]
    : [];
  return fujianReading(best.template, columns, read, [lines[at]!.line, lines[last]!.line], consumed, notices);
}
