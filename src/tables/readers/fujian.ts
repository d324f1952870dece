// The Fujian tables (指标名称 | 计量单位 | 年度 | 历年累计): one row per line (a web page's table, markdown,
// text laid out with spaces), one cell per line (pdftotext without -layout), or the whole table on one line
// with its digits glued (the 平潭 text archives).

import type { TableReader } from '../reading.ts';
import { rowsMapped } from '../reading.ts';
import { FUJIAN_TEMPLATES, readFujianTables } from '../fujian/readFujianTables.ts';
import { readFujianTabbed } from '../fujian/readFujianTabbed.ts';
import { readFujianOnePerLine } from '../fujian/readFujianOnePerLine.ts';

export const fujianTabbedReader: TableReader = {
  id: 'fujian-tabbed',
  read({ lines, settings }) {
    const parts = readFujianTabbed(lines, FUJIAN_TEMPLATES, settings);
    return parts && { reader: fujianTabbedReader.id, ...parts, score: rowsMapped(parts.cells) };
  },
};

export const fujianOnePerLineReader: TableReader = {
  id: 'fujian-one-per-line',
  read({ lines, settings }) {
    const parts = readFujianOnePerLine(lines, FUJIAN_TEMPLATES, settings);
    return parts && { reader: fujianOnePerLineReader.id, ...parts, score: rowsMapped(parts.cells) };
  },
};

export const fujianGluedReader: TableReader = {
  id: 'fujian-glued',
  read({ lines, settings }) {
    const parts = readFujianTables(lines, settings);
    return parts && { reader: fujianGluedReader.id, ...parts, score: rowsMapped(parts.cells) };
  },
};
