// How narratives of the 2008–2018 reports name the appendix's indicators. Data, not code: each entry's
// evidence (subject words, unit, surrounding sentence) is what a reader would use to link the two.

import type { LexiconEntry } from './definition.ts';
import { CATEGORY_OF_DISCLOSURE } from './lexiconFujian.ts';

/** Cumulative and historical figures (「累计」, 「以来」) are not the year's table values. */
const HISTORY = /累计|以来|历年|总计公开/;

export const lexicon2008: LexiconEntry[] = [
  // A channel named alone is that channel's row; channels listed with 「等」 (「通过当面、传真、网络等方式收到」) are all of them.
  { indicators: ['三(一)', '三'], units: ['件'], subject: /收到|受理|接收|共有.*申请|依申请公开$|申请(总数|总量|总件数)/, exclude: /办结|答复|复议|诉讼|举报|投诉|(当面|传真|网络|信函|电子邮件|网上)(?!.*等)/ },
  { indicators: ['三(二)'], units: ['件'], subject: /办结/, exclude: /按时|延期|率/ },
  { indicators: ['一', '一(一)', '一(二)'], units: ['条'], subject: /主动公开.*信息|公开.*政府信息/, exclude: new RegExp(`${HISTORY.source}|规范性文件|其中|市级|县级|县直|区直|市直|乡镇|部门|申请|网站|公报|微博|微信|其他方式|其它方式|渠道|${CATEGORY_OF_DISCLOSURE.source}`) },
  { indicators: ['四'], units: ['件', '起'], subject: /行政复议/, exclude: /维持|纠错|纠正|撤销|驳回|其他/ },
  { indicators: ['五'], units: ['件', '起'], subject: /行政诉讼/, exclude: /维持|纠错|纠正|撤销|驳回|其他/ },
  { indicators: ['九(一)'], units: ['期'], subject: /公报|出版|印发|编印/, context: /公报/, weak: true },
  { indicators: ['九(二)'], units: ['份'], subject: /发行|印发|印制|编印/, context: /公报/, weak: true },
  // The row's own words are 「参加或举办新闻发布会」; staff or leaders attending one are not it.
  { indicators: ['二(二)1'], units: ['场', '次'], subject: /新闻发布会/, exclude: /主要负责|负责同志|领导|(?<!举办或)参加(?!或举办)/ },
  { indicators: ['二(二)2'], units: ['期', '次'], subject: /在线访谈/, exclude: /主要负责/ },
  // 解读材料 are counted in 篇, and as often in 件 (聊城 2018: 「发布解读材料1181件」).
  { indicators: ['二(二)3'], units: ['篇', '件'], subject: /解读/ },
  { indicators: ['十', '十二(二)'], units: ['个', '处'], subject: /查阅点|查阅场所/, exclude: HISTORY },
  // 「专兼职人员」 counts the full-time and the part-time staff together: the total, not 兼职.
  { indicators: ['十二(三)'], units: ['人', '名'], subject: /从事.*信息公开|工作人员|专兼职/, exclude: /^(?!.*专兼职).*(专职|兼职)/, weak: true },
  // Entries below were added with the labelled narrative corpus (test/fixtures/narrative/); share links
  // refer to entries by their index, so new ones go at the end.
  { indicators: ['三(三)'], units: ['件'], subject: /答复/, exclude: /同意|部分|不予|不同意|属于|告知|按时|延期|率|复议|诉讼|维持|原答复|重新答复|责令/, context: /申请/ },
  { indicators: ['三(三)1'], units: ['件'], subject: /已主动公开|主动公开范围/, context: /申请|答复/ },
  { indicators: ['三(三)2'], units: ['件'], subject: /(同意|予以)(全部)?公开/, exclude: /部分|不同意|(公开|部分)(和|及|与|、|或)/, context: /申请|答复|办结/ },
  { indicators: ['三(三)3'], units: ['件'], subject: /部分公开/, exclude: /(同意|予以)(全部)?公开(和|及|与|、|或)/, context: /申请|答复|办结/ },
  {
    indicators: ['三(三)2', '三(三)3'],
    units: ['件'],
    sum: true,
    subject: /(同意|予以)(全部)?公开(和|及|与|、|或)(同意)?部分公开/,
    reading: { zh: '「同意公开和部分公开」读作 三(三)2 + 三(三)3', en: '“同意公开和部分公开” read as 三(三)2 + 三(三)3' },
  },
  // 「不同意公开」 is said of answers only: it needs no other word of requests around it.
  { indicators: ['三(三)4'], units: ['件'], subject: /不同意公开|不予公开/, context: /申请|答复|办结|不同意公开/ },
  { indicators: ['三(三)5'], units: ['件'], subject: /不属于本/, context: /申请|答复|办结/ },
  { indicators: ['三(三)6'], units: ['件'], subject: /信息不存在/, context: /申请|答复|办结/ },
  { indicators: ['三(一)1'], units: ['件'], subject: /当面|现场/, context: /申请/, exclude: /答复|办结|咨询|、|等/ },
  { indicators: ['三(一)2'], units: ['件'], subject: /传真/, context: /申请/, exclude: /答复|办结|、|等/ },
  { indicators: ['三(一)3'], units: ['件'], subject: /网络|网上|在线|电子邮件/, context: /申请/, exclude: /答复|办结|公开|发布|、|等/ },
  { indicators: ['三(一)4'], units: ['件'], subject: /信函|邮寄/, context: /申请/, exclude: /答复|办结|、|等/ },
  // A channel's count of government information, said of information in general (not 「重大监管政策信息」, 「稿件」).
  { indicators: ['一(二)2'], units: ['条'], subject: /(政府网站|门户网站|网站).*(发布|公开)(了)?(各类|各项)?(政府)?(信息)?(共|合计|计|达|总数|数)*$/, exclude: new RegExp(`${HISTORY.source}|规范性文件|申请|在线访谈|解读`) },
  { indicators: ['一(二)1'], units: ['条'], subject: /公报.*(刊登|公开|发布)|(刊登|公开|发布).*公报/, exclude: new RegExp(`${HISTORY.source}|申请`) },
  { indicators: ['一(二)3'], units: ['条'], subject: /微博.*(发布|公开)(了)?(各类|各项)?(政府)?(信息)?(共|合计|计|达|总数|数)*$/, exclude: new RegExp(`${HISTORY.source}|微信|回应`) },
  { indicators: ['一(二)4'], units: ['条'], subject: /(微信|公众号).*(发布|公开|推送)(了)?(各类|各项)?(政府)?(信息)?(共|合计|计|达|总数|数)*$/, exclude: new RegExp(`${HISTORY.source}|微博|回应|关注`) },
  // All responses; those through one channel (微博微信, 其他方式) are the rows of 二(二).
  { indicators: ['二(一)'], units: ['个', '次', '件'], subject: /回应.*(热点|舆情|关切)|(热点|舆情|关切).*回应/, exclude: /微博|微信|其他方式|其它方式|渠道/ },
  { indicators: ['十一'], units: ['人次', '人'], subject: /接待/, context: /查阅/, exclude: /咨询/, weak: true },
  { indicators: ['十三(一)'], units: ['次', '场'], subject: /(召开|举办|组织).*(工作|专题|推进)会议?/, context: /信息公开|政务公开/, exclude: /新闻发布|培训|列席|邀请|常务会议/, weak: true },
  // Courses the body held, not those its staff attended (「参加市政府组织的培训两次」).
  { indicators: ['十三(二)'], units: ['期', '次', '场'], subject: /培训班|培训/, exclude: /人员|人次|参加|参与|派员|选派/, weak: true },
  { indicators: ['十三(三)'], units: ['人次', '人', '名'], subject: /培训/, exclude: /班/, weak: true },
  { indicators: ['一(一)其中2'], units: ['件', '条'], subject: /制发.*规范性文件|规范性文件.*制发/, exclude: HISTORY },
  { indicators: ['一(一)其中1'], units: ['件', '条'], subject: /公开.*规范性文件|规范性文件.*公开/, exclude: new RegExp(`${HISTORY.source}|制发`) },
  { indicators: ['二(二)1其中'], units: ['场', '次'], subject: /主要负责.*新闻发布/ },
  { indicators: ['二(二)2其中'], units: ['期', '次', '场'], subject: /主要负责.*访谈/ },
  { indicators: ['十二(三)1'], units: ['人', '名'], subject: /专职/, exclude: /专兼职/, weak: true },
  { indicators: ['十二(三)2'], units: ['人', '名'], subject: /兼职/, exclude: /专兼职/, weak: true },
  { indicators: ['一(二)5'], units: ['条'], subject: /(其他|其它)方式.*(公开|发布)/, exclude: HISTORY },
  { indicators: ['三(二)1'], units: ['件'], subject: /按时办结|按期办结/, exclude: /率/ },
  { indicators: ['三(二)2'], units: ['件'], subject: /延期办结|延期答复/, exclude: /率/ },
  { indicators: ['七(一)'], units: ['份', '件'], subject: /纸质/, context: /档案馆|图书馆|查阅场所/ },
  { indicators: ['七(二)'], units: ['份', '件'], subject: /电子文件|电子文档/, context: /档案馆|图书馆|查阅场所/ },
  { indicators: ['十二(四)'], units: ['万元', '元'], subject: /专项经费|工作经费/, exclude: HISTORY },
  // The websites (or portal columns) opened for disclosure: all of them, not one level's.
  { indicators: ['八'], units: ['个', '家'], subject: /开通.*(网站|专栏)|(网站|专栏).*开通/, exclude: new RegExp(`${HISTORY.source}|及其部门|县[（(]市|县区|乡镇|街道|部门|市直|县直|区直`) },
  // The answers that tell the applicant where else to turn, in the words reports use: 告知向有关机关申请 is
  // 不属于本行政机关公开; 告知（申请人）作出更改补充.
  { indicators: ['三(三)5'], units: ['件'], subject: /向有关(?:行政)?机关(?:提出)?申请|非本(?:行政)?机关/, context: /申请|告知/ },
  { indicators: ['三(三)7'], units: ['件'], subject: /更改补充|补充更改/, context: /申请|告知/ },
  { indicators: ['三(三)8'], units: ['件'], subject: /其他途径/, context: /申请|告知/ },
  // Reports and complaints about the body's disclosure work (row 六), not requests that are petitions.
  { indicators: ['六'], units: ['件', '起', '次'], subject: /举报|投诉/, context: /信息公开|政务公开/, exclude: /申请|信访/ },
];
