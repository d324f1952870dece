// Table 三 of the 2019/2021 formats as `pdftotext` prints it without -layout: every cell on a line of its
// own, values in row order but labels scattered (a vertically centred 「（一）予以公开」 comes after the
// numbers it names). The values alone are enough here, because the template fixes the rows: 25 rows
// (2021) or 23 ((六) as one row) of seven numbers each. They are read in that order only when their count
// is exactly right and the rows' own totals (总计 = the six applicant columns) overwhelmingly hold; a
// blank cell (which such text drops) or a stray number shifts every row after it, and both tests catch
// that. Table 二 is read label by label. Table 四 is one row of fifteen numbers that this layout interleaves
// with its headings. Some producers still write its numbers left to right, others do not (a Word PDF
// gives each group's first four, then the totals), so exactly fifteen numbers between its heading and
// the next part are read in the template's order only when at least two of its three groups add up
// (总计 = 维持 + 纠正 + 其他 + 尚未审结); otherwise the table is left out and said so.

import type { Bilingual, Cell, NormLine, RawCell, RawRow, RawTable } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { gov2019, gov2021, gov2021SingleSix } from '../../template/gov2021.ts';
import { bestIndicator } from '../labelSimilarity.ts';
import { govHeading } from './govHeadings.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from '../settings.ts';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

export interface RawGovReading {
  template: TemplateDef;
  cells: Cell[];
  tables: RawTable[];
  table3Rows: number;
  notices: Bilingual[];
}

interface Token {
  line: NormLine;
  text: string;
  start: number;
}

const tokenOf = (line: NormLine): Token => {
  const text = line.text.trim();
  return { line, text, start: line.text.indexOf(text) };
};
const cellOf = (t: Token): RawCell => ({ value: parseValue(t.text), pos: posOf(t.line, { text: t.text, start: t.start }) });

function table3Template(rows: number, year: number | undefined): TemplateDef | undefined {
  const count = (t: TemplateDef) => t.indicators.filter((d) => d.table === '三' && !d.group).length;
  if (rows === count(gov2021)) return gov2021;
  if (rows === count(gov2019)) return year !== undefined && year >= 2021 ? gov2021SingleSix : gov2019;
  return undefined;
}

/** `share` of table-三 rows must have 总计 = their six columns before the order is trusted. */
function rowsAddUp(rows: Token[][], share: number): boolean {
  const holds = rows.filter((r) => {
    const v = r.map((t) => Number(t.text));
    return v.slice(0, 6).reduce((s, x) => s + x, 0) === v[6];
  });
  return holds.length >= rows.length * share;
}

/** Table 二: a label on its line, then its values one per line (as many as the sub-table has columns). */
function table2(template: TemplateDef, lines: NormLine[], match: number): { cells: Cell[]; rows: RawRow[] } {
  const cells: Cell[] = [];
  const rows: RawRow[] = [];
  let table: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    const heading = govHeading(text);
    if (heading === '三' && !continuesProse(text)) break;
    if (heading?.startsWith('二')) table = heading;
    if (!table || text === '' || NUMBER.test(text)) continue;
    const columns = template.tables?.find((t) => t.id === table)?.columns.length ?? 0;
    const def = bestIndicator(template.indicators.filter((d: IndicatorDef) => d.table === table), text, match);
    if (!def || columns === 0) continue;
    // Exactly the sub-table's number of values must follow the label: more means numbers of another row
    // printed here out of order, and which of them is this row's is not ours to guess.
    const values: Token[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k]!.text.trim();
      if (next === '') continue;
      if (!NUMBER.test(next)) break;
      values.push(tokenOf(lines[k]!));
    }
    if (values.length !== columns) continue;
    values.forEach((t, column) => cells.push({ ref: `${def.id}@${column}`, indicator: def.id, label: text, unit: '', column, ...cellOf(t) }));
    rows.push({ label: text, unit: '', values: values.map(cellOf), pos: posOf(lines[i]!, tokenOf(lines[i]!)) });
  }
  return { cells, rows };
}

/**
 * A line of running prose that names table 三 rather than opening it: the heading's words do not begin
 * the line (after its number, 「三、」 or 「（三）」), and the line is no header cell of the table.
 */
function continuesProse(text: string): boolean {
  const t = text.trim();
  return !/^(?:[（(]?[三3][)）]?\s*[、.．]?\s*)?收到和处理政府信息公开申请/.test(t) && !/勾稽关系|^申请人情况/.test(t);
}

