// The Fujian tables (指标名称 | 计量单位 | 年度 | 历年累计): one row per line (a web page's table, markdown,
// text laid out with spaces), one cell per line (pdftotext without -layout), or the whole table on one line
// with its digits glued (the 平潭 text archives).

import type { TableReader } from '../reading.ts';
import { FUJIAN_TEMPLATES, readFujianTables } from '../fujian/readFujianTables.ts';
import { readFujianTabbed } from '../fujian/readFujianTabbed.ts';
import { readFujianOnePerLine } from '../fujian/readFujianOnePerLine.ts';

export const fujianTabbedReader: TableReader = {
  id: 'fujian-tabbed',
  read: ({ lines, spaced, settings }) => readFujianTabbed(lines, spaced(), FUJIAN_TEMPLATES, settings),
};

export const fujianOnePerLineReader: TableReader = {
  id: 'fujian-one-per-line',
  read: ({ lines, settings }) => readFujianOnePerLine(lines, FUJIAN_TEMPLATES, settings),
};

export const fujianGluedReader: TableReader = {
  id: 'fujian-glued',
  read: ({ lines, settings }) => readFujianTables(lines, settings),
};
