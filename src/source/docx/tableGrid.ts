// A Word table (w:tbl) laid out as an HTML table: each cell keeps its place, horizontal merges become
// colspan and vertical merges rowspan, so the HTML reader resolves them as it does a web page's.
//
// Word marks merges per cell: w:gridSpan says how many grid columns a cell covers; w:vMerge says a cell
// starts a vertical merge (w:val="restart") or continues the one above (no value, or "continue"); the
// older w:hMerge does the same across a row. A continuing cell is dropped and the cell above that starts
// at the same grid column grows by a row. w:gridBefore (grid columns skipped before a row's first cell)
// becomes an empty cell of that width, so later cells keep their columns. Rows marked hidden or deleted
// are left out, like any text Word does not show.

import type { XmlElement } from './xml.ts';
import { attrAt, childElements, firstChild, isOn } from './xml.ts';

/** The HTML table model's own clamp on colspan. */
const MAX_SPAN = 1000;

export interface CellSlot {
  tc: XmlElement;
  col: number;
  colspan: number;
  rowspan: number;
}

export interface GridRow {
  /** An empty cell of this many columns before the first (w:gridBefore). */
  before: number;
  cells: CellSlot[];
}

/** The rows of a table with their cells placed on the grid and merges resolved. */
export function tableGrid(tbl: XmlElement): GridRow[] {
  const rows: GridRow[] = [];
  /** The cell that last started at each grid column: a continuing cell below extends it. */
  const above = new Map<number, CellSlot>();
  for (const tr of unwrap(tbl, 'w:tr')) {
    const trPr = firstChild(tr, 'w:trPr');
    if (isOn(firstChild(trPr, 'w:hidden')) || firstChild(trPr, 'w:del')) continue;
    const before = spanValue(attrAt(trPr, ['w:gridBefore'], 'w:val'), 0);
    const row: GridRow = { before, cells: [] };
    let col = before;
    for (const tc of unwrap(tr, 'w:tc')) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const colspan = spanValue(attrAt(tcPr, ['w:gridSpan'], 'w:val'), 1);
      const hMerge = firstChild(tcPr, 'w:hMerge');
      const last = row.cells[row.cells.length - 1];
      if (hMerge && hMerge.attrs['w:val'] !== 'restart' && last) {
        last.colspan = Math.min(last.colspan + colspan, MAX_SPAN);
        col += colspan;
        continue;
      }
      const vMerge = firstChild(tcPr, 'w:vMerge');
      const owner = above.get(col);
      if (vMerge && vMerge.attrs['w:val'] !== 'restart' && owner) {
        owner.rowspan++;
        col += colspan;
        continue;
      }
      const slot: CellSlot = { tc, col, colspan, rowspan: 1 };
      row.cells.push(slot);
      for (let c = col; c < col + colspan; c++) above.delete(c);
      above.set(col, slot);
      col += colspan;
    }
    rows.push(row);
  }
  return rows;
}

function spanValue(raw: string | undefined, fallback: number): number {
  const value = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, MAX_SPAN) : fallback;
}

/**
 * The rows of a table (or the cells of a row), also where a content control, custom XML or a tracked
 * insertion wraps them. Wrappers nest only a few deep; the search stops at a fixed depth.
 */
function unwrap(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: Array<{ element: XmlElement; depth: number }> = childElements(parent).reverse().map((element) => ({ element, depth: 0 }));
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    if (element.name === name) {
      found.push(element);
      continue;
    }
    if (depth >= 8 || !WRAPPERS.has(element.name)) continue;
    const inner = childElements(element);
    for (let i = inner.length - 1; i >= 0; i--) stack.push({ element: inner[i]!, depth: depth + 1 });
  }
  return found;
}

const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);