/** Table 四 from `from` (its heading) to the next part: its fifteen numbers in order when that order is confirmed. */
function table4(template: TemplateDef, lines: NormLine[], from: number): { cells: Cell[]; table: RawTable } | undefined {
  if (govHeading(lines[from]?.text ?? '') !== '四') return undefined;
  let stop = lines.findIndex((l, i) => i > from && govHeading(l.text) === 'end');
  if (stop < 0) stop = lines.length;
  const numbers = lines.slice(from + 1, stop).filter((l) => NUMBER.test(l.text.trim())).map(tokenOf);
  const groups = template.indicators.filter((d) => d.table === '四' && !d.group);
  if (groups.length !== 3 || numbers.length !== 15) return undefined;
  const rows = groups.map((_, g) => numbers.slice(g * 5, g * 5 + 5));
  const addsUp = rows.filter((r) => {
    const v = r.map((t) => Number(t.text));
    return v[0]! + v[1]! + v[2]! + v[3]! === v[4];
  }).length;
  if (addsUp < 2) return undefined;
  const cells = rows.flatMap((row, g) =>
    row.map((t, column): Cell => ({ ref: `${groups[g]!.id}@${column}`, indicator: groups[g]!.id, label: groups[g]!.label, unit: '', column, ...cellOf(t) })),
  );
  const columns = template.tables?.find((t) => t.id === '四')?.columns.map((c) => c.zh) ?? [];
  const table: RawTable = {
    header: ['政府信息公开行政复议、行政诉讼情况', ...columns],
    columns,
    rows: rows.map((row, g) => ({ label: groups[g]!.label, unit: '', values: row.map(cellOf), pos: cellOf(row[0]!).pos })),
    lines: [numbers[0]!.line.line, numbers[14]!.line.line],
  };
  return { cells, table };
}

export function readRawGovTables(lines: NormLine[], year: number | undefined, settings: TableSettings = DEFAULT_TABLE_SETTINGS): RawGovReading | undefined {
  // The heading stands on a line of its own; an opening paragraph that lists the report's parts (「……收到和
  // 处理政府信息公开申请情况、因政府信息公开申请行政复议……」) names the table without opening it.
  const start = lines.findIndex((l) => govHeading(l.text) === '三' && !continuesProse(l.text));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && ['四', 'end'].includes(govHeading(l.text) ?? ''));
  if (end < 0) end = lines.length;
  const numbers = lines.slice(start + 1, end).filter((l) => NUMBER.test(l.text.trim())).map(tokenOf);
  if (numbers.length === 0 || numbers.length % 7 !== 0) return undefined;
  const chunks = Array.from({ length: numbers.length / 7 }, (_, k) => numbers.slice(k * 7, k * 7 + 7));
  const template = table3Template(chunks.length, year);
  if (!template || !rowsAddUp(chunks, settings.onePerLineRowsThatAddUp)) return undefined;
  const defs = template.indicators.filter((d) => d.table === '三' && !d.group);
  const cells: Cell[] = chunks.flatMap((chunk, k) =>
    chunk.map((t, column): Cell => ({ ref: `${defs[k]!.id}@${column}`, indicator: defs[k]!.id, label: defs[k]!.label, unit: '', column, ...cellOf(t) })),
  );
  const three: RawTable = {
    header: ['收到和处理政府信息公开申请情况', ...(template.tables?.find((t) => t.id === '三')?.columns.map((c) => c.zh) ?? [])],
    columns: template.tables?.find((t) => t.id === '三')?.columns.map((c) => c.zh) ?? [],
    // The printed labels are not beside their numbers in this layout; the template's labels stand in.
    rows: chunks.map((chunk, k) => ({ label: defs[k]!.label, unit: '', values: chunk.map(cellOf), pos: cellOf(chunk[0]!).pos })),
    lines: [numbers[0]!.line.line, numbers[numbers.length - 1]!.line.line],
  };
  const two = table2(template, lines.slice(0, start), settings.looseLabelMatch);
  const four = table4(template, lines, end);
  const tables: RawTable[] = [three, ...(four ? [four.table] : [])];
  if (two.rows.length) {
    tables.unshift({ header: ['主动公开政府信息情况'], columns: [], rows: two.rows, lines: [two.rows[0]!.pos.line, two.rows[two.rows.length - 1]!.pos.line] });
  }
  return {
    template,
    cells: [...two.cells, ...cells, ...(four?.cells ?? [])],
    tables,
    table3Rows: chunks.length,
    notices: [
      four
        ? {
            zh: '表三、表四的数字逐格单列（无版式的文本），已按模板的次序读取：表三的个数与各行总计均相符，表四恰好 15 个数字。',
            en: 'Tables 三 and 四 came one cell per line (text without layout) and were read in the template’s order: table 三’s count and rows’ totals agree, and table 四 has exactly 15 numbers.',
          }
        : {
            zh: '表三的数字逐格单列（无版式的文本），已按模板的行序读取：个数与各行总计均相符。表四的数字次序在这种文本中无法确认（不是恰好 15 个，或三组中不到两组的总计与分项相符），未读取。',
            en: 'Table 三 came one cell per line (text without layout) and was read in the template’s row order: the count and the rows’ totals agree. The order of table 四’s numbers cannot be confirmed in such text (not exactly 15 of them, or fewer than two of its three groups add up), so it was not read.',
          },
    ],
  };
}
