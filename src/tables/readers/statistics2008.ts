// The 2008–2018 national appendix (统计指标 | 单位 | 统计数): the layout finds the tables, and the one whose
// rows map best onto the template is the report's.

import type { Bilingual } from '../../model/types.ts';
import type { ReadingParts, TableReader } from '../reading.ts';
import { wholeLines } from '../reading.ts';
import { readStatsTables } from '../readStatsTables.ts';
import { withoutIndexColumn } from '../indexColumn.ts';
import { mapRows } from '../mapRows.ts';
import { national2008 } from '../../template/national2008.ts';

function unreadNotice(labels: string[]): Bilingual {
  const list = labels.map((l) => `「${l}」`).join('、');
  return {
    zh: `统计表有 ${labels.length} 行的文字与数字次序错乱（逐格换行、无版式的文本），未读取其数值：${list}。`,
    en: `${labels.length} row(s) of the statistics table have their labels and numbers out of order (text without layout, one cell per line); their numbers were not read: ${list}.`,
  };
}

export const statistics2008Reader: TableReader = {
  id: 'statistics-2008',
  read({ lines, settings }) {
    let best: ReadingParts | undefined;
    let bestMatched = 0;
    for (const table of readStatsTables(withoutIndexColumn(lines), settings)) {
      const mapping = mapRows(national2008, table, settings);
      if (mapping.matched < settings.minTemplateRows || mapping.matched <= bestMatched) continue;
      bestMatched = mapping.matched;
      best = {
        template: national2008,
        tables: [table],
        cells: mapping.cells,
        unmatched: mapping.unmatched,
        columns: table.columns,
        consumed: wholeLines(lines, table.lines[0], table.lines[1]),
        notices: table.rows.some((r) => r.outOfOrder) ? [unreadNotice(table.rows.filter((r) => r.outOfOrder).map((r) => r.label))] : [],
        findings: [],
      };
    }
    return best;
  },
};
