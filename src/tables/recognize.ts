// Runs every table reader over the report and keeps the best reading: the one that maps the most template
// rows to numbers. Readers are listed from the most specific layout to the most general, and a tie goes to
// the earlier one (a tab-separated table read as such beats the same table laid out again with spaces).
// A report that no reader recognises keeps its tables visible, with no template.

import type { NormLine } from '../model/types.ts';
import type { Reading, TableReader } from './reading.ts';
import { rowsMapped, wholeLines } from './reading.ts';
import { spacedToTabs } from './spacedToTabs.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from './settings.ts';
import { readStatsTables } from './readStatsTables.ts';
import { noTemplate } from '../template/registry.ts';
import { fujianGluedReader, fujianOnePerLineReader, fujianTabbedReader } from './readers/fujian.ts';
import { govGluedReader, govOnePerLineReader, govSpacedReader, govTabbedReader } from './readers/gov.ts';
import { statistics2008Reader } from './readers/statistics2008.ts';

export const TABLE_READERS: TableReader[] = [
  fujianTabbedReader,
  fujianGluedReader,
  fujianOnePerLineReader,
  govGluedReader,
  govTabbedReader,
  govSpacedReader,
  govOnePerLineReader,
  statistics2008Reader,
];

export function recognize(lines: NormLine[], year: number | undefined, settings: TableSettings = DEFAULT_TABLE_SETTINGS, readers: TableReader[] = TABLE_READERS): Reading {
  let laid: NormLine[] | undefined;
  const input = { lines, year, settings, spaced: () => (laid ??= spacedToTabs(lines)) };
  let best: Reading | undefined;
  for (const reader of readers) {
    const parts = reader.read(input);
    const reading = parts && { reader: reader.id, ...parts, score: rowsMapped(parts.cells) };
    if (reading && reading.score > (best?.score ?? 0)) best = reading;
  }
  return best ?? unrecognized(lines, settings);
}

/** No template: whatever statistics tables the layout found stay visible as unmatched rows. */
function unrecognized(lines: NormLine[], settings: TableSettings): Reading {
  const tables = readStatsTables(lines, settings);
  return {
    reader: 'none',
    template: noTemplate,
    tables,
    cells: [],
    unmatched: tables.flatMap((t) => t.rows),
    columns: [],
    consumed: tables.flatMap((t) => wholeLines(lines, t.lines[0], t.lines[1])),
    notices: [],
    findings: [],
    score: 0,
  };
}
