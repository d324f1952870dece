// How narratives of the Fujian reports (平潭 2008–2018) name the table's indicators. The table has a column
// for the year (0) and one for 历年累计 (1): a figure the prose calls cumulative (累计, 以来, 历年) restates
// column 1, any other column 0. Share links refer to entries by their index, so new entries go at the end.

import type { LexiconEntry } from './definition.ts';

/**
 * 主动公开 followed by a kind of information (政策性文件, 政府采购项目信息, 征地信息) is a category of it, not the
 * total: the total is said with 政府信息, 信息 or 文件 (or nothing) right after the verb.
 */
export const CATEGORY_OF_DISCLOSURE = /主动公开(?:了|的)?(?!(?:各类|各项)?(?:政府)?(?:信息|文件)|[数共计达为合各了的]|$)[\u4e00-\u9fff]/;
const REVIEW_OUTCOME = /维持|纠正|纠错|撤销|驳回|责令|重新答复|其他|其它|尚未|审结/;
/** A sub-total of one level or one office, not the whole table: 县直, 各乡镇, 公开办. */
const PART_OF_BODY = /县直|区直|市直|乡镇|街道|部门|单位|公开办|办公室/;

/**
 * Two entries for one row: the year's figure (column 0) and the cumulative one (column 1), told apart by
 * the last word of time before the claim (「从历年累计看，共受理申请196条」 is cumulative; 「截至年底累计…15826条，
 * 本年度新增…3204条」 has both).
 */
function yearAndCumulative(indicator: string, units: string[], subject: RegExp, exclude: RegExp, context?: RegExp): LexiconEntry[] {
  const within = context ? { context } : {};
  return [
    { indicators: [indicator], units, column: 0, subject, exclude, period: 'year', ...within },
    { indicators: [indicator], units, column: 1, subject, exclude, period: 'cumulative', ...within },
  ];
}

/** Answers and ways of applying are only spoken of where the sentence is about requests. */
const ABOUT_REQUESTS = /申请|答复/;
/** 不予公开 of information made or obtained (政府信息总数…不予公开1854条) is not an answer to a request. */
const ABOUT_ANSWERS = /答复|申请的?(处理|办理)|(受理|收到|接到|接收)[^。；]{0,12}申请/;

/** The lexicon of a Fujian template; `channels` are its 受理申请 rows by the words that name them. */
export function fujianLexicon(
  channels: Array<[indicator: string, words: RegExp]>,
  otherAnswers?: string,
  /** Rows only one of the two tables has: 行政申诉 (2008–13); 收费减免 and 诉讼举报 (2014–18). */
  rows: { appeals?: boolean; fees?: boolean } = {},
): LexiconEntry[] {
  return [
    // A category of what was disclosed (「其他应主动公开的信息」, 「…类信息」) is not the total.
    // 「在管委会网站主动公开的425条政府信息中」 may be the total or the website's count: both entries match it,
    // and a claim two entries match stays unlinked.
    ...yearAndCumulative('主动公开', ['条', '件'], /主动公开/, new RegExp(`依申请|不予公开|公报|规范性文件|其[他它]|类|${PART_OF_BODY.source}|${CATEGORY_OF_DISCLOSURE.source}`)),
    ...yearAndCumulative('受理申请', ['件', '条'], /(收到|受理|接收|接到).*申请|申请.*(收到|受理)|申请(总数|总量|总件数)|受理(总数|总量|总件数)/, /答复|办结|复议|诉讼|当面|传真|网上|网络|信函|电子邮件|邮件|其[他它]形式/),
    // 「维持原答复」, 「责令重新答复」 are outcomes of a review, not answers to requests.
    ...yearAndCumulative('答复', ['件', '条'], /答复|办结/, /同意|部分|不予|否决|其[他它]|按时|延期|率|复议|诉讼|维持|原答复|重新答复|责令/),
    ...yearAndCumulative('答复1', ['件', '条'], /同意公开|予以公开/, /部分|不同意/, ABOUT_ANSWERS),
    ...yearAndCumulative('答复2', ['件', '条'], /部分公开/, /不予|(同意|予以)(全部)?公开(和|及|与|、|或)/, ABOUT_ANSWERS),
    ...yearAndCumulative('答复3', ['件', '条'], /不予公开|否决公开|不同意公开|免于公开/, /(?!)/, ABOUT_ANSWERS),
    ...(otherAnswers ? yearAndCumulative(otherAnswers, ['件', '条'], /其[他它]类型答复/, /(?!)/) : []),
    ...yearAndCumulative('行政复议', ['件', '起'], /行政复议/, new RegExp(`诉讼|${REVIEW_OUTCOME.source}`)),
    ...yearAndCumulative('行政诉讼', ['件', '起'], /行政诉讼/, new RegExp(`复议|举报|${REVIEW_OUTCOME.source}`)),
    ...channels.flatMap(([indicator, words]) => yearAndCumulative(indicator, ['件', '条'], words, /(?!)/, ABOUT_REQUESTS)),
    // Entries below were added with the labelled narrative corpus; share links refer to entries by index.
    ...yearAndCumulative('主动公开1', ['条', '件'], /网站公开|网站.*(主动)?公开|网上公开/, new RegExp(`申请|公报|${PART_OF_BODY.source}`)),
    ...yearAndCumulative('主动公开2', ['条', '件'], /公报公开|公报.*(刊登|公开)/, new RegExp(`申请|网站|${PART_OF_BODY.source}`)),
    ...yearAndCumulative('答复1', ['件', '条'], /(同意|予以)(全部)?公开(和|及|与|、|或)(同意)?部分公开/, /(?!)/, ABOUT_ANSWERS).map((e) => ({
      ...e,
      indicators: ['答复1', '答复2'],
      sum: true,
      reading: { zh: '「同意公开和部分公开」读作 答复1 + 答复2', en: '“同意公开和部分公开” read as 答复1 + 答复2' },
    })),
    ...(rows.appeals ? yearAndCumulative('行政申诉', ['件', '起'], /申诉/, /复议(?!.*申诉)|诉讼(?!.*申诉)/) : []),
    ...(rows.fees ? yearAndCumulative('收费减免', ['元', '万元'], /减免|免收|收费/, /(?!)/) : []),
    ...(rows.fees ? yearAndCumulative('诉讼举报', ['件', '起'], /举报/, /(?!)/) : []),
  ];
}
