// The normalize stage: turns ingested text into lines that later stages can match labels and numbers
// against, while every character still knows which column of the ingested line it came from.

import type { NormLine } from '../../model/types.ts';
import { collapseFakeBold } from './collapseFakeBold.ts';
import { foldWidth } from './foldWidth.ts';
import { markdownTables } from './markdownTables.ts';

const LINE_BREAK = /\r\n|\r|\n/;
const BOM = '\uFEFF';

/**
 * Splits `text` into lines and normalises each one. Every line is returned, empty ones included, so
 * `line` numbers match the ingested text and blank lines remain visible to the layout stage (they often
 * separate a wrapped label from the next row).
 *
 * Columns refer to the ingested line as it is, so a leading byte-order mark, which is dropped from the
 * text, still counts as column 1 of line 1: slicing the raw line at `cols` finds the right characters.
 */
export function normalizeLines(text: string): NormLine[] {
  const lines = text.split(LINE_BREAK).map((raw, index): NormLine => {
    const skip = index === 0 && raw.startsWith(BOM) ? BOM.length : 0;
    const collapsed = collapseFakeBold(raw.slice(skip));
    // foldWidth maps one unit to one unit, so the collapse's column map carries over unchanged.
    const cols = skip === 0 ? collapsed.cols : collapsed.cols.map((c) => c + skip);
    return { line: index + 1, text: foldWidth(collapsed.text), cols, fold: collapsed.fold };
  });
  // Markdown tables span lines (a grid row wraps, a label stands above its numbers): read them whole.
  return markdownTables(lines);
}
