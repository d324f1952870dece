// The 2019/2021 tables 二, 三 and 四, in the four layouts they reach us in: tab-separated rows (PDF, web
// page), laid out with spaces (pdftotext -layout), glued onto one line (the 平潭 text archives), and one
// cell per line (pdftotext without -layout). Each reader stands alone; `recognize` compares their readings.

import type { NormLine } from '../../model/types.ts';
import type { Consumed, ReadingParts, TableReader } from '../reading.ts';
import { readGovTables, type GovReading } from '../gov/readGovTables.ts';
import { readGluedGovTables } from '../gov/readGluedGovTables.ts';
import { readRawGovTables } from '../gov/readRawGovTables.ts';
import { hasTable3Heading } from '../gov/govHeadings.ts';

/** The tab-separated lines a reading of `tableLines` used, as spans of the original lines. */
function tabbedConsumed(gov: GovReading, tableLines: NormLine[], lines: NormLine[]): Consumed[] {
  return gov.tables.flatMap((t) =>
    tableLines
      .filter((l) => l.line >= t.lines[0] && l.line <= t.lines[1] && l.text.includes('\t'))
      .map((l) => ({ line: l.line, start: 0, end: lines[l.line - 1]?.text.length ?? l.text.length })),
  );
}

function fromGov(gov: GovReading, consumed: Consumed[]): ReadingParts {
  const { template, tables, cells, unmatched, notices } = gov;
  return { template, tables, cells, unmatched, columns: [], consumed, notices, findings: [] };
}

export const govTabbedReader: TableReader = {
  id: 'gov-tabbed',
  read({ lines, year, settings }) {
    const gov = readGovTables(lines, year, { settings });
    if (!gov || gov.table3Rows < settings.minTable3Rows) return undefined;
    return fromGov(gov, tabbedConsumed(gov, lines, lines));
  },
};

export const govSpacedReader: TableReader = {
  id: 'gov-spaced',
  read({ lines, spaced, year, settings }) {
    // Only reports that print the table-三 heading are worth laying out again.
    if (!hasTable3Heading(lines)) return undefined;
    const tableLines = spaced();
    const gov = readGovTables(tableLines, year, { fragments: true, settings });
    if (!gov || gov.table3Rows < settings.minTable3Rows) return undefined;
    return fromGov(gov, tabbedConsumed(gov, tableLines, lines));
  },
};

export const govGluedReader: TableReader = {
  id: 'gov-glued',
  read({ lines, year, settings }) {
    const glued = readGluedGovTables(lines, year);
    if (!glued || glued.table3Rows < settings.minTable3Rows) return undefined;
    const { template, tables, cells, unmatched, consumed, notices, findings } = glued;
    return { template, tables, cells, unmatched, columns: [], consumed, notices, findings };
  },
};

export const govOnePerLineReader: TableReader = {
  id: 'gov-one-per-line',
  read({ lines, year, settings }) {
    if (!hasTable3Heading(lines)) return undefined;
    const raw = readRawGovTables(lines, year, settings);
    if (!raw) return undefined;
    const { template, tables, cells, notices } = raw;
    const consumed = cells.map((c) => ({ line: c.pos.line, start: 0, end: lines[c.pos.line - 1]?.text.length ?? 0 }));
    return { template, tables, cells, unmatched: [], columns: [], consumed, notices, findings: [] };
  },
};
