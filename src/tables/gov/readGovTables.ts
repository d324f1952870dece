// Reads tables 二, 三 and 四 of the 2019/2021 templates from tab-separated rows (what the PDF and HTML
// readers produce: one line per table row, cells separated by tabs, an empty slot under a merged cell).
// The headings between the tables say which table a row belongs to; a row's values are its last n cells
// (n from the table's columns) and its labels the cells before them. A row of table 三 is identified by
// its own numbering within the group the rows above opened (（三）不予公开 → 1.属于国家秘密 …), checked
// against the template's label, so a typo (「2.其他法律行政止公开」) still maps and a stray row does not.

import type { Bilingual, Cell, NormLine, RawCell, RawRow, RawTable } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import { tabCells, type Span } from '../splitRowLine.ts';
import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { chooseGovTemplate } from './chooseGovTemplate.ts';
import { emptyReviewBlock, emptyTable4, emptyTable4Raw } from './emptyTable4.ts';
import { placeShortRows } from './placeShortRows.ts';
import { table4SpacedRow } from './table4Long.ts';
import { ROW_MARK, type Found, type Row } from './govRow.ts';
import { joinSplitRows } from './joinSplitRows.ts';
import { mapTable4 } from './mapTable4.ts';
import { govHeading, withoutArticle } from './govHeadings.ts';
import { emptyTable2Row, singleValueRow } from './table2Rows.ts';
import { bestIndicator, labelSimilarity } from '../labelSimilarity.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from '../settings.ts';
import { gov2019, gov2021 } from '../../template/gov2021.ts';

export interface GovReading {
  template: TemplateDef;
  cells: Cell[];
  tables: RawTable[];
  unmatched: RawRow[];
  /** Rows of table 三 that were mapped: the recogniser's measure of confidence. */
  table3Rows: number;
  /** What was left unread, and why. */
  notices: Bilingual[];
}

export interface GovReadOptions {
  settings?: TableSettings;
  /** Text laid out with spaces (spacedToTabs): keep table 三's label-only lines as the next row's `above`. */
  fragments?: boolean;
}

