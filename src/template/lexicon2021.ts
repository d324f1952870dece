// How narratives of the 2019/2021-format reports name their tables' figures. The prose restates the
// totals (table 三's 总计 column, table 四's 总计 in each group); 行政诉讼 is usually the two lawsuit groups
// added together. Each outcome of table 三 has its own row: 同意公开 is 予以公开, not the 总计 of outcomes.
// Share links refer to entries by their index, so new entries go at the end.

import type { LexiconEntry } from './definition.ts';

const HISTORY = /累计|以来|历年/;
const OUTCOME = /维持|纠正|纠错|撤销|驳回|其他|尚未|审结|确认违法|责令/;
/** Words of a single outcome of table 三, which a total of outcomes never carries. */
const ONE_OUTCOME = /予以公开|同意公开|部分公开|不予公开|不同意公开|无法提供|不予处理|其他处理|不掌握|不存在|不明确|另行制作|已主动公开|主动公开范围/;
/** 行政复议 and 行政诉讼 named together count cases of both tables' groups: no one cell holds them. */
const BOTH_CASES = /复议.{0,6}诉讼|诉讼.{0,6}复议/;
/** A reason for 无法提供 named on its own, not as the first of several (「不掌握等原因」 names the group). */
const ONE_REASON = /^(?!.*等).*(不掌握|不存在|另行制作|没有现成|不明确)/;

/**
 * A way of applying or of answering (「通过门户网站在线申请平台提交的申请31件」, 「通过电子邮件答复的38件」):
 * a part of the new requests or of the answers, which the 2019/2021 tables do not divide by. Ways listed together (「通过邮寄、网络提交的申请共计81件」) are all of
 * them: the whole.
 */
const CHANNEL = /(?<![、和及与])(?:网上|信函|当面|传真|在线|平台|邮寄|电子邮件|邮箱|窗口|现场)(?![、和及与])|通过[^，。；、]{0,12}(?:网站|系统|热线)/;

/** The opening of a bracket that says what a total includes (「（含上年结转6件）」, 「（其中上年结转7件）」). */
const INCLUDES = '[（(](其中|含|包括|包含)';

// 「38件申请来自自然人」, 「4件由企业提出」: the applicant named after the number (the words after it are read).
const APPLICATION_WORDS = /(收到|受理|接收|新收|接到|提出|提交).*申请|申请.*(收到|受理)|申请(总数|总量|总件数)|依申请公开$|新收|(自然人|公民|法人|企业|组织|机构)(提出|提交)?的?申请$|申请来自|由(自然人|公民|个人|法人|企业|公司|[^，。；]{0,6}(组织|机构))(提出|提交)$/;

