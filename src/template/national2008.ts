// The national appendix 政府信息公开工作情况统计表 used from 2008 to 2018 (both seeds). Its relations
// follow the table's meaning, which its own note (「各子栏目数总数要等于总栏目数量」) states too broadly:
// 一 is not （一）+（二） because （二） counts an item once per channel, and 其中 rows are parts of the row
// above them, not siblings of it.

import { section, tile, type HeadlineDef, type IndicatorDef, type TemplateDef } from './definition.ts';
import { lexicon2008 } from './lexicon2008.ts';

const PLACES: Array<[string, string, string]> = [
  ['(一)', '市政府及其部门', 'City government and its departments'],
  ['(二)', '县（市、区）政府及其部门', 'County (city, district) governments and departments'],
  ['(三)', '乡镇政府（街道办事处）', 'Township governments (sub-district offices)'],
];


/** The rows with the short words prose names them by (`IndicatorDef.named`). */
const withNamed = (rows: IndicatorDef[], named: Record<string, string[]>): IndicatorDef[] => rows.map((d) => (named[d.id] ? { ...d, named: named[d.id] } : d));

const HEADLINE: HeadlineDef[] = [
  tile('received', ['三(一)@0'], '收到申请数', 'Requests received'),
  tile('concluded', ['三(二)@0'], '申请办结数', 'Requests concluded'),
  tile('answered', ['三(三)@0'], '申请答复数', 'Requests answered'),
  tile('reconsideration', ['四@0'], '行政复议', 'Reconsiderations'),
  tile('lawsuits', ['五@0'], '行政诉讼', 'Lawsuits'),
  tile('proactive', ['一(一)@0'], '主动公开信息数', 'Items disclosed proactively'),
];

