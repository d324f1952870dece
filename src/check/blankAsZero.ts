// Many reports leave a zero cell blank: a table 三 of mostly small counts prints no 0 at all and a blank
// wherever nothing happened. Read literally, every identity that touches a blank "cannot be checked", and
// the reader gets dozens of warnings about a table that adds up. A table that prints not a single 0 but
// many blanks follows that convention: its blanks are counted as 0 in the arithmetic (the cells
// themselves stay blank, as printed), a notice says so, and a check that fails with such a blank in it
// is one to review, never an error (the blank may be a number the report left out). A blank whole over
// parts that hold numbers is never counted as 0: it is a heading the report does not fill in.

import type { Bilingual, Cell, Value } from '../model/types.ts';
import type { TemplateDef } from '../template/definition.ts';

/** At least this many blank cells, and this share of the table's cells, before blanks mean zeros. */
const MIN_BLANKS = 5;
const MIN_SHARE = 0.15;

export const BLANK_AS_ZERO_DOUBT: Bilingual = {
  zh: '此格空白；本表不印 0，空白按 0 计算',
  en: 'this cell is blank; the table prints no 0, so blanks are counted as 0',
};

function tableOf(template: TemplateDef, indicator: string): string {
  return template.indicators.find((d) => d.id === indicator)?.table ?? '';
}

/** The tables (ids, '' for a single-table template) whose blanks stand for zeros. */
export function blankZeroTables(template: TemplateDef, cells: Iterable<Cell>): Set<string> {
  const counts = new Map<string, { cells: number; blanks: number; zeros: number }>();
  for (const cell of cells) {
    const table = tableOf(template, cell.indicator);
    const count = counts.get(table) ?? { cells: 0, blanks: 0, zeros: 0 };
    count.cells++;
    if (cell.value.kind === 'blank') count.blanks++;
    if (cell.value.kind === 'number' && cell.value.value === 0) count.zeros++;
    counts.set(table, count);
  }
  const tables = new Set<string>();
  for (const [table, count] of counts) {
    if (count.zeros === 0 && count.blanks >= MIN_BLANKS && count.blanks >= count.cells * MIN_SHARE) tables.add(table);
  }
  return tables;
}

const isCounted = (cell: Cell | undefined): boolean => cell?.value.kind === 'number' && cell.value.value !== 0;

/**
 * The blanks that cannot be zeros whatever the table's habit: a whole (a section's or a group's heading
 * row, the parent of a sum, the total column of a row, one side of a quantity printed twice) left blank while a part or its twin holds a number
 * other than 0. Such a blank is a heading row the report does not fill in (「一、主动公开情况」 above its
 * numbered rows) or a figure left out; as 0 it would make a sum fail that the table never stated.
 */
function blankWholes(template: TemplateDef, cells: Map<string, Cell>): Set<string> {
  const wholes = new Set<string>();
  const columnsOf = new Map<string, number[]>();
  for (const cell of cells.values()) columnsOf.set(cell.indicator, [...(columnsOf.get(cell.indicator) ?? []), cell.column]);
  const at = (indicator: string, column: number) => cells.get(`${indicator}@${column}`);
  // A section's own row (「一、主动公开情况」) or a group heading, over rows of its section that hold numbers.
  for (const def of template.indicators) {
    if (def.section !== def.id && !def.group) continue;
    for (const column of columnsOf.get(def.id) ?? []) {
      const below = template.indicators.some((other) => other.id !== def.id && other.section === def.section && isCounted(at(other.id, column)));
      if (below) wholes.add(`${def.id}@${column}`);
    }
  }
  for (const relation of template.relations) {
    if (relation.kind === 'sum') {
      for (const column of columnsOf.get(relation.parent) ?? []) {
        if (relation.parts.some((part) => isCounted(at(part, column)))) wholes.add(`${relation.parent}@${column}`);
      }
    } else if (relation.kind === 'same') {
      for (const [one, other] of [[relation.first, relation.second], [relation.second, relation.first]] as const) {
        for (const column of columnsOf.get(one) ?? []) if (isCounted(at(other, column))) wholes.add(`${one}@${column}`);
      }
    } else if (relation.kind === 'rowSum') {
      for (const cell of cells.values()) {
        if (cell.column !== relation.total || tableOf(template, cell.indicator) !== relation.table) continue;
        if (relation.parts.some((part) => isCounted(at(cell.indicator, part)))) wholes.add(`${cell.indicator}@${cell.column}`);
      }
    }
  }
  return wholes;
}

/** The cells the rules see: a blank of such a table as the number 0, marked doubtful with the reason. */
export function withBlanksAsZero(template: TemplateDef, cells: Map<string, Cell>): Map<string, Cell> {
  const tables = blankZeroTables(template, cells.values());
  if (tables.size === 0) return cells;
  const wholes = blankWholes(template, cells);
  const zero: Value = { kind: 'number', raw: '', value: 0 };
  return new Map(
    [...cells].map(([ref, cell]) =>
      cell.value.kind === 'blank' && tables.has(tableOf(template, cell.indicator)) && !wholes.has(ref)
        ? [ref, { ...cell, value: zero, doubt: BLANK_AS_ZERO_DOUBT }]
        : [ref, cell],
    ),
  );
}

/** The notice for the tables that follow the convention, naming how many blanks were counted as 0. */
export function blankZeroNotice(template: TemplateDef, cells: Cell[]): Bilingual | undefined {
  const tables = blankZeroTables(template, cells);
  if (tables.size === 0) return undefined;
  const blanks = cells.filter((c) => c.value.kind === 'blank' && tables.has(tableOf(template, c.indicator))).length;
  const names = [...tables].map((t) => (t ? `表${t}` : '统计表'));
  return {
    zh: `${names.join('、')}没有印出任何 0，空白格（共 ${blanks} 格）按 0 计算；凡用到空白格而不相符的核对列为「待核」。`,
    en: `${[...tables].map((t) => (t ? `Table ${t}` : 'The statistics table')).join(', ')} prints no 0: its ${blanks} blank cells were counted as 0, and a check that fails with a blank in it is marked to review.`,
  };
}
