// Decides which template a report uses, from the tables the layout found, and maps their rows.
// The template that explains the most rows wins; a report that matches none keeps its tables visible.

import type { Bilingual, Cell, Finding, NormLine, RawRow, RawTable } from '../model/types.ts';
import type { TemplateDef } from './definition.ts';
import { mapRows } from './mapRows.ts';
import { national2008 } from './national2008.ts';
import { readFujianTables } from './readFujianTables.ts';
import { readGovTables } from './readGovTables.ts';
import { readGluedGovTables } from './readGluedGovTables.ts';
import { spacedToTabs } from '../layout/spacedToTabs.ts';
import { readRawGovTables } from './readRawGovTables.ts';
import { hasTable3Heading } from './govHeadings.ts';
import { readYear } from './readMeta.ts';

export const noTemplate: TemplateDef = { id: 'none', name: { zh: '未识别', en: 'not recognised' }, indicators: [], relations: [] };

/** A table must map at least this many rows before we say the report uses the template. */
const MIN_ROWS = 8;

export interface Recognized {
  template: TemplateDef;
  tables: RawTable[];
  cells: Cell[];
  unmatched: RawRow[];
  columns: string[];
  /** Text the tables occupy, kept out of the narrative: [start, end) of a line's text. */
  consumed: Array<{ line: number; start: number; end: number }>;
  /** What the reader could not settle (glued digits with several readings), explained. */
  notices: Bilingual[];
  /** Inconsistencies found while reading, before the rules run (glued digits that fit no reading). */
  findings: Finding[];
}

export function recognize(tables: RawTable[], lines: NormLine[]): Recognized {
  const fujian = readFujianTables(lines);
  if (fujian) return fujian;
  // The 平潭 pages flatten tables 二–四 into one line with their digits glued together.
  const glued = readGluedGovTables(lines, readYear(lines));
  if (glued && glued.table3Rows >= 10) {
    const { template, tables, cells, unmatched, consumed, notices, findings } = glued;
    return { template, tables, cells, unmatched, columns: [], consumed, notices, findings };
  }
  // Tab-separated rows (PDF, HTML) first; then text laid out with spaces (pdftotext -layout).
  let tableLines = lines;
  let gov = readGovTables(lines, readYear(lines));
  // Only reports that print the 2019/2021 table 三 heading are worth laying out again.
  if ((!gov || gov.table3Rows < 10) && hasTable3Heading(lines)) {
    tableLines = spacedToTabs(lines);
    gov = readGovTables(tableLines, readYear(lines), { fragments: true });
  }
  if (gov && gov.table3Rows >= 10) {
    return {
      template: gov.template,
      tables: gov.tables,
      cells: gov.cells,
      unmatched: gov.unmatched,
      columns: [],
      consumed: gov.tables.flatMap((t) => tableLines.filter((l) => l.line >= t.lines[0] && l.line <= t.lines[1] && l.text.includes('\t')).map((l) => ({ line: l.line, start: 0, end: lines[l.line - 1]?.text.length ?? l.text.length }))),
      notices: [],
      findings: [],
    };
  }
  // Text without layout: table 三's cells one per line, read in the template's row order when they fit it.
  const raw = hasTable3Heading(lines) ? readRawGovTables(lines, readYear(lines)) : undefined;
  if (raw) {
    const { template, tables, cells, notices } = raw;
    return { template, tables, cells, unmatched: [], columns: [], consumed: cells.map((c) => ({ line: c.pos.line, start: 0, end: lines[c.pos.line - 1]?.text.length ?? 0 })), notices, findings: [] };
  }
  const wholeLines = (table: RawTable) =>
    lines.filter((l) => l.line >= table.lines[0] && l.line <= table.lines[1]).map((l) => ({ line: l.line, start: 0, end: l.text.length }));
  let best: Recognized | undefined;
  let bestCount = 0;
  for (const table of tables) {
    const mapping = mapRows(national2008, table);
    if (mapping.matched >= MIN_ROWS && mapping.matched > bestCount) {
      bestCount = mapping.matched;
      best = {
        template: national2008,
        tables: [table],
        cells: mapping.cells,
        unmatched: mapping.unmatched,
        columns: table.columns,
        consumed: wholeLines(table),
        notices: [],
        findings: [],
      };
    }
  }
  return (
    best ?? {
      template: noTemplate,
      tables,
      cells: [],
      unmatched: tables.flatMap((t) => t.rows),
      columns: [],
      consumed: tables.flatMap(wholeLines),
      notices: [],
      findings: [],
    }
  );
}
