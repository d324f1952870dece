// The overview table's order and filter, kept apart from the component so they can be tested and so the
// state (which column, which direction, what text) lives in the batch, not in a component that is unmounted
// while a report is open: back from a report, the table is as the user left it.

import { TOTAL_KEYS, type OverviewRow, type SortKey, type SortOrder } from '../../batch/overviewRow.ts';

export { TOTAL_KEYS, type SortKey, type SortOrder };

/** The value a column sorts by; undefined (no year read, no such row in the template) sorts last either way. */
export function sortValue(row: OverviewRow, key: SortKey): string | number | undefined {
  switch (key) {
    case 'file':
      return row.fileName;
    case 'body':
      return row.body;
    case 'year':
      return row.year;
    case 'template':
      return row.template;
    case 'source':
      return row.source;
    case 'pages':
      return row.pages;
    case 'cells':
      return row.cellsRead;
    case 'errors':
      return row.errors;
    case 'warnings':
      return row.warnings;
    case 'toReview':
      return row.toReview;
    default:
      return row.totals[key];
  }
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows in the order asked for. The sort is stable (Array.prototype.sort is), so rows that tie keep the
 * order the files were given in, and clicking another column keeps a reader's bearings.
 */
export function sortRows<T extends { row: OverviewRow }>(items: readonly T[], order: SortOrder): T[] {
  return [...items].sort((x, y) => {
    const [a, b] = [sortValue(x.row, order.key), sortValue(y.row, order.key)];
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    return compareValues(a, b) * order.dir;
  });
}

/** The next order after a click on `key`: the same column turns round, another column starts ascending. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  return current.key === key ? { key, dir: current.dir === 1 ? -1 : 1 } : { key, dir: 1 };
}

/** Whether a report matches the filter text: in its body's name or its file's name, ignoring case and spaces at the ends. */
export function matchesFilter(filter: string, fileName: string, body: string | undefined): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  return fileName.toLowerCase().includes(needle) || (body ?? '').toLowerCase().includes(needle);
}
