// Which period a number of the prose speaks of, for tables with a column per period (Fujian: 年度 and
// 历年累计): the last word of time before it in its sentence decides. 「截至年底，全县累计主动公开15826条，
// 本年度新增主动公开3204条」: 15826 is cumulative, 3204 the year's.

// 「今年以来」 is this year so far, 「2008年以来」 a run of years.
const CUMULATIVE = /累计|历年|(?<!今年|本年|年初)以来|至今/g;
const YEAR = /本年|今年|全年|当年|年度|(?:19|20)\d\d年(?!底|末|以来)/g;

export function periodAt(before: string): 'year' | 'cumulative' {
  const last = (re: RegExp) => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index + m[0].length));
  return last(CUMULATIVE) > last(YEAR) ? 'cumulative' : 'year';
}

/** Whether the words name a period at all. */
export const namesPeriod = (words: string): boolean => new RegExp(`${CUMULATIVE.source}|${YEAR.source}`).test(words);