export const national2008: TemplateDef = {
  id: 'national-2008',
  name: { zh: '2008–2018 年统计表（全国通用附表）', en: '2008–2018 statistics appendix (national)' },
  family: 'statistics',
  headline: HEADLINE,
  shareBudget: 2000,
  indicators: withNamed([
    ...section('一', '主动公开情况', 'Proactive disclosure', [
      ['(一)', '主动公开政府信息数（不同渠道和方式公开相同信息计1条）', 'Items disclosed proactively (each item once)'],
      ['(一)其中1', '主动公开规范性文件数', 'of which: normative documents disclosed'],
      ['(一)其中2', '制发规范性文件总数', 'of which: normative documents issued'],
      ['(二)', '通过不同渠道和方式公开政府信息的情况', 'Disclosures by channel (once per channel)'],
      ['(二)1', '政府公报公开政府信息数', 'via the government gazette'],
      ['(二)2', '政府网站公开政府信息数', 'via government websites'],
      ['(二)3', '政府微博公开政府信息数', 'via government microblogs', ['政务微博公开政府信息数']],
      ['(二)4', '政务微信公开政府信息数', 'via government WeChat', ['政府微信公开政府信息数']],
      ['(二)5', '其他方式公开政府信息数', 'via other means'],
    ]),
    ...section('二', '回应解读情况（不同方式回应同一热点或舆情计1次）', 'Responses and interpretation', [
      ['(一)', '回应公众关注热点或重大舆情数', 'Public concerns responded to'],
      ['(二)', '通过不同渠道和方式回应解读的情况', 'Responses by channel'],
      ['(二)1', '参加或举办新闻发布会总次数', 'Press conferences held or attended'],
      ['(二)1其中', '主要负责同志参加新闻发布会次数', 'of which: attended by principal officials'],
      ['(二)2', '政府网站在线访谈次数', 'Online interviews on government websites'],
      ['(二)2其中', '主要负责同志参加政府网站在线访谈次数', 'of which: with principal officials'],
      ['(二)3', '政策解读稿件发布数', 'Policy interpretation articles'],
      ['(二)4', '微博微信回应事件数', 'Events responded to on microblog/WeChat'],
      ['(二)5', '其他方式回应事件数', 'Events responded to by other means'],
    ]),
    ...section('三', '依申请公开情况', 'Disclosure on request', [
      ['(一)', '收到申请数', 'Requests received'],
      ['(一)1', '当面申请数', 'in person'],
      ['(一)2', '传真申请数', 'by fax'],
      ['(一)3', '网络申请数', 'online'],
      ['(一)4', '信函申请数', 'by letter'],
      ['(一)5', '其他形式', 'other forms', ['其他形式申请数']],
      ['(二)', '申请办结数', 'Requests concluded'],
      ['(二)1', '按时办结数', 'on time'],
      ['(二)2', '延期办结数', 'with extension'],
      ['(三)', '申请答复数', 'Requests answered'],
      ['(三)1', '属于已主动公开范围数', 'already disclosed proactively'],
      ['(三)2', '同意公开答复数', 'disclosure granted'],
      ['(三)3', '同意部分公开答复数', 'partly granted'],
      ['(三)4', '不同意公开答复数', 'refused'],
      ['(三)4其中1', '涉及国家秘密', 'of which: state secrets'],
      ['(三)4其中2', '涉及商业秘密', 'of which: commercial secrets'],
      ['(三)4其中3', '涉及个人隐私', 'of which: personal privacy'],
      ['(三)4其中4', '危及国家安全、公共安全、经济安全和社会稳定', 'of which: endangers security or stability'],
      ['(三)4其中5', '不是《条例》所指政府信息', 'of which: not government information'],
      ['(三)4其中6', '法律法规规定的其他情形', 'of which: other statutory grounds'],
      ['(三)5', '不属于本行政机关公开数', 'not held by this body'],
      ['(三)6', '申请信息不存在数', 'information does not exist'],
      ['(三)7', '告知作出更改补充数', 'asked to amend the request'],
      ['(三)8', '告知通过其他途径办理数', 'referred to other channels'],
    ]),
    ...section('四', '行政复议数量', 'Administrative reconsiderations', [
      ['(一)', '维持具体行政行为数', 'upheld'],
      ['(二)', '被依法纠错数', 'corrected'],
      ['(三)', '其他情形数', 'other outcomes'],
    ]),
    ...section('五', '行政诉讼数量', 'Administrative lawsuits', [
      ['(一)', '维持具体行政行为或者驳回原告诉讼请求数', 'upheld or claim dismissed', ['维持具体行政行为或驳回原告诉讼请求数']],
      ['(二)', '被依法纠错数', 'corrected'],
      ['(三)', '其他情形数', 'other outcomes'],
    ]),
    ...section('六', '被举报投诉数量', 'Complaints and reports', [
      ['(一)', '维持具体行政行为数', 'upheld'],
      ['(二)', '被纠错数', 'corrected', ['被依法纠错数']],
      ['(三)', '其他情形数', 'other outcomes'],
    ]),
    ...section('七', '向图书馆、档案馆等查阅场所报送信息数', 'Items sent to libraries and archives', [
      ['(一)', '纸质文件数', 'paper documents'],
      ['(二)', '电子文件数', 'electronic documents'],
    ]),
    ...section('八', '开通政府信息公开网站（或设立门户网站信息公开专栏）数', 'Disclosure websites (or portal columns)', [
      ['(一)', '市政府及其部门门户网站', 'of the city government and its departments'],
      ['(二)', '县（市、区）政府门户网站', 'of county (city, district) governments'],
      ['(三)', '乡镇政府（街道办事处）门户网站', 'of township governments (sub-district offices)'],
    ]),
    ...section('九', '市政府公报发行量', 'Government gazette circulation', [
      ['(一)', '公报发行期数', 'issues published'],
      ['(二)', '公报发行总份数', 'copies distributed'],
    ], ['政府公报发行量']),
    ...section('十', '设置政府信息查阅点数', 'Reading points for government information', PLACES, ['设置政府信息公开查阅点数']),
    ...section('十一', '查阅点接待人数', 'Visitors received at reading points', PLACES),
    ...section('十二', '机构建设和保障经费情况', 'Staffing and funding', [
      ['(一)', '政府信息公开工作专门机构数', 'Dedicated disclosure offices'],
      ['(二)', '设置政府信息公开查阅点数', 'Reading points for government information'],
      ['(三)', '从事政府信息公开工作人员数', 'Staff working on disclosure'],
      ['(三)1', '专职人员数（不包括政府公报及政府网站工作人员数）', 'full-time'],
      ['(三)2', '兼职人员数', 'part-time'],
      ['(四)', '政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', 'Dedicated disclosure budget (10,000 yuan)'],
    ]),
    ...section('十三', '政府信息公开会议和培训情况', 'Meetings and training', [
      ['(一)', '召开政府信息公开工作会议或专题会议数', 'Meetings held'],
      ['(二)', '举办各类培训班数', 'Training courses held'],
      ['(三)', '接受培训人员数', 'People trained'],
    ]),
  ], {
    // The 其中 rows of principal officials: prose names them by the officials alone (「其中主要负责同志出席5场」),
    // under a count of press conferences or of online interviews, whose 其中 row it then is.
    '二(二)1其中': ['主要负责同志', '主要负责人', '主要领导'],
    '二(二)2其中': ['主要负责同志', '主要负责人', '主要领导'],
  }),
  relations: [
    { kind: 'sum', parent: '一(二)', parts: ['一(二)1', '一(二)2', '一(二)3', '一(二)4', '一(二)5'] },
    {
      kind: 'sum',
      parent: '二',
      parts: ['二(一)', '二(二)'],
      severity: 'warning',
      note: '表注「各子栏目数总数要等于总栏目数量」',
    },
    {
      kind: 'sum',
      parent: '二(二)',
      parts: ['二(二)1', '二(二)2', '二(二)3', '二(二)4', '二(二)5'],
      ofWhich: ['二(二)1其中', '二(二)2其中'],
    },
    { kind: 'same', first: '三', second: '三(一)', severity: 'warning' },
    { kind: 'sum', parent: '三(一)', parts: ['三(一)1', '三(一)2', '三(一)3', '三(一)4', '三(一)5'] },
    { kind: 'sum', parent: '三(二)', parts: ['三(二)1', '三(二)2'] },
    {
      kind: 'sum',
      parent: '三(三)',
      parts: ['三(三)1', '三(三)2', '三(三)3', '三(三)4', '三(三)5', '三(三)6', '三(三)7', '三(三)8'],
      ofWhich: ['三(三)4其中1', '三(三)4其中2', '三(三)4其中3', '三(三)4其中4', '三(三)4其中5', '三(三)4其中6'],
    },
    {
      kind: 'sum',
      parent: '三(三)4',
      parts: ['三(三)4其中1', '三(三)4其中2', '三(三)4其中3', '三(三)4其中4', '三(三)4其中5', '三(三)4其中6'],
    },
    { kind: 'sum', parent: '四', parts: ['四(一)', '四(二)', '四(三)'] },
    { kind: 'sum', parent: '五', parts: ['五(一)', '五(二)', '五(三)'] },
    { kind: 'sum', parent: '六', parts: ['六(一)', '六(二)', '六(三)'] },
    { kind: 'sum', parent: '七', parts: ['七(一)', '七(二)'] },
    { kind: 'sum', parent: '八', parts: ['八(一)', '八(二)', '八(三)'] },
    { kind: 'sum', parent: '十', parts: ['十(一)', '十(二)', '十(三)'] },
    { kind: 'sum', parent: '十一', parts: ['十一(一)', '十一(二)', '十一(三)'] },
    { kind: 'sum', parent: '十二(三)', parts: ['十二(三)1', '十二(三)2'] },
    { kind: 'same', first: '十', second: '十二(二)' },
  ],
  lexicon: lexicon2008,
};
