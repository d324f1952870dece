// The one hand-over of the tables stage: whatever a table reader found, in one shape. Every reader
// (2008 statistics table, Fujian tabbed and glued, 2019/2021 tabbed, glued, space-laid and one cell per
// line) returns a Reading, and `recognize` keeps the best one, as tabula-java's ExtractionAlgorithms all
// return one Table type.

import type { Bilingual, Cell, Finding, NormLine, RawRow, RawTable } from '../model/types.ts';
import type { TemplateDef } from '../template/definition.ts';
import type { TableSettings } from './settings.ts';

/** Text a table occupies, [start, end) of a line's text: kept out of the narrative. */
export interface Consumed {
  line: number;
  start: number;
  end: number;
}

export interface Reading {
  /** Which reader produced this reading (a TableReader id), for notices, tests and the eval. */
  reader: string;
  template: TemplateDef;
  /** The tables as printed (header, rows, raw cells), mapped or not. */
  tables: RawTable[];
  /** Cells mapped onto the template's indicators, each with its raw string and position. */
  cells: Cell[];
  /** Rows no indicator matched: shown, never forced onto the nearest id. */
  unmatched: RawRow[];
  /** Names of the report's own value columns, for templates whose columns the report prints (统计数, 年度 / 历年累计). */
  columns: string[];
  consumed: Consumed[];
  /** What the reader could not settle (glued digits with several readings, a table left out), explained. */
  notices: Bilingual[];
  /** Inconsistencies found while reading, before the rules run (glued digits that fit no reading). */
  findings: Finding[];
  /** How much of the template the reading explains: template rows mapped. */
  score: number;
}

/** A reading before the reader's id and score are stamped on it (what a reader's internals build). */
export type ReadingParts = Omit<Reading, 'reader' | 'score'>;

/**
 * What every reader gets: the normalised lines, the same lines with cells laid out with spaces turned
 * into tab-separated cells (computed once, for the readers that take such text), the report's year when
 * the text states it, and the settings.
 */
export interface ReaderInput {
  lines: NormLine[];
  spaced(): NormLine[];
  year: number | undefined;
  settings: TableSettings;
}

/** A reader gives the parts of a reading; `recognize` stamps its id and score on them. */
export interface TableReader {
  id: string;
  read(input: ReaderInput): ReadingParts | undefined;
}

/** Template rows the reading mapped (whatever their cells hold): the measure readings are compared by. */
export function rowsMapped(cells: Cell[]): number {
  return new Set(cells.map((c) => c.indicator)).size;
}

/** Whole lines from `first` to `last` (inclusive) as consumed spans. */
export function wholeLines(lines: NormLine[], first: number, last: number): Consumed[] {
  return lines.filter((l) => l.line >= first && l.line <= last).map((l) => ({ line: l.line, start: 0, end: l.text.length }));
}
