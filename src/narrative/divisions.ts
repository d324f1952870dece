// The divisions a report's prose lists parts of. A list whose parts all name categories of one division
// is a partition: listed in full, its parts add up to the whole. Any other list (网上申请 and 为民办实事项目,
// the channels that published the same item) may overlap, and only each part's being within the whole is
// checked. Data, not code: a category is the words a report uses for it.

export interface Division {
  id: string;
  categories: RegExp[];
  /** The categories may hold the same thing twice (one item published on several channels): never a partition. */
  overlapping?: boolean;
}

export const DIVISIONS: Division[] = [
  {
    id: 'applicant',
    categories: [/自然人|公民|个人|群众/, /企业|公司/, /科研机构/, /公益组织/, /法律服务机构|律师/, /法人|其他组织|社会组织|其他/],
  },
  {
    id: 'channel-of-request',
    categories: [/当面|现场|窗口|来访/, /电子邮件|邮箱/, /网上|网络|在线|互联网|网站|平台|电子/, /信函|邮寄|邮政|来信|书面/, /传真/, /电话/, /其[他它]/],
  },
  {
    id: 'outcome',
    categories: [
      /主动公开范围|已主动公开|已公开/,
      /不予公开|不同意公开|否决公开|免于公开|不公开/,
      /部分公开/,
      /(同意|予以)公开|^公开|答复公开/,
      /不属于|非本机关/,
      /不掌握/,
      /信息不存在|不存在/,
      /无法提供/,
      /不明确|补正|更改补充/,
      /不予处理|不予受理/,
      // The reasons 不予处理 is printed with, named alone (「信访举报投诉类申请一件」).
      /信访|举报|投诉/,
      /公开出版物/,
      /大量反复|无正当理由/,
      /其他途径|另行|转办|告知/,
      /重复申请/,
      /撤回/,
      /其他|其它/,
    ],
  },
  {
    id: 'disposition-of-information',
    categories: [/主动公开/, /依申请公开/, /不予公开|不公开/],
  },
  {
    id: 'review-outcome',
    categories: [/维持/, /纠正|纠错|撤销|确认违法|责令/, /驳回/, /终止|撤回/, /尚未审结|未审结|审理中|正在审理|未结/, /其他|其它/],
  },
  // 「未经复议直接起诉」 and 「复议后起诉」 are lawsuits, whatever their 复议.
  { id: 'case-kind', categories: [/(?<!未经)复议(?!后)/, /诉讼|起诉/] },
  // Carried over from last year, not to the next (「结转下一年度」, 「结转至2022年」 is how requests end).
  { id: 'request-origin', categories: [/结转(?!下|至|到|入下|次年|明年)|上年度?转入/, /新收|本年度?收到/] },
  { id: 'lawsuit-kind', categories: [/未经复议|直接起诉/, /复议后/] },
  {
    id: 'power-kind',
    categories: [/许可/, /处罚/, /强制/, /征收/, /给付/, /裁决/, /确认/, /奖励/, /监督/, /检查/, /其他|其它/],
  },
  {
    id: 'publication-channel',
    overlapping: true,
    categories: [
      /公报/,
      /网站|网上|互联网/,
      /微博/,
      /微信|公众号/,
      /报刊|报纸|广播|电视|新媒体|客户端/,
      // The places of the 2008 era's table (政务公开栏, 信息查阅点, 档案馆) and the rest.
      /公开栏|公示栏|查阅点|查阅室|查阅中心|查阅场所|档案馆|图书馆|电子屏|显示屏|其他方式|其它方式|其他渠道|其它渠道/,
    ],
  },
  {
    id: 'level',
    // 部门 and 机关 alone name no level: 「本机关不掌握」 is an outcome, 「各部门」 may be any level. The
    // levels are those of the 2008 table's rows: the city (市直, 市本级), the counties and districts (a
    // county's own 县直 or 县级 as much as a city's 各县区), the townships. 本级 is whichever level the
    // report is of, so it names none of those rows, only a level apart from the others in its list.
    categories: [/市直|市级|市本级|市政府及其部门/, /乡镇|街道|镇街|[乡镇]政府/, /[县区]直|[县区]级|各[县区市]|县[（(]?市[、，]?区[）)]?|区县/, /本级/],
  },
];

