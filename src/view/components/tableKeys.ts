// Arrow-key movement among the statistics tables' value cells (the cells carrying `data-cell`), as in a
// grid: left and right along the row, up and down along the column, on into the next or previous table
// of the same view at its edges; Home and End go to the row's first and last value cell.

const CELL = 'td[data-cell]';

function cellsOfRow(row: HTMLTableRowElement): HTMLTableCellElement[] {
  return [...row.cells].filter((c) => c.matches(CELL));
}

/** The value cell in `rows` (walked in order) nearest to column `column`, else undefined. */
function inColumn(rows: HTMLTableRowElement[], column: number): HTMLTableCellElement | undefined {
  for (const row of rows) {
    const cells = cellsOfRow(row);
    if (cells.length === 0) continue;
    return cells.reduce((best, c) => (Math.abs(c.cellIndex - column) < Math.abs(best.cellIndex - column) ? c : best));
  }
  return undefined;
}

/** The cell a key moves to from `from`, or undefined when the key is not a move or there is nowhere to go. */
export function neighbourCell(from: HTMLTableCellElement, key: string): HTMLTableCellElement | undefined {
  const row = from.parentElement as HTMLTableRowElement | null;
  const table = from.closest('table');
  if (!row || !table) return undefined;
  const inRow = cellsOfRow(row);
  const at = inRow.indexOf(from);
  if (key === 'ArrowLeft') return inRow[at - 1];
  if (key === 'ArrowRight') return inRow[at + 1];
  if (key === 'Home') return inRow[0];
  if (key === 'End') return inRow[inRow.length - 1];
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const down = key === 'ArrowDown';
  const rows = [...table.rows];
  const index = rows.indexOf(row);
  const onward = down ? rows.slice(index + 1) : rows.slice(0, index).reverse();
  const found = inColumn(onward, from.cellIndex);
  if (found) return found;
  // Past the table's edge: the next (or previous) table of the same view.
  const scope = from.closest('[role=tabpanel]') ?? document.body;
  const tables = [...scope.querySelectorAll('table')].filter((t) => t.querySelector(CELL));
  const other = tables[tables.indexOf(table) + (down ? 1 : -1)];
  if (!other) return undefined;
  const otherRows = [...other.rows];
  return inColumn(down ? otherRows : otherRows.reverse(), from.cellIndex);
}