export const lexicon2021: LexiconEntry[] = [
  {
    indicators: ['三.一'],
    units: ['件', '条'],
    column: 6,
    subject: APPLICATION_WORDS,
    exclude: new RegExp(`办结|答复|结转|上年|复议|诉讼|案件|[市区县]政府办|受理(?!.*新收)|${CHANNEL.source}`),
  },
  // 「（含上年度结转）」 inside the words of a total says what the total includes, not that it is the carry-over.
  { indicators: ['三.二'], units: ['件', '条'], column: 6, subject: /(上一?年度?|去年|\d{4}年度?)结转|结转的?$/, exclude: new RegExp(`下一?年|${INCLUDES}[^）)]*结转[^）)]*[）)]`) },
  {
    indicators: ['三.三(七)'],
    units: ['件', '条'],
    column: 6,
    subject: /办结|答复|办理/,
    exclude: new RegExp(`${CHANNEL.source}|(在|处于)答复期限?内|(正在|仍在|尚在)办理|未办结|未结|按时|按期|延期|率|结转|下一?年|复议|诉讼|案件|需|应|行政许可|行政处罚|行政强制|(许可|处罚|强制|审批|服务)事项|${OUTCOME.source}|${ONE_OUTCOME.source}`),
  },
  // Requests still within their answer period, or still being handled, at the year's end are those carried
  // over to the next year.
  { indicators: ['三.四'], units: ['件', '条'], column: 6, subject: /结转下一?年|顺延到下年|转入下一?年|下一?年度|转下一?年|结转(至|到)(\d{4}年)?|(在|处于)答复期限?内|(正在|仍在|尚在)办理/ },
  { indicators: ['四.复议'], units: ['件', '起'], column: 4, subject: /行政复议/, exclude: new RegExp(`${OUTCOME.source}|${HISTORY.source}|${BOTH_CASES.source}`) },
  {
    indicators: ['四.诉讼直接', '四.诉讼复议后'],
    units: ['件', '起'],
    column: 4,
    sum: true,
    subject: /行政诉讼/,
    exclude: new RegExp(`${OUTCOME.source}|${HISTORY.source}|${BOTH_CASES.source}`),
  },
  { indicators: ['二(一).规章'], units: ['件', '部'], subject: /规章/, exclude: /规范性文件|累计/ },
  // 受理 in many reports counts the requests carried over from last year with the new ones.
  {
    indicators: ['三.一'],
    units: ['件', '条'],
    column: 6,
    subject: /受理(?!.*新收)/,
    exclude: new RegExp(`办结|答复|结转|上年|复议|诉讼|案件|[市区县]政府办|${CHANNEL.source}`),
    orSum: ['三.一', '三.二'],
  },
  { indicators: ['三.三(一)'], units: ['件', '条'], column: 6, subject: /予以公开|同意公开|准予公开/, exclude: /部分|不同意|不予/ },
  { indicators: ['三.三(二)'], units: ['件', '条'], column: 6, subject: /部分公开/, exclude: /((予以|同意|准予)(全部)?|全部)公开[（(]?(及|和|与|、|或|含)|不予/ },
  {
    indicators: ['三.三(一)', '三.三(二)'],
    units: ['件', '条'],
    column: 6,
    sum: true,
    // 「全部公开及部分公开」: said beside 部分公开, 全部公开 is 予以公开.
    subject: /((予以|同意|准予)(全部)?|全部)公开[（(]?(及|和|与|、|或|含)部分公开/,
    reading: { zh: '「予以公开及部分公开」读作（一）+（二）', en: '“予以公开及部分公开” read as (一) + (二)' },
  },
  { indicators: ['三.三(三)'], units: ['件', '条'], column: 6, subject: /不予公开|不同意公开/ },
  {
    indicators: ['三.三(四)'],
    units: ['件', '条'],
    column: 6,
    subject: /无法提供/,
    exclude: ONE_REASON,
    reading: { zh: '「无法提供」（未单列原因或称「等」）读作整组（四）', en: '“无法提供” (no single reason, or “等”) read as the whole group (四)' },
  },
  { indicators: ['三.三(四)1'], units: ['件', '条'], column: 6, subject: /不掌握|信息不存在/, exclude: /等/ },
  { indicators: ['三.三(四)2'], units: ['件', '条'], column: 6, subject: /另行制作|没有现成/, exclude: /等/ },
  { indicators: ['三.三(四)3'], units: ['件', '条'], column: 6, subject: /内容(仍)?不明确/, exclude: /等/ },
  { indicators: ['三.三(五)'], units: ['件', '条'], column: 6, subject: /不予处理/ },
  { indicators: ['三.三(六)'], units: ['件', '条'], column: 6, subject: /其他处理/ },
  { indicators: ['二(五).行政许可'], units: ['件', '项'], subject: /行政许可/, context: /决定|作出|办理|实施/, weak: true },
  { indicators: ['二(六).行政处罚'], units: ['件', '项'], subject: /行政处罚/, context: /决定|作出|办理|实施/, weak: true },
  { indicators: ['二(六).行政强制'], units: ['件', '项'], subject: /行政强制/, context: /决定|作出|办理|实施/, weak: true },
  // A total of requests the words say includes last year's carried over (「收到并处理…申请（含上年度结转）76件」).
  {
    indicators: ['三.一'],
    units: ['件', '条'],
    column: 6,
    subject: new RegExp(`(收到|受理|处理|办理|接收).*申请[^，。；]*${INCLUDES}(上一?年度?|去年|\\d{4}年度?)?结转[^）)]*[）)]$`),
    exclude: new RegExp(`复议|诉讼|案件|${CHANNEL.source}`),
    orSum: ['三.一', '三.二'],
  },
];
