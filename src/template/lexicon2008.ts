// How narratives of the 2008–2018 reports name the appendix's indicators. Data, not code: each entry's
// evidence (subject words, unit, surrounding sentence) is what a reader would use to link the two.

import type { LexiconEntry } from './definition.ts';

/** Cumulative and historical figures (「累计」, 「以来」) are not the year's table values. */
const HISTORY = /累计|以来|历年|总计公开/;

export const lexicon2008: LexiconEntry[] = [
  { indicators: ['三(一)', '三'], units: ['件'], subject: /收到|受理|接收|共有.*申请|依申请公开$/, exclude: /办结|答复|复议|诉讼|当面|传真|网络|信函|电子邮件|网上/ },
  { indicators: ['三(二)'], units: ['件'], subject: /办结/, exclude: /按时|延期|率/ },
  { indicators: ['一', '一(一)', '一(二)'], units: ['条'], subject: /主动公开.*信息|公开.*政府信息/, exclude: new RegExp(`${HISTORY.source}|规范性文件|其中|市级|县|部门`) },
  { indicators: ['四'], units: ['件'], subject: /行政复议/, exclude: /维持|纠错|纠正|撤销|驳回|其他/ },
  { indicators: ['五'], units: ['件'], subject: /行政诉讼/, exclude: /维持|纠错|纠正|撤销|驳回|其他/ },
  { indicators: ['九(一)'], units: ['期'], subject: /公报|出版|印发|编印/, context: /公报/, weak: true },
  { indicators: ['九(二)'], units: ['份'], subject: /发行|印发|印制|编印/, context: /公报/, weak: true },
  { indicators: ['二(二)1'], units: ['场', '次'], subject: /新闻发布会/, exclude: /主要负责|参加/ },
  { indicators: ['二(二)2'], units: ['期', '次'], subject: /在线访谈/, exclude: /主要负责/ },
  // 解读材料 are counted in 篇, and as often in 件 (聊城 2018: 「发布解读材料1181件」).
  { indicators: ['二(二)3'], units: ['篇', '件'], subject: /解读/ },
  { indicators: ['十', '十二(二)'], units: ['个', '处'], subject: /查阅点|查阅场所/, exclude: HISTORY },
  { indicators: ['十二(三)'], units: ['人', '名'], subject: /从事.*信息公开|工作人员/, exclude: /专职|兼职/, weak: true },
];
