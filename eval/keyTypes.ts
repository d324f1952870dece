// The shape of an answer key (test/fixtures/keys/<id>.json); see test/fixtures/keys/README.md.

import type { ValueKind } from '../src/model/types.ts';

/** One table cell as a correct reading gives it: a number (`value`) or another kind of value. */
export interface KeyCell {
  indicator: string;
  column: number;
  value?: number;
  kind?: Exclude<ValueKind, 'number'>;
  raw?: string;
  /**
   * For a cell the source leaves ambiguous (kind text): its true number, known from elsewhere in the report.
   * A form that prints the cell apart may read it as this number; reading it as text is right too.
   */
  orValue?: number;
  note?: string;
}

/** A finding of severity error or warning that a correct analysis must produce. */
export interface KeyFinding {
  rule: string;
  severity?: string;
  stated?: number;
  computed?: number;
  /** When given, the analysis' finding must name the first of these cells first. */
  cells?: string[];
  why?: string;
  draftMessage?: string;
}

export interface KeyFile {
  id: string;
  title: string;
  original: string;
  alsoAs: string[];
  /** Forms that hold only the statistics tables: only their cells are scored. */
  tablesOnly?: string[];
  provenance: string;
  verified: string;
  template: string;
  year: number;
  cells: KeyCell[];
  findings: KeyFinding[];
  /**
   * Findings that are true of the report but are neither required nor false alarms: a form-dependent way of
   * saying what an expected finding says (e.g. "however the glued digits are split, the total cannot hold").
   * A field left out matches anything.
   */
  alsoTrue?: KeyFinding[];
  notes: string;
}
