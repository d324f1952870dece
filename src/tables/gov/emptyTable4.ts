// Table 四 of the 2019/2021 templates printed with its header and not one value under it. A body with no
// reconsideration and no lawsuit, in a report that leaves zeros blank, prints exactly that: an unruled
// PDF then gives no sign of the fifteen cells at all, and an HTML or Word table gives a row of empty
// cells with no label (table 四 has none). Its fifteen cells are read as blank only when nothing at all
// but the header's own words stands between the table's heading and the next part (a page number, a
// dash or any other text there means something else was printed, and the table is left unread), and
// only when table 三 of the same report also leaves cells blank, so that a table drawn as an image or
// lost to an undecodable font, which would look just as empty, is not taken for an empty one.

import type { Cell, NormLine, RawTable } from '../../model/types.ts';
import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import { govHeading } from './govHeadings.ts';

/** Every character table 四's header prints, in either format; wrapped header cells split them anywhere. */
const HEADER_WORDS = '政府信息公开行政复议行政诉讼情况未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计';
const HEADER_CHARACTERS = new Set(HEADER_WORDS);
/** Words of the outcome columns that must be seen (each may be split over lines, so by characters). */
const OUTCOME_MARKS = ['维', '纠', '审'];

/**
 * The fifteen blank cells of table 四 when `lines` (everything from its heading up to the next part)
 * hold its header and nothing else; otherwise undefined.
 */
export function emptyTable4(template: TemplateDef, lines: NormLine[]): Cell[] | undefined {
  const heading = lines[0];
  if (!heading || govHeading(heading.text) !== '四') return undefined;
  const under = lines.slice(1).map((l) => l.text.replace(/\s+/g, '')).join('');
  if (under === '' || [...under].some((ch) => !HEADER_CHARACTERS.has(ch))) return undefined;
  if (!OUTCOME_MARKS.every((mark) => under.includes(mark))) return undefined;
  const groups = template.indicators.filter((d) => d.table === '四' && !d.group);
  const columns = template.tables?.find((t) => t.id === '四')?.columns.length ?? 0;
  if (groups.length !== 3 || columns !== 5) return undefined;
  return groups.flatMap((def) => blankCells(def, columns, heading));
}

/** A group's blank cells. A blank cell has no box of its own: its provenance is the table's heading. */
function blankCells(def: IndicatorDef, columns: number, heading: NormLine): Cell[] {
  const text = heading.text.trim();
  const pos = posOf(heading, { text, start: heading.text.indexOf(text) });
  return Array.from({ length: columns }, (_, column): Cell => ({ ref: `${def.id}@${column}`, indicator: def.id, label: def.label, unit: '', column, value: parseValue(''), pos }));
}

/**
 * The five blank cells of 行政复议 when table 四 is printed as two tables and the first, 行政复议's, holds its
 * header and nothing else (a row of empty cells, or none) before the lawsuits' own table begins
 * (「行政诉讼」): the lines up to there hold header words only, naming 行政复议 and its outcomes. Only for
 * a report whose lawsuits were read and whose table 三 leaves cells blank, as for the whole table above.
 */
export function emptyReviewBlock(template: TemplateDef, lines: NormLine[]): Cell[] | undefined {
  const heading = lines[0];
  if (!heading || govHeading(heading.text) !== '四') return undefined;
  const lawsuits = lines.findIndex((l, i) => i > 0 && /行政诉讼/.test(l.text) && !/行政复议/.test(l.text));
  if (lawsuits < 0) return undefined;
  const under = lines.slice(1, lawsuits).map((l) => l.text.replace(/\s+/g, '')).join('');
  if (!under.includes('行政复议') || [...under].some((ch) => !HEADER_CHARACTERS.has(ch)) || !OUTCOME_MARKS.every((mark) => under.includes(mark))) return undefined;
  const review = template.indicators.find((d) => d.table === '四' && d.id === '四.复议');
  const columns = template.tables?.find((t) => t.id === '四')?.columns.length ?? 0;
  if (!review || columns !== 5) return undefined;
  return blankCells(review, columns, heading);
}

/** The empty table as the reader's raw table: its three groups, each a row of five blank cells. */
export function emptyTable4Raw(template: TemplateDef, cells: Cell[]): RawTable {
  const table = template.tables?.find((t) => t.id === '四');
  const columns = table?.columns.map((c) => c.zh) ?? [];
  const groups = [...new Set(cells.map((c) => c.indicator))];
  return {
    header: [table?.name.zh ?? '', ...columns],
    columns,
    rows: groups.map((indicator) => {
      const own = cells.filter((c) => c.indicator === indicator);
      return { label: own[0]!.label, unit: '', values: own.map((c) => ({ value: c.value, pos: c.pos })), pos: own[0]!.pos };
    }),
    lines: [cells[0]!.pos.line, cells[0]!.pos.line],
  };
}
