// Every mapped cell as one CSV row, for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese),
// CRLF line ends and RFC 4180 quoting (d3's csvFormatRow quotes fields with commas, quotes or newlines).

import { csvFormatRow } from 'd3';
import type { Analysis } from '../model/types.ts';
import { columnNamer } from './columnNames.ts';

/**
 * `kind`, `raw` and `value` are what the document prints; a cell the user corrected carries the correction
 * in the last three fields (the value as typed, read as a number when it is one, and when), so a
 * spreadsheet shows both and never mistakes a correction for the report's own figure.
 */
export const CSV_HEADER = ['ref', 'indicator', 'label', 'unit', 'column', 'kind', 'raw', 'value', 'page', 'line', 'col', 'rules', 'messages', 'corrected_raw', 'corrected_value', 'corrected_at'];

/** Spreadsheets run text that starts with = + @ (or - not starting a number) as a formula; a leading
 *  apostrophe keeps such report text literal. Numbers and dashes are left as printed. */
function literal(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-(?![\d.,]*$)/.test(text) ? `'${text}` : text;
}

export function toCsv(analysis: Analysis): string {
  const flagged = analysis.findings.filter((f) => f.severity !== 'info');
  const columnName = columnNamer(analysis);
  const rows = analysis.cells.map((cell) => {
    const involved = flagged.filter((f) => f.cells.includes(cell.ref));
    return [
      cell.ref,
      cell.indicator,
      literal(cell.label),
      cell.unit,
      literal(columnName(cell).zh),
      cell.value.kind,
      literal(cell.value.raw),
      cell.value.value === undefined ? '' : String(cell.value.value),
      cell.pos.page === undefined ? '' : String(cell.pos.page),
      String(cell.pos.line),
      String(cell.pos.col),
      involved.map((f) => f.rule).join(';'),
      literal(involved.map((f) => f.message.zh).join('\n')),
      literal(cell.correction?.value.raw ?? ''),
      cell.correction?.value.value === undefined ? '' : String(cell.correction.value.value),
      cell.correction?.at ?? '',
    ];
  });
  return '\uFEFF' + [CSV_HEADER, ...rows].map((row) => csvFormatRow(row)).join('\r\n') + '\r\n';
}
