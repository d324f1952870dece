// What both Fujian tables (2008–2013 and 2014–2018) share: their key figures (their totals carry the same
// ids) and the relation between their two value columns.

import { tile, type HeadlineDef } from './definition.ts';


export const FUJIAN_HEADLINE: HeadlineDef[] = [
  tile('proactive', ['主动公开@0'], '主动公开', 'Disclosed proactively'),
  tile('received', ['受理申请@0'], '受理申请', 'Requests received'),
  tile('answered', ['答复@0'], '答复', 'Requests answered'),
];

/** 历年累计 counts every year up to this one, this year's 年度 figure included. */
export const YEAR_WITHIN_CUMULATIVE = {
  zh: '历年累计包含本年度的数字，不会小于本年度',
  en: 'the cumulative figure includes this year’s, so it cannot be smaller',
};
