// The Fujian provincial table used by 平潭 from 2014 to 2018: the 2008 table with 文件 instead of 信息,
// requests by three channels instead of six, a fourth kind of answer (其他类型), and rows for fees waived
// (元) and for lawsuits and complaints received. Ids follow fujian2008.ts: a total row is named by what
// it counts, its 其中 rows by that name and their printed number.
//
// Every identity holds per column: 年度 and 历年累计 are summed separately, never against each other.

import { section, type TemplateDef } from './definition.ts';
import { fujianLexicon } from './lexiconFujian.ts';
import { FUJIAN_HEADLINE, YEAR_WITHIN_CUMULATIVE } from './fujianShared.ts';

export const fujian2014: TemplateDef = {
  id: 'fujian-2014',
  name: { zh: '福建省 2014–2018 年统计表（年度 / 历年累计）', en: 'Fujian 2014–2018 statistics table (year / cumulative)' },
  family: 'statistics',
  headline: FUJIAN_HEADLINE,
  shareBudget: 2000,
  indicators: [
    ...section('主动公开', '主动公开文件数', 'Documents disclosed proactively', [
      ['1', '政府网站公开数', 'via government websites'],
      ['2', '政府公报公开数', 'via the government gazette'],
    ]),
    ...section('受理申请', '受理依申请公开信息总数', 'Requests received', [
      ['1', '当面申请数', 'in person'],
      ['2', '网上申请数', 'online'],
      ['3', '信函、传真申请数', 'by letter or fax'],
    ]),
    ...section('答复', '对申请的答复总数', 'Requests answered', [
      ['1', '同意公开答复数', 'disclosure granted'],
      ['2', '同意部分公开答复数', 'partly granted'],
      ['3', '不予公开答复数', 'refused'],
      ['4', '其他类型答复数', 'other answers', ['其它类型答复数']],
    ]),
    ...section('收费减免', '政府信息公开收费减免金额', 'Disclosure fees waived (yuan)', []),
    ...section('诉讼举报', '接受行政诉讼、举报数', 'Lawsuits and complaints received', []),
    ...section('行政复议', '行政复议数', 'Administrative reconsiderations', []),
    ...section('行政诉讼', '行政诉讼数', 'Administrative lawsuits', []),
  ],
  // 历年累计 runs on from last year's report: this year's cumulative = last year's + this year's.
  lexicon: fujianLexicon([['受理申请1', /当面/], ['受理申请2', /网上|网络|在线/], ['受理申请3', /信函|传真/]], '答复4', { fees: true }),
  crossYear: [{ kind: 'cumulative', year: 0, total: 1 }],
  relations: [
    { kind: 'columnAtMost', small: 0, large: 1, note: YEAR_WITHIN_CUMULATIVE },
    { kind: 'sum', parent: '主动公开', parts: ['主动公开1', '主动公开2'] },
    { kind: 'sum', parent: '受理申请', parts: ['受理申请1', '受理申请2', '受理申请3'] },
    { kind: 'sum', parent: '答复', parts: ['答复1', '答复2', '答复3', '答复4'] },
  ],
};
