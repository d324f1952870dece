// The Fujian provincial table used by 平潭 from 2008 to 2013: 指标名称 | 计量单位 | 年度 | 历年累计. It is a
// template of its own, not a cut-down national appendix, so its rows carry ids in its own words: a total
// row is named by what it counts (主动公开, 受理申请, 答复) and its 其中 rows by that name and their printed
// number (主动公开1 is 「1.网站公开」). Rows without parts (行政复议 …) are sections of their own.
//
// Every identity holds per column: 年度 and 历年累计 are summed separately, never against each other.

import { section, type TemplateDef } from './definition.ts';
import { fujianLexicon } from './lexiconFujian.ts';
import { FUJIAN_HEADLINE, YEAR_WITHIN_CUMULATIVE } from './fujianShared.ts';

export const fujian2008: TemplateDef = {
  id: 'fujian-2008',
  name: { zh: '福建省 2008–2013 年统计表（年度 / 历年累计）', en: 'Fujian 2008–2013 statistics table (year / cumulative)' },
  family: 'statistics',
  headline: FUJIAN_HEADLINE,
  shareBudget: 2000,
  indicators: [
    ...section('主动公开', '主动公开信息数', 'Items disclosed proactively', [
      ['1', '网站公开', 'via websites', ['网站公开数']],
      ['2', '政府公报公开', 'via the government gazette', ['政府公报公开数']],
    ]),
    ...section('受理申请', '受理依申请公开信息总数', 'Requests received', [
      ['1', '当面申请数', 'in person'],
      ['2', '传真申请数', 'by fax'],
      ['3', '电子邮件申请数', 'by e-mail'],
      ['4', '网上申请数', 'online'],
      ['5', '信函申请数', 'by letter'],
      ['6', '其它形式申请数', 'other forms', ['其他形式申请数']],
    ]),
    ...section('答复', '对申请的答复数', 'Requests answered', [
      ['1', '同意公开答复数', 'disclosure granted'],
      ['2', '同意部分公开答复数', 'partly granted'],
      ['3', '否决公开答复数', 'refused'],
    ]),
    ...section('行政复议', '行政复议数', 'Administrative reconsiderations', []),
    ...section('行政诉讼', '行政诉讼数', 'Administrative lawsuits', []),
    ...section('行政申诉', '行政申诉数', 'Administrative appeals', []),
  ],
  // 历年累计 runs on from last year's report: this year's cumulative = last year's + this year's.
  lexicon: fujianLexicon([['受理申请1', /当面/], ['受理申请2', /传真/], ['受理申请3', /电子邮件|邮件/], ['受理申请4', /网上|网络|在线/], ['受理申请5', /信函/], ['受理申请6', /其[他它]形式/]], undefined, { appeals: true }),
  crossYear: [{ kind: 'cumulative', year: 0, total: 1 }],
  relations: [
    { kind: 'columnAtMost', small: 0, large: 1, note: YEAR_WITHIN_CUMULATIVE },
    // The table lists two channels and counts an item under the channel it went out by, so the total is
    // their sum (as TEMPLATES.md records for both Fujian variants).
    { kind: 'sum', parent: '主动公开', parts: ['主动公开1', '主动公开2'] },
    { kind: 'sum', parent: '受理申请', parts: ['受理申请1', '受理申请2', '受理申请3', '受理申请4', '受理申请5', '受理申请6'] },
    { kind: 'sum', parent: '答复', parts: ['答复1', '答复2', '答复3'] },
  ],
};