export function readGovTables(lines: NormLine[], year: number | undefined, options: GovReadOptions = {}): GovReading | undefined {
  const settings = options.settings ?? DEFAULT_TABLE_SETTINGS;
  const byTable = new Map<string, Row[]>();
  const headers = new Map<string, Span[]>();
  let current: string | undefined;
  let above: string[] = [];
  // Every line under table 二's headings, for its column names alone: a borderless table (LibreOffice
  // prints an HTML table without borders so) lays its header out with spaces, not tabs, and the names
  // (2019: 本年新制作数量 …; 2021: 本年制发件数 …) tell the formats apart where the year cannot.
  const table2Text: string[] = [];
  // Where table 四's heading and the part after it stand, for a table 四 printed with no value at all.
  const table4Lines: [number, number] = [-1, lines.length];
  for (const [index, line] of lines.entries()) {
    const heading = govHeading(line.text);
    if (heading) {
      if (current === '四' && table4Lines[1] === lines.length) table4Lines[1] = index;
      if (heading === '四' && table4Lines[0] < 0) table4Lines[0] = index;
      current = heading === 'end' ? undefined : heading;
      above = [];
    }
    if (!current) continue;
    if (current.startsWith('二')) table2Text.push(line.text);
    // A sub-table's article printed in a column of its own, merged down its rows, shares its line with the
    // first row (「第二十条第（一）项 规章  0  0  0」): the row is read without it, its offsets kept.
    const text = heading?.startsWith('二') ? withoutArticle(line.text) : line.text;
    const empty = current.startsWith('二') ? emptyTable2Row(current, text, lines[index + 1]?.text ?? '') : undefined;
    const single = empty ?? (current.startsWith('二') ? singleValueRow(current, text) : current === '四' ? table4SpacedRow(text) : undefined);
    const cells = single ?? tabCells(text);
    if (!(text.includes('\t') || single) || !(cells.some((c) => parseValue(c.text).kind === 'number') || empty || blankRow(current, cells))) {
      if (text.includes('\t') && current.startsWith('二') && !headers.has(current)) headers.set(current, cells);
      else if (((options.fragments && current === '三') || current === '四') && !heading) above.push(...cells.map((c) => c.text).filter((t) => t !== ''));
      continue;
    }
    // Under a heading whose item was not legible, a row goes to the one sub-table of 二 whose row its label is.
    const table = current === '二(?)' ? subTableOf(cells) : current;
    if (!table) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), { line, labels: cells, values: [], ...(above.length ? { above } : {}) }]);
    above = [];
  }
  const table3 = byTable.get('三') ?? [];
  if (table3.length < settings.minTable3Lines) return undefined;
  // Table 三 has seven value columns in both formats, so its rows can be split before the format is known.
  for (const row of table3) splitValues(row, 7);
  if (options.fragments) joinSplitRows(table3);
  // A row that lost a blank cell's slot is placed by where its cells stand, when full rows show that.
  placeShortRows(table3, 7, false);
  const unplaced = unplacedRows(table3);
  const template = chooseTemplate(table3, year, [...[...headers.values()].flat().map((c) => c.text), ...table2Text].join(' '));
  const found: Found[] = [];
  const unmatched: RawRow[] = [];
  const tables: RawTable[] = [];
  let shortRowsUnread = 0;
  for (const [id, rows] of byTable) {
    const def = template.tables?.find((t) => t.id === id);
    if (!def) continue;
    if (id !== '三') for (const row of rows) splitValues(row, def.columns.length);
    // Text laid out with spaces drops a blank cell: a short row of table 二 is placed by where it stands.
    if (options.fragments && id.startsWith('二') && def.columns.length > 1) shortRowsUnread += placeShortRows(rows, def.columns.length);
    const matched = id === '三' ? mapTable3(template, rows, settings) : id === '四' ? mapTable4(template, rows) : mapTable2(template, id, rows, settings);
    found.push(...matched.found);
    unmatched.push(...matched.unmatched.map((r) => rawRow(r)));
    tables.push({
      header: [def.name.zh, ...def.columns.map((c) => c.zh)],
      columns: def.columns.map((c) => c.zh),
      rows: rows.map((r) => rawRow(r)),
      lines: [rows[0]!.line.line, rows[rows.length - 1]!.line.line],
    });
  }
  const cells = found.flatMap(({ def, row }) =>
    row.values.map((span, column): Cell => {
      const raw = cellOf(row.valueLines?.[column] ?? row.line, span);
      return { ref: `${def.id}@${column}`, indicator: def.id, label: labelText(row), unit: '', column, ...raw };
    }),
  );
  const table3Blanks = cells.some((c) => c.indicator.startsWith('三.') && c.value.kind === 'blank');
  if (table4Lines[0] >= 0 && table3Blanks) {
    const read = (prefix: string) => cells.some((c) => c.indicator.startsWith(prefix));
    const table4 = lines.slice(table4Lines[0], table4Lines[1]);
    const empty = !read('四.') ? emptyTable4(template, table4) : read('四.诉讼') && !read('四.复议') ? emptyReviewBlock(template, table4) : undefined;
    if (empty) {
      cells.push(...empty);
      tables.push(emptyTable4Raw(template, empty));
    }
  }
  const notices: Bilingual[] = unplaced.length
    ? [
        {
          zh: `表三有 ${unplaced.length} 行只印了部分数字、其余格子空白，而文中看不出空白在哪一列（如「${unplaced[0]}」），这些行未读取。`,
          en: `${unplaced.length} row(s) of table 三 print some numbers and leave other cells blank, and the text does not show which columns are blank (e.g. “${unplaced[0]}”): those rows were not read.`,
        },
      ]
    : [];
  if (shortRowsUnread > 0) {
    notices.push({
      zh: `表二有 ${shortRowsUnread} 行只印了部分数字，而文中看不出空白在哪一列，这些行未读取。`,
      en: `${shortRowsUnread} row(s) of table 二 print fewer numbers than the table has columns, and the text does not show which columns are blank: those rows were not read.`,
    });
  }
  const four = byTable.get('四') ?? [];
  if (four.length > 0 && !cells.some((c) => c.indicator.startsWith('四.')) && four.some((r) => [...r.labels, ...r.values].some((c) => parseValue(c.text).kind === 'number'))) {
    notices.push({
      zh: '表四的数字少于 15 个，空白格在文中看不出位于哪一列，表四未读取。',
      en: 'Table 四 prints fewer than 15 numbers and the text does not show which of its columns are blank: it was not read.',
    });
  }
  return { template, cells, tables, unmatched, table3Rows: found.filter((f) => f.def.table === '三').length, notices };
}

function chooseTemplate(rows: Row[], year: number | undefined, table2: string): TemplateDef {
  const texts = rows.map((r) => r.labels.map((l) => l.text).join('').replace(/\s+/g, ''));
  return chooseGovTemplate({
    sixSplit: texts.some((t) => /逾期不补正|逾期未按收费通知/.test(t)),
    sixSingle: texts.some((t) => /[（(]六[)）]其他处理$/.test(t)),
    table2,
    year,
  });
}

/**
 * A converter that flattens merged cells may print a group's label and a row's label in one cell
 * (「三、本年度办理结果 （一）予以公开」): each numbered part after a space is a label of its own. A
 * bracketed numeral is a row's own start wherever it stands: a vertical label's pieces run into it when
 * a PDF's lines are rebuilt (「度办理结（二）部分公开…」); no label of table 三 has one inside it.
 */
