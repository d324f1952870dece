// The tables every report since 2019 prints: 国办公开办函〔2019〕60号 (2019–2020) and 〔2021〕30号
// (2021 onward). Table 三 is the same in both but for row （六）: one row in 2019, a group of three in
// 2021. Row ids are the table's number and the row's own numbering (三.三(三)1 = table 三, row 三（三）1).

import { tile, type ColumnDef, type CrossYearRelation, type HeadlineDef, type IndicatorDef, type Relation, type TableDef, type TemplateDef } from './definition.ts';
import { lexicon2021 } from './lexicon2021.ts';

const count = (zh: string, en: string, words?: RegExp): ColumnDef => ({ zh, en, kind: 'count', ...(words ? { words } : {}) });

/**
 * The applicant columns of table 三, with the words prose uses for each. 「法人」 covers the four
 * organisation columns, so a number said of 法人 names several columns and stays unlinked.
 */
export const APPLICANTS: ColumnDef[] = [
  count('自然人', 'natural persons', /自然人|公民/),
  count('商业企业', 'businesses', /企业|法人/),
  count('科研机构', 'research institutions', /科研机构|法人/),
  count('社会公益组织', 'public-interest organisations', /公益组织|法人/),
  count('法律服务机构', 'legal service providers', /法律服务机构|律师事务所|法人/),
  count('其他', 'other organisations', /其他组织|其他申请人/),
  count('总计', 'total', /(?!)/),
];

const OUTCOMES: ColumnDef[] = [
  count('结果维持', 'upheld', /维持|驳回/),
  count('结果纠正', 'corrected', /纠正|纠错|撤销|确认违法|责令/),
  count('其他结果', 'other outcome', /其他|其它|终止/),
  count('尚未审结', 'pending', /尚未审结|未审结|审理中|正在审理|未结/),
  count('总计', 'total', /(?!)/),
];

const row = (table: string, section: string, id: string, label: string, en: string, extra: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id: `${table}.${id}`,
  label,
  en,
  section: `${table}.${section}`,
  table,
  ...extra,
});

/** Table 三's rows before （六）. */
const TABLE3_HEAD: IndicatorDef[] = [
  row('三', '一', '一', '本年新收政府信息公开申请数量', 'new requests this year'),
  row('三', '二', '二', '上年结转政府信息公开申请数量', 'carried over from last year'),
  row('三', '三', '三', '本年度办理结果', 'outcomes this year', { group: true }),
  row('三', '三', '三(一)', '予以公开', 'disclosed'),
  row('三', '三', '三(二)', '部分公开（区分处理的，只计这一情形，不计其他情形）', 'partly disclosed'),
  row('三', '三', '三(三)', '不予公开', 'not disclosed', { group: true }),
  row('三', '三', '三(三)1', '属于国家秘密', 'state secret'),
  row('三', '三', '三(三)2', '其他法律行政法规禁止公开', 'barred by other laws', { aliases: ['其他法律行政止公开'], named: ['法律行政法规禁止', '法律法规禁止'] }),
  row('三', '三', '三(三)3', '危及“三安全一稳定”', 'endangers security or stability', { named: ['三安全一稳定'] }),
  row('三', '三', '三(三)4', '保护第三方合法权益', 'protects third parties', { named: ['第三方合法权益'] }),
  row('三', '三', '三(三)5', '属于三类内部事务信息', 'internal affairs', { named: ['内部事务'] }),
  row('三', '三', '三(三)6', '属于四类过程性信息', 'process information', { named: ['过程性'] }),
  row('三', '三', '三(三)7', '属于行政执法案卷', 'enforcement files', { named: ['执法案卷'] }),
  row('三', '三', '三(三)8', '属于行政查询事项', 'administrative enquiry', { named: ['行政查询'] }),
  row('三', '三', '三(四)', '无法提供', 'cannot be provided', { group: true }),
  row('三', '三', '三(四)1', '本机关不掌握相关政府信息', 'not held by this body', { named: ['不掌握', '信息不存在'] }),
  row('三', '三', '三(四)2', '没有现成信息需要另行制作', 'would have to be created', { named: ['另行制作', '没有现成'] }),
  row('三', '三', '三(四)3', '补正后申请内容仍不明确', 'still unclear after amendment', { named: ['不明确'] }),
  row('三', '三', '三(五)', '不予处理', 'not processed', { group: true }),
  row('三', '三', '三(五)1', '信访举报投诉类申请', 'petitions and complaints', { named: ['信访', '举报投诉'] }),
  row('三', '三', '三(五)2', '重复申请', 'repeated requests'),
  row('三', '三', '三(五)3', '要求提供公开出版物', 'published material', { named: ['公开出版物'] }),
  row('三', '三', '三(五)4', '无正当理由大量反复申请', 'mass repeated requests', { named: ['大量反复'] }),
  row('三', '三', '三(五)5', '要求行政机关确认或重新出具已获取信息', 'confirmation of information held', { named: ['重新出具'] }),
];

