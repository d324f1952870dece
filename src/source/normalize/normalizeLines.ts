// The normalize stage: turns ingested text into lines that later stages can match labels and numbers
// against, while every character still knows which column of the ingested line it came from.

import type { NormLine } from '../../model/types.ts';
import { collapseFakeBold } from './collapseFakeBold.ts';
import { foldWidth } from './foldWidth.ts';
import { markdownTables } from './markdownTables.ts';
import { withoutInvisible } from './invisible.ts';
import { furnitureLines, type PageLine } from '../pageFurniture.ts';

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
    const shifted = skip === 0 ? collapsed.cols : collapsed.cols.map((c) => c + skip);
    const visible = withoutInvisible(foldWidth(collapsed.text), shifted);
    return { line: index + 1, text: visible.text, cols: visible.cols, fold: collapsed.fold, ...(visible.insideNumbers ? { hidden: visible.insideNumbers } : {}), ...(visible.reordered ? { reordered: true as const } : {}) };
  });
  // Markdown tables span lines (a grid row wraps, a label stands above its numbers): read them whole.
  return withoutRunningHeads(markdownTables(lines));
}

/**
 * Text extracted from a paginated document (pdftotext) marks each new page with a form feed. Its running
 * heads and feet are blanked, as pdfLines drops them from a PDF: they are not the report's words and they
 * would split a table continued over a page break. Blanked, not removed, so line numbers stay the text's.
 */
function withoutRunningHeads(lines: NormLine[]): NormLine[] {
  if (!lines.some((l) => l.text.includes('\f'))) return lines;
  const pages: NormLine[][] = [[]];
  for (const line of lines) {
    if (line.text.includes('\f')) pages.push([]);
    pages[pages.length - 1]!.push(line);
  }
  const candidates = new Map<PageLine, NormLine>();
  pages.forEach((page, index) => {
    const content = page.filter((l) => l.text.trim() !== '');
    content.forEach((line, at) => candidates.set({ page: index + 1, text: line.text, top: at, pageHeight: Math.max(content.length - 1, 1) }, line));
  });
  const furniture = new Set([...furnitureLines([...candidates.keys()])].map((l) => candidates.get(l)!));
  return lines.map((l) => (furniture.has(l) ? { ...l, text: '', cols: [] } : l));
}