function splitAtMarks(text: string): string[] {
  return text.split(/\s+(?=[一二三四][、.．]|[（(][一二三四五六七][)）]|\d+\s*[.、．]\D)|(?<=\S)(?=[（(][一二三四五六七][)）])/);
}


/**
 * The label that names a row: the last label cell with a numbering, joined with the cells after it (the
 * rest of a wrapped label), else the last cell. Cells before it are group labels (「（三）不予公开」) or
 * the vertical 「三、本年度办理结果」.
 */
function rowLabel(labels: string[]): string {
  // A numbered sub-row's label names the row even when its group's label comes after it (a vertically
  // centred 「（五）不予处理」 that a PDF's rebuilt line puts after 「3.要求提供公开出版物」): the group is
  // a heading over the sub-rows, never a row of its own beside one.
  let sub = labels.length - 1;
  while (sub >= 0 && !/^\d+\s*[.、．]/.test(labels[sub]!)) sub--;
  if (sub >= 0) {
    const end = labels.findIndex((l, i) => i > sub && ROW_MARK.test(l));
    return labels.slice(sub, end < 0 ? undefined : end).join('');
  }
  let at = labels.length - 1;
  for (let i = labels.length - 1; i >= 0; i--) {
    if (ROW_MARK.test(labels[i]!)) {
      at = i;
      break;
    }
  }
  return labels.slice(Math.max(at, 0)).join('');
}

const GROUP_ORDER = ['', '一', '二', '三', '四', '五', '六', '七'];

