// Many reports leave a zero cell blank: a table 三 of mostly small counts prints no 0 at all and a blank
// wherever nothing happened. Read literally, every identity that touches a blank "cannot be checked", and
// the reader gets dozens of warnings about a table that adds up. A table that prints not a single 0 but
// many blanks follows that convention: its blanks are counted as 0 in the arithmetic (the cells
// themselves stay blank, as printed), a notice says so, and a check that fails with such a blank in it
// is one to review, never an error (the blank may be a number the report left out).

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

/** The cells the rules see: a blank of such a table as the number 0, marked doubtful with the reason. */
export function withBlanksAsZero(template: TemplateDef, cells: Map<string, Cell>): Map<string, Cell> {
  const tables = blankZeroTables(template, cells.values());
  if (tables.size === 0) return cells;
  const zero: Value = { kind: 'number', raw: '', value: 0 };
  return new Map(
    [...cells].map(([ref, cell]) =>
      cell.value.kind === 'blank' && tables.has(tableOf(template, cell.indicator)) ? [ref, { ...cell, value: zero, doubt: BLANK_AS_ZERO_DOUBT }] : [ref, cell],
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
