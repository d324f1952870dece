// How narratives of the 2019/2021-format reports name their tables' figures. The prose restates the
// totals (table 三's 总计 column, table 四's 总计 in each group); 行政诉讼 is usually the two lawsuit groups
// added together.

import type { LexiconEntry } from './definition.ts';

const HISTORY = /累计|以来|历年/;
const OUTCOME = /维持|纠正|纠错|撤销|驳回|其他|尚未|审结|确认违法|责令/;

export const lexicon2021: LexiconEntry[] = [
  { indicators: ['三.一'], units: ['件', '条'], column: 6, subject: /(收到|受理|接收|新收).*申请|申请.*(收到|受理)|依申请公开$/, exclude: /办结|答复|结转|上年|复议|诉讼|[市区县]政府办|网上|信函|当面/ },
  { indicators: ['三.二'], units: ['件', '条'], column: 6, subject: /上年(度)?结转/ },
  { indicators: ['三.三(七)'], units: ['件', '条'], column: 6, subject: /办结|答复|办理/, exclude: /按时|延期|率|结转|下年|复议|诉讼/ },
  { indicators: ['三.四'], units: ['件', '条'], column: 6, subject: /结转下一?年|顺延到下年|转入下年|下年度/ },
  { indicators: ['四.复议'], units: ['件', '起'], column: 4, subject: /行政复议/, exclude: new RegExp(`${OUTCOME.source}|${HISTORY.source}`) },
  { indicators: ['四.诉讼直接', '四.诉讼复议后'], units: ['件', '起'], column: 4, sum: true, subject: /行政诉讼/, exclude: new RegExp(`${OUTCOME.source}|${HISTORY.source}`) },
  { indicators: ['二(一).规章'], units: ['件', '部'], subject: /规章/, exclude: /废止|现行|有效|累计/ },
];