const TABLE3_TAIL: IndicatorDef[] = [
  row('三', '三', '三(七)', '总计', 'total outcomes'),
  row('三', '四', '四', '结转下年度继续办理', 'carried forward to next year'),
];

const RESULT_ROWS_BEFORE_SIX = [
  '三.三(一)', '三.三(二)',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `三.三(三)${n}`),
  ...[1, 2, 3].map((n) => `三.三(四)${n}`),
  ...[1, 2, 3, 4, 5].map((n) => `三.三(五)${n}`),
];

const TABLE2_2021: IndicatorDef[] = [
  row('二(一)', '二', '规章', '规章', 'regulations'),
  row('二(一)', '二', '规范性文件', '行政规范性文件', 'normative documents', { aliases: ['规范性文件'] }),
  row('二(五)', '二', '行政许可', '行政许可', 'administrative licences'),
  row('二(六)', '二', '行政处罚', '行政处罚', 'administrative penalties'),
  row('二(六)', '二', '行政强制', '行政强制', 'administrative coercion'),
  row('二(八)', '二', '行政事业性收费', '行政事业性收费', 'administrative fees (10,000 yuan)'),
];

const TABLE2_2019: IndicatorDef[] = [
  row('二(一)', '二', '规章', '规章', 'regulations'),
  row('二(一)', '二', '规范性文件', '规范性文件', 'normative documents', { aliases: ['行政规范性文件'] }),
  row('二(五)', '二', '行政许可', '行政许可', 'administrative licences'),
  row('二(五)', '二', '其他对外管理服务事项', '其他对外管理服务事项', 'other public services'),
  row('二(六)', '二', '行政处罚', '行政处罚', 'administrative penalties'),
  row('二(六)', '二', '行政强制', '行政强制', 'administrative coercion'),
  row('二(八)', '二', '行政事业性收费', '行政事业性收费', 'administrative fees'),
  row('二(九)', '二', '政府集中采购', '政府集中采购', 'central government procurement'),
];

const signed = (zh: string, en: string, words?: RegExp): ColumnDef => ({ zh, en, kind: 'signed', ...(words ? { words } : {}) });
const amount = (zh: string, en: string): ColumnDef => ({ zh, en, kind: 'amount' });

const TABLE3_AND_4: TableDef[] = [
  { id: '三', name: { zh: '三、收到和处理政府信息公开申请情况', en: 'III. Requests received and handled' }, columns: APPLICANTS, total: 6 },
  { id: '四', name: { zh: '四、政府信息公开行政复议、行政诉讼情况', en: 'IV. Reconsiderations and lawsuits' }, columns: OUTCOMES, total: 4 },
];

const TABLES_2021: TableDef[] = [
  { id: '二(一)', name: { zh: '第二十条第（一）项', en: 'Art. 20 (1)' }, columns: [count('本年制发件数', 'issued this year', /制发|印发|出台|制定/), count('本年废止件数', 'repealed this year', /废止|废除|宣布失效/), count('现行有效件数', 'in force', /现行有效/)] },
  { id: '二(五)', name: { zh: '第二十条第（五）项', en: 'Art. 20 (5)' }, columns: [count('本年处理决定数量', 'decisions this year')] },
  { id: '二(六)', name: { zh: '第二十条第（六）项', en: 'Art. 20 (6)' }, columns: [count('本年处理决定数量', 'decisions this year')] },
  { id: '二(八)', name: { zh: '第二十条第（八）项', en: 'Art. 20 (8)' }, columns: [amount('本年收费金额（万元）', 'fees this year (10,000 yuan)')] },
  ...TABLE3_AND_4,
];

const CHANGES = [count('上一年项目数量', 'items last year', /上一?年|上年/), signed('本年增/减', 'change this year', /增加|减少|增减|新增|净增|净减/), count('处理决定数量', 'decisions', /决定|处理/)];
const TABLES_2019: TableDef[] = [
  { id: '二(一)', name: { zh: '第二十条第（一）项', en: 'Art. 20 (1)' }, columns: [count('本年新制作数量', 'made this year', /制作|制发|印发|出台|制定/), count('本年新公开数量', 'disclosed this year', /(?<!对外)公开/), count('对外公开总数量', 'disclosed in total', /对外公开|累计公开/)] },
  { id: '二(五)', name: { zh: '第二十条第（五）项', en: 'Art. 20 (5)' }, columns: CHANGES },
  { id: '二(六)', name: { zh: '第二十条第（六）项', en: 'Art. 20 (6)' }, columns: CHANGES },
  { id: '二(八)', name: { zh: '第二十条第（八）项', en: 'Art. 20 (8)' }, columns: CHANGES.slice(0, 2) },
  { id: '二(九)', name: { zh: '第二十条第（九）项', en: 'Art. 20 (9)' }, columns: [count('采购项目数量', 'procurement items'), amount('采购总金额', 'procurement total')] },
  ...TABLE3_AND_4,
];

