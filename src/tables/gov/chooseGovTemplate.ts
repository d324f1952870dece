// Which of the 2019/2021 formats a report uses. 2021 splits table 三's （六） into three numbered rows;
// 2019 prints it as one. Table 二's column headings tell the formats apart (2021: 本年制发件数 …; 2019:
// 本年新制作数量 …), the year when they cannot; a 2021 report that prints （六） as one row is read with it.

import type { TemplateDef } from '../../template/definition.ts';
import { gov2019, gov2021, gov2021SingleSix } from '../../template/gov2021.ts';

export interface FormatEvidence {
  /** Table 三 has the 2021 rows （六）1–2 (「…逾期不补正…」, 「…逾期未按收费通知…」). */
  sixSplit: boolean;
  /** Table 三 prints （六）其他处理 as one row with numbers. */
  sixSingle: boolean;
  /** Table 二's header text. */
  table2: string;
  year: number | undefined;
}

export function chooseGovTemplate({ sixSplit, sixSingle, table2, year }: FormatEvidence): TemplateDef {
  if (sixSplit) return gov2021;
  const is2019 = /本年新制作数量|本年新公开数量|上一年项目数量/.test(table2)
    ? true
    : /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量/.test(table2)
      ? false
      : year !== undefined && year <= 2020;
  if (is2019) return gov2019;
  return sixSingle ? gov2021SingleSix : gov2021;
}