function mapTable3(template: TemplateDef, rows: Row[], settings: TableSettings) {
  const defs = template.indicators.filter((d) => d.table === '三' && !d.group);
  // The groups that have numbered sub-rows, in order ((三) 1–8, (四) 1–3, …).
  const subGroups = [...new Set(defs.map((d) => /^三\.三\(([一二三四五六七])\)\d+$/.exec(d.id)?.[1]).filter((g): g is string => !!g))];
  const found: Found[] = [];
  const unmatched: Row[] = [];
  let group = '';
  let lastSub = 0;
  const enter = (g: string) => {
    if (g !== group) lastSub = 0;
    group = g;
  };
  for (const row of rows) {
    const labels = [...(row.above ?? []), ...row.labels.map((l) => l.text)].flatMap(splitAtMarks).map((t) => t.replace(/\s+/g, '')).filter((t) => t !== '');
    // A label cell that opens a group (（三）不予公开) sets the group for the rows below it. 「三、」 heads
    // all the groups, so only 一、 二、 四、 (rows of their own) leave them.
    for (const label of labels) {
      // A group label wrapped in a narrow column may lose its closing bracket to the next line (「（三」 /
      // 「）不」) or run into a neighbouring cell's words (「（四政府信息」): its opening is enough.
      const g = /^[（(]([一二三四五六七])(?![一二三四五六七八九十])/.exec(label);
      if (g) enter(g[1]!);
      else if (/^[一二四][、.．]/.test(label)) enter('');
    }
    const label = rowLabel(labels);
    const sub = /^(\d+)\s*[.、．]/.exec(label);
    // Sub-rows numbered from 1 again begin the next group, even where its label is printed further down
    // (a vertically centred 「（四）无法提供」 stands beside its second row).
    if (sub && Number(sub[1]) <= lastSub) {
      const next = subGroups[subGroups.indexOf(group) + 1];
      if (next) enter(next);
    } else if (sub && !subGroups.includes(group)) {
      // A numbered sub-row under a group that has none ((一), (二)): the next group that has them begins,
      // its own label lost or printed further down.
      const next = subGroups.find((g) => GROUP_ORDER.indexOf(g) > GROUP_ORDER.indexOf(group));
      if (next) enter(next);
    }
    if (sub) lastSub = Number(sub[1]);
    let id: string | undefined;
    if (/^一[、.．]/.test(label)) id = '三.一';
    else if (/^二[、.．]/.test(label)) id = '三.二';
    else if (/^四[、.．]|结转下年度/.test(label)) id = '三.四';
    else if (sub && group) id = `三.三(${group})${sub[1]}`;
    else if (/^[（(][一二三四五六七][)）]/.test(label)) id = `三.三(${group})`;
    // A group's heading printed as a row of its own with nothing in its cells (an unruled table's
    // vertically centred 「（六）其他处理」 above its sub-rows) holds no number: it is no row to map, and its
    // label must not be taken for a sub-row's (「（六）其他」 for 「3.其他」).
    const heading = id !== undefined && template.indicators.some((d) => d.id === id && d.group);
    if (heading && row.values.every((v) => v.text.trim() === '')) continue;
    const def = defs.find((d) => d.id === id);
    // The numbering says where the row is; its label must agree (loosely: typos and cut labels occur).
    const agrees = def && labelSimilarity(label, def.label) >= 0.34;
    const byLabel = agrees ? def : bestIndicator(defs, label, settings.labelMatch);
    if (byLabel && !found.some((f) => f.def === byLabel)) found.push({ def: byLabel, row });
    else unmatched.push(row);
  }
  return { found, unmatched };
}

function mapTable2(template: TemplateDef, table: string, rows: Row[], settings: TableSettings) {
  const defs = template.indicators.filter((d) => d.table === table);
  const found: Found[] = [];
  const unmatched: Row[] = [];
  for (const row of rows) {
    const def = bestIndicator(defs, labelText(row), settings.looseLabelMatch);
    if (def && !found.some((f) => f.def === def)) found.push({ def, row });
    else unmatched.push(row);
  }
  return { found, unmatched };
}

/** The last n cells are the values; a shorter row (a table cut short) keeps what it has. */
function splitValues(row: Row, n: number): void {
  const cells = [...row.labels];
  // An empty slot after the last number, beyond the row's n values (a grid column of another table, or a
  // border drawn past the table's edge), is not a value: taking it would shift every value by one column.
  while (cells.length > n + 1 && cells[cells.length - 1]!.text === '' && parseValue(cells[cells.length - 2]!.text).kind === 'number') cells.pop();
  // A one-column sub-table of table 二 prints its value in a cell merged across the columns of the
  // sub-table above (「行政许可 | 26472 | | 」 from a Word or LibreOffice table, a converter's pipes): the slots the
  // merge leaves after the number are not cells of this row.
  if (n === 1) {
    let end = cells.length;
    while (end > 2 && cells[end - 1]!.text.trim() === '') end--;
    if (end < cells.length && parseValue(cells[end - 1]!.text).kind === 'number') cells.length = end;
  }
  const valueLike = (s: Span) => ['number', 'dash', 'blank', 'malformed'].includes(parseValue(s.text).kind);
  let k = 0;
  while (k < n && k < cells.length && valueLike(cells[cells.length - 1 - k]!)) k++;
  row.values = cells.slice(cells.length - k);
  row.labels = cells.slice(0, cells.length - k);
}



function labelText(row: Row): string {
  const own = row.labels.map((l) => l.text).filter((t) => t !== '');
  // With label lines of its own above it, the row is named by its numbered label and what follows it.
  return row.above ? rowLabel([...row.above, ...own]) : own.join(' ');
}

function cellOf(line: NormLine, span: Span): RawCell {
  return { value: parseValue(span.text), pos: posOf(line, span) };
}

function rawRow(row: Row): RawRow {
  const first = row.labels.find((l) => l.text !== '') ?? row.values[0] ?? { text: '', start: 0 };
  return { label: labelText(row), unit: '', values: row.values.map((v, k) => cellOf(row.valueLines?.[k] ?? row.line, v)), pos: posOf(row.line, first) };
}

/**
 * A row of table 三 or 四 whose every value cell is blank (a report that leaves zeros blank prints many):
 * a label, then as many empty (or dash) cells as the table has values.
 */
function blankRow(table: string, cells: Span[]): boolean {
  const values = table === '三' ? 7 : table === '四' ? 15 : 0;
  // Leading empty cells are the slots of group labels printed once for several rows (rowspan).
  const label = cells.findIndex((c) => c.text.trim() !== '');
  if (values === 0 || label < 0 || cells.length - label < values + 1 || parseValue(cells[label]!.text).kind !== 'text') return false;
  return cells.slice(-values).every((c) => ['blank', 'dash'].includes(parseValue(c.text).kind));
}

/**
 * Rows of table 三 with fewer numbers than columns and no empty cells to show where the others are: text
 * laid out with spaces, or a PDF row rebuilt from positions, drops a blank cell, and 「5 1 6」 cannot say
 * whether 6 is 科研机构 or 总计. Such a row is left unread (its values cleared) rather than have its
 * numbers slide into the wrong columns. Returns their labels.
 */
function unplacedRows(rows: Row[]): string[] {
  const unplaced = rows.filter((r) => r.values.length > 0 && r.values.length < 7 && r.values.some((v) => parseValue(v.text).kind === 'number'));
  for (const row of unplaced) row.values = [];
  return unplaced.map((r) => labelText(r));
}

/** The sub-table of 二 (in either format) one of whose row labels a row's first cells print exactly. */
function subTableOf(cells: Span[]): string | undefined {
  const label = cells.map((c) => c.text.trim()).find((t) => t !== '')?.replace(/\s+/g, '') ?? '';
  const tables = new Set(
    [gov2019, gov2021].flatMap((t) => t.indicators.filter((d) => d.table?.startsWith('二') && d.label.replace(/\s+/g, '') === label).map((d) => d.table!)),
  );
  return tables.size === 1 ? [...tables][0] : undefined;
}
