// A table exported from a spreadsheet as CSV (comma-separated, quoted fields) is read as the tab-laid
// text a copy from the same spreadsheet gives, which the table readers already know. d3-dsv parses the
// quoting (RFC 4180), so a label holding a comma or a quote stays one cell.

import { csvParseRows } from 'd3';

/** Whether a file's name says it is comma-separated values. */
export function isCsvName(fileName: string): boolean {
  return /\.csv$/i.test(fileName);
}

/**
 * The CSV's rows as lines of tab-separated cells. A line break inside a quoted cell becomes a space, so a
 * row stays one line; positions then count in this text, whose lines are the CSV's rows.
 */
export function csvAsTabbedText(text: string): string {
  return csvParseRows(text.replace(/^\ufeff/, ''))
    .map((row) => row.map((cell) => cell.replace(/[\t\r\n]+/g, ' ').trim()).join('\t'))
    .join('\n');
}
