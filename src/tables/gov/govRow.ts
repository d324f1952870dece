// The row shape the table-二/三/四 readers of tab-separated lines share, and the marks that number a row.

import type { NormLine } from '../../model/types.ts';
import type { IndicatorDef } from '../../template/definition.ts';
import type { Span } from '../splitRowLine.ts';

export interface Row {
  line: NormLine;
  labels: Span[];
  values: Span[];
  /** Label text printed on lines of its own above the row: a wrapped or vertically centred cell in text
   *  laid out with spaces (「（三）不」 / 「予公开」). Read for the row's label and group only. */
  above?: string[];
  /** The line each value was printed on, when a row gathers values of several lines (table 四 laid out long). */
  valueLines?: NormLine[];
}

/** A row mapped to the template indicator it restates. */
export interface Found {
  def: IndicatorDef;
  row: Row;
}

/** Where a label of table 三 says it is: a row of its own (一、), a group (（三）), a sub-row (1.). */
export const ROW_MARK = /^[一二四][、.．]|^[（(][一二三四五六七][)）]|^\d+\s*[.、．]/;
