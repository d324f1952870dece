// The units printed in the 单位 column of the 2008–2018 tables, or glued to a value (「1181篇」, 「96171.6万元」).

export const UNITS = new Set([
  '条', '件', '篇', '次', '个', '期', '份', '人', '万元', '元', '人次', '人数', '项', '家', '场', '户', '册', '天',
]);

/** Longest first, so that 万元 is tried before 元 and 人次 before 人. */
export const UNITS_LONGEST_FIRST = [...UNITS].sort((a, b) => b.length - a.length);