/** Words of publishing something, not of asking for it. */
const PUBLISHING = /公开|发布|公布|刊[登发载]|登载|播[出发放报]|推送/;

/** Whether one of the divisions whose categories may overlap has a category for every one of the words. */
function coveredByOverlapping(words: string[]): boolean {
  return DIVISIONS.some((division) => division.overlapping && words.every((w) => division.categories.some((c) => c.test(w))));
}

/** The subject of a part without its filler words: 「其中属于已主动公开范围数为」 → 「属于已主动公开范围」. */
function categoryWords(subject: string): string {
  return subject.replace(/^(其中|包括|含|分别|为|是|[:：])+/, '').replace(/(数|的|为|是|共|计|达|有)+$/, '');
}

/** The category each division gives the words, if any: the first of its categories that matches. */
export function categoriesOf(words: string): string[] {
  const w = categoryWords(words);
  if (w === '') return [];
  return DIVISIONS.flatMap((division) => {
    const index = division.categories.findIndex((c) => c.test(w));
    return index < 0 ? [] : [`${division.id}:${index}`];
  });
}

/** The division whose categories the words name, one each (see isPartition), or undefined. */
export function partitionDivision(subjects: string[]): string | undefined {
  const words = subjects.map(categoryWords);
  if (words.length < 2 || words.some((w) => w === '')) return undefined;
  // Channels that published (「通过政府网站公开2980条，通过公开栏等其他方式公开1142条」) may each carry the
  // same item: that the words also fit the channels of a request (网站, 其他) does not make them a partition.
  if (words.every((w) => PUBLISHING.test(w) && !/申请/.test(w)) && coveredByOverlapping(words)) return undefined;
  if (words.every((w) => /(类|信息|文件|事项)$/.test(w)) && words.filter((w) => /类/.test(w)).length * 2 >= words.length) return 'information';
  return DIVISIONS.find((division) => {
    if (division.overlapping) return false;
    const used = new Set<number>();
    return words.every((w) => {
      const index = division.categories.findIndex((c) => c.test(w));
      if (index < 0 || used.has(index)) return false;
      used.add(index);
      return true;
    });
  })?.id;
}

/**
 * Whether parts with these subjects are categories of one division: every part names a category, no two
 * parts the same one. A list of 「…类」 (categories of information: 机构职能类, 规划计划类) is one too.
 * Categories are tried in order and the first that matches names the part, so the narrower words come
 * first in each division (不同意公开 before 同意公开).
 */
export function isPartition(subjects: string[]): boolean {
  return partitionDivision(subjects) !== undefined;
}

/**
 * Divisions whose reports list two categories as all there are: 新收 and 结转, 复议 and 诉讼, the levels
 * (区直 and 乡镇).
 */
const TWO_ARE_ALL = new Set(['request-origin', 'case-kind', 'lawsuit-kind', 'level']);

/**
 * Whether a list of parts with these subjects may claim to be all of its whole. Two categories of a
 * division that has more, neither of them its catch-all (其他, or 法人或其他组织 beside 自然人), are the
 * two the prose chose to name (「答复47件，其中同意公开31件、不予公开5件」), not a full breakdown; three or
 * more, or a catch-all among them, are read as complete unless the words say otherwise (主要, 等).
 */
export function mayBeAll(subjects: string[]): boolean {
  if (subjects.length !== 2) return true;
  const id = partitionDivision(subjects);
  // Kinds of information are many (机构职能类, 规划计划类, 财政预决算信息 …): two of them are all only with
  // a catch-all (其他类).
  if (id === 'information') return subjects.some((s) => /其[他它]/.test(s));
  const division = DIVISIONS.find((d) => d.id === id);
  if (!division || TWO_ARE_ALL.has(division.id) || division.categories.length <= 2) return true;
  const catchAll = division.categories.length - 1;
  return subjects.some((s) => categoriesOf(s).includes(`${division.id}:${catchAll}`));
}

/** Whether the subjects name every category of a division that has two (新收 and 结转, 复议 and 诉讼). */
export function namesBothOfTwo(subjects: string[]): boolean {
  const division = DIVISIONS.find((d) => d.id === partitionDivision(subjects));
  return subjects.length === 2 && division?.categories.length === 2;
}