const TABLE4: IndicatorDef[] = [
  row('四', '复议', '复议', '行政复议', 'administrative reconsideration'),
  row('四', '诉讼', '诉讼直接', '未经复议直接起诉', 'lawsuits without reconsideration', { named: ['直接起诉'] }),
  row('四', '诉讼', '诉讼复议后', '复议后起诉', 'lawsuits after reconsideration'),
];

const TABLE4_RELATIONS: Relation[] = [{ kind: 'rowSum', table: '四', total: 4, parts: [0, 1, 2, 3] }];

const table3Relations = (resultRows: string[]): Relation[] => [
  {
    kind: 'balance',
    left: ['三.一', '三.二'],
    right: ['三.三(七)', '三.四'],
    note: { zh: '表三自身注明的勾稽关系：第一项加第二项之和，等于第三项加第四项之和', en: 'the rule table 三 states: items 一 + 二 = 三 + 四' },
  },
  { kind: 'sum', parent: '三.三(七)', parts: resultRows },
  { kind: 'rowSum', table: '三', total: 6, parts: [0, 1, 2, 3, 4, 5] },
];

const TABLE3_2021_SIX: IndicatorDef[] = [
  row('三', '三', '三(六)', '其他处理', 'otherwise handled', { group: true }),
  row('三', '三', '三(六)1', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'applicant did not amend in time', { named: ['不补正'] }),
  row('三', '三', '三(六)2', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'applicant did not pay the fee in time', { named: ['缴纳费用', '缴费', '收费通知', '信息处理费', '未缴纳'] }),
  row('三', '三', '三(六)3', '其他', 'other'),
];

/** Requests carried over into this year (二) are the ones last year's report carried forward (四), per column. */
const CARRY_OVER: CrossYearRelation[] = [{ kind: 'carry', later: '三.二', earlier: '三.四' }];


const HEADLINE: HeadlineDef[] = [
  tile('new', ['三.一@6'], '本年新收申请', 'New requests'),
  tile('carried', ['三.二@6'], '上年结转', 'Carried over'),
  tile('handled', ['三.三(七)@6'], '办理结果总计', 'Outcomes in total'),
  tile('disclosed', ['三.三(一)@6'], '予以公开', 'Disclosed'),
  tile('partly', ['三.三(二)@6'], '部分公开', 'Partly disclosed'),
  tile('forward', ['三.四@6'], '结转下年', 'Carried forward'),
  tile('reconsideration', ['四.复议@4'], '行政复议', 'Reconsiderations'),
  tile('lawsuits', ['四.诉讼直接@4', '四.诉讼复议后@4'], '行政诉讼', 'Lawsuits'),
];

export const gov2021: TemplateDef = {
  id: 'gov-2021',
  name: { zh: '2021 年起格式（国办公开办函〔2021〕30号）', en: '2021 format (国办公开办函〔2021〕30号)' },
  family: 'gov',
  headline: HEADLINE,
  shareBudget: 4000,
  tables: TABLES_2021,
  indicators: [...TABLE2_2021, ...TABLE3_HEAD, ...TABLE3_2021_SIX, ...TABLE3_TAIL, ...TABLE4],
  relations: [...table3Relations([...RESULT_ROWS_BEFORE_SIX, '三.三(六)1', '三.三(六)2', '三.三(六)3']), ...TABLE4_RELATIONS],
  crossYear: CARRY_OVER,
  lexicon: lexicon2021,
};

export const gov2019: TemplateDef = {
  id: 'gov-2019',
  name: { zh: '2019–2020 年格式（国办公开办函〔2019〕60号）', en: '2019–2020 format (国办公开办函〔2019〕60号)' },
  family: 'gov',
  headline: HEADLINE,
  shareBudget: 4000,
  tables: TABLES_2019,
  indicators: [
    ...TABLE2_2019,
    ...TABLE3_HEAD,
    row('三', '三', '三(六)', '其他处理', 'otherwise handled'),
    ...TABLE3_TAIL,
    ...TABLE4,
  ],
  relations: [...table3Relations([...RESULT_ROWS_BEFORE_SIX, '三.三(六)']), ...TABLE4_RELATIONS],
  crossYear: CARRY_OVER,
  lexicon: lexicon2021,
};

/**
 * Some reports in the 2021 format still print （六）其他处理 as one row, as the 2019 format did (淮安市洪泽区
 * 2023). Their table 三 is read with that one row in place of the group, and its total sums it.
 */
export const gov2021SingleSix: TemplateDef = {
  ...gov2021,
  indicators: gov2021.indicators
    .filter((d) => !/^三\.三\(六\)\d$/.test(d.id))
    .map((d) => (d.id === '三.三(六)' ? { ...d, group: false } : d)),
  relations: [...table3Relations([...RESULT_ROWS_BEFORE_SIX, '三.三(六)']), ...TABLE4_RELATIONS],
};
