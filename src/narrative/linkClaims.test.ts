import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/types.ts';
import { gov2019, gov2021 } from '../template/gov2021.ts';
import { national2008 } from '../template/national2008.ts';
import { fujian2008 } from '../template/fujian2008.ts';
import { linkClaims } from './linkClaims.ts';
import { readClaims } from './readClaims.ts';
import { textStream } from './textStream.ts';
import { linkParts } from './linkParts.ts';
import { readEnumerations } from './readEnumerations.ts';
import { withItemWords } from './respectively.ts';

/** Each number of a one-sentence text with its link, read as the narrative stage reads it (lists included). */
function sentenceLinks(template: typeof gov2021, text: string) {
  const stream = textStream([{ line: 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }]);
  const claims = readClaims(stream);
  const found = linkParts(template, withItemWords(stream.text, claims), readEnumerations(stream.text, claims), linkClaims(template, claims, stream.text));
  return claims.map((c, i) => ({ raw: c.raw, link: found.find((x) => x.claim === i) }));
}

const claim = (subject: string, value: number): Claim => ({ value, raw: String(value), unit: '件', subject, pos: { line: 1, col: 1, length: 1 }, offset: subject.length });
const link = (template: typeof gov2021, subject: string) => linkClaims(template, [claim(subject, 12)], subject)[0];

describe('a claim about a row of a table with several columns', () => {
  it('links to the column its words name (2021: 本年制发 | 本年废止 | 现行有效)', () => {
    expect(link(gov2021, '清理并集中发布现行有效行政规范性文件')).toMatchObject({ indicators: ['二(一).规范性文件'], column: 2 });
    expect(link(gov2021, '全年废止行政规范性文件')).toMatchObject({ indicators: ['二(一).规范性文件'], column: 1 });
    expect(link(gov2021, '本年制发行政规范性文件')).toMatchObject({ indicators: ['二(一).规范性文件'] });
    expect(link(gov2021, '本年制发行政规范性文件')?.column ?? 0).toBe(0);
  });
  it('links by the 2019 columns’ own words (本年新制作 | 本年新公开 | 对外公开总数量)', () => {
    expect(link(gov2019, '对外公开行政规范性文件')).toMatchObject({ column: 2 });
  });
  it('stays unlinked when the words name no column, or two', () => {
    expect(link(gov2021, '我区共有行政规范性文件')).toBeUndefined();
    expect(link(gov2021, '制发和废止行政规范性文件')).toBeUndefined();
  });
});

describe('a number of another time or of a part, in the 2021 tables', () => {
  it('links no stock of the start of the year, and no figure of a run of years', () => {
    expect(link(gov2021, '年初现行有效行政规范性文件')).toBeUndefined();
    expect(link(gov2021, '自2008年原《条例》施行以来，全区累计受理申请')).toBeUndefined();
    expect(link(gov2021, '全区累计收到政府信息公开申请')).toBeUndefined();
  });
  it('reads 今年以来 as this year', () => {
    expect(link(gov2021, '今年以来收到政府信息公开申请')).toMatchObject({ indicators: ['三.一'] });
  });
  it('takes one way of applying for a part of the new requests, and ways listed together for all of them', () => {
    expect(link(gov2021, '通过厅门户网站在线申请平台提交的申请')).toBeUndefined();
    expect(link(gov2021, '2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计')).toMatchObject({ indicators: ['三.一'] });
  });
});

describe('words of a sentence the whole reading needs', () => {
  /** The link of the number printed as `raw` in a one-sentence text. */
  /** The link of the `nth` claim printed as `raw` (0: the first). */
  function linkOf(template: typeof gov2021, text: string, raw: string, nth = 0) {
    const lines = [{ line: 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }];
    const stream = textStream(lines);
    const claims = readClaims(stream);
    const index = claims.map((c, i) => (c.raw === raw ? i : -1)).filter((i) => i >= 0)[nth] ?? -1;
    expect(index).toBeGreaterThanOrEqual(0);
    return linkClaims(template, claims, stream.text).find((l) => l.claim === index);
  }

  it('reads what a number counts after it when the words before it say nothing', () => {
    expect(linkOf(gov2021, '本年度办结81件，另有3件申请因需征求第三方意见转入下一年度办理。', '3件')).toMatchObject({ indicators: ['三.四'], column: 6 });
    expect(linkOf(gov2021, '经审查，对12件告知本机关不掌握相关政府信息。', '12件')).toMatchObject({ indicators: ['三.三(四)1'] });
  });
  it('links a reason a group is printed under to its own row, named before the number or earlier in the sentence', () => {
    // The group's word (不予处理, 不予公开) with one of its rows' reasons: that row, not the group's sum.
    expect(linkOf(gov2021, '对属于信访举报投诉类的申请，依法作出不予处理决定4件。', '4件')).toMatchObject({ indicators: ['三.三(五)1'] });
    expect(linkOf(gov2021, '因涉及内部事务信息不予公开5件。', '5件')).toMatchObject({ indicators: ['三.三(三)5'] });
    expect(linkOf(gov2021, '对于要求提供公开出版物的申请，我局不予处理2件。', '2件')).toMatchObject({ indicators: ['三.三(五)3'] });
    // A long row label is named in prose by its short words (the row's `named`).
    expect(linkOf(gov2021, '因损害第三方合法权益决定不予公开2件。', '2件')).toMatchObject({ indicators: ['三.三(三)4'] });
    expect(linkOf(gov2021, '申请人逾期不补正，作其他处理3件。', '3件')).toMatchObject({ indicators: ['三.三(六)1'] });
    // Several reasons (等) or an exception keep the whole group.
    expect(linkOf(gov2021, '因信访举报投诉、重复申请等原因不予处理6件。', '6件')).toMatchObject({ indicators: ['三.三(五)1', '三.三(五)2', '三.三(五)3', '三.三(五)4', '三.三(五)5'], sum: true });
    expect(linkOf(gov2021, '除重复申请外，其余申请不予处理3件。', '3件')).toMatchObject({ sum: true });
  });
  it('links an outcome to the kind of case its own clause names, and to all lawsuits after their breakdown', () => {
    // The clause names lawsuits although the sentence named reconsiderations first.
    const both = '全年发生行政复议2件、行政诉讼3件，复议均维持原决定，诉讼案件中法院驳回起诉2件、尚未审结1件。';
    expect(linkOf(gov2021, both, '2件', 1)).toMatchObject({ indicators: ['四.诉讼直接', '四.诉讼复议后'], column: 0, sum: true });
    // The groups only in a parenthesis, or before a 「；」: the outcomes after are of all the lawsuits.
    expect(linkOf(gov2021, '行政诉讼5件（未经复议直接起诉4件、复议后起诉1件），法院判决维持3件，尚未审结2件。', '2件')).toMatchObject({ indicators: ['四.诉讼直接', '四.诉讼复议后'], column: 3, sum: true });
    expect(linkOf(gov2021, '行政诉讼5件，未经复议直接起诉4件，复议后起诉1件；判决维持3件，尚未审结2件。', '3件')).toMatchObject({ column: 0, sum: true });
    // Both groups named in the outcome's own part of the sentence: none is certain.
    expect(linkOf(gov2021, '未经复议直接起诉4件，复议后起诉1件，尚未审结2件。', '2件')).toBeUndefined();
  });
  it('takes each county’s figure (各县, 各区县) for a narrower scope, but not a row of the county level itself', () => {
    expect(linkOf(gov2021, '各县（市、区）政府共收到申请210件。', '210件')).toMatchObject({ indicators: ['三.一'], narrower: '各县' });
    expect(linkOf(gov2021, '各区县政府共收到申请95件。', '95件')).toMatchObject({ indicators: ['三.一'], narrower: '各区县' });
    // The 2008 table's county rows name that level: 县（市、区） is the row's own scope.
    expect(linkOf(national2008, '县（市、区）政府门户网站11个。', '11个')?.narrower).toBeUndefined();
  });
  it('gives each item of a 分别 list what the items did, said after 分别', () => {
    const text = '按申请人类型，公民、商业企业和法律服务机构分别提出申请40件、5件和2件。';
    expect(linkOf(gov2021, text, '40件')).toMatchObject({ indicators: ['三.一'], column: 0 });
    expect(linkOf(gov2021, text, '5件')).toMatchObject({ indicators: ['三.一'], column: 1 });
    expect(linkOf(gov2021, text, '2件')).toMatchObject({ indicators: ['三.一'], column: 4 });
  });
  it('names the applicant after the number', () => {
    expect(linkOf(gov2021, '共有38件申请来自自然人，另有4件由企业提出。', '38件')).toMatchObject({ indicators: ['三.一'], column: 0 });
    expect(linkOf(gov2021, '共有38件申请来自自然人，另有4件由企业提出。', '4件')).toMatchObject({ indicators: ['三.一'], column: 1 });
  });
  it('takes 未办结 for no count of answers, and deputies’ proposals for other business', () => {
    expect(linkOf(gov2021, '全年受理申请84件，办结80件，未办结的4件已结转至下一年度。', '4件')).toMatchObject({ indicators: ['三.四'] });
    expect(linkOf(gov2021, '全年共收到政府信息公开申请35件，同期办理人大代表建议21件。', '21件')).toBeUndefined();
  });
  it('links last year’s figure and the change to 2019’s columns for them, said outright, never compared or as a decrease', () => {
    const text = '行政强制事项上年为58项，本年新增3项，全年作出行政强制决定96件。';
    expect(linkOf(gov2019, text, '58项')).toMatchObject({ indicators: ['二(六).行政强制'], column: 0 });
    expect(linkOf(gov2019, text, '3项')).toMatchObject({ indicators: ['二(六).行政强制'], column: 1 });
    expect(linkOf(gov2019, text, '96件')).toMatchObject({ indicators: ['二(六).行政强制'], column: 2 });
    // The cell of a decrease is printed negative: the bare number is left unlinked.
    expect(linkOf(gov2019, '行政事业性收费项目上一年为17项，本年减少2项。', '2项')).toBeUndefined();
    expect(linkOf(gov2019, '行政事业性收费项目上一年为17项，本年减少2项。', '17项')).toMatchObject({ indicators: ['二(八).行政事业性收费'], column: 0 });
    // A comparison with last year's figure is a difference of decisions, not the items' change.
    expect(linkOf(gov2019, '全年作出行政许可决定700件，比上年增加45件。', '45件')).toBeUndefined();
    // Where no table has such a column, last year's figure restates nothing.
    expect(linkOf(gov2021, '上一年收到申请30件。', '30件')).toBeUndefined();
  });
  it('reads a 行政审批局 as a body, not as approvals', () => {
    expect(linkOf(gov2019, '2020年，县行政审批局作出行政许可处理决定4218件。', '4218件')).toMatchObject({ indicators: ['二(五).行政许可'], column: 2 });
  });
});

describe('lists whose numbers belong to another whole', () => {
  function linksOf(text: string) {
    const stream = textStream([{ line: 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }]);
    const claims = readClaims(stream);
    const links = linkParts(gov2021, claims, readEnumerations(stream.text, claims), linkClaims(gov2021, claims, stream.text));
    return new Map(links.map((l) => [claims[l.claim]!.raw + '@' + claims[l.claim]!.offset, l]));
  }

  it('links no outcome of a reconsideration to the lawsuit count the list follows', () => {
    const links = [...linksOf('全年被申请行政复议4件、提起行政诉讼3件，其中复议结果维持3件、纠正1件。').values()];
    expect(links.every((l) => !(l.indicators.some((id) => id.includes('诉讼')) && l.column !== 4))).toBe(true);
  });

  it('takes no number larger than a row’s total for a column of that row', () => {
    const links = [...linksOf('行政诉讼案件11件，其中未经复议直接起诉7件、复议后起诉4件，法院判决维持9件。').values()];
    expect(links.some((l) => l.indicators.length === 1 && l.indicators[0] === '四.诉讼复议后' && l.column === 0)).toBe(false);
  });
});

describe('totals, carry-over and catch-alls read from the words around a number (held-out set 7)', () => {
  function linked(template: typeof gov2021, text: string, raw: string) {
    const stream = textStream([{ line: 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }]);
    const claims = readClaims(stream);
    const links = linkParts(template, claims, readEnumerations(stream.text, claims), linkClaims(template, claims, stream.text));
    const index = claims.findIndex((c) => c.raw === raw);
    expect(index).toBeGreaterThanOrEqual(0);
    return links.find((l) => l.claim === index);
  }

  it('links the parts of a whole of a narrower scope as it is linked, keeping that scope', () => {
    const text = '本机关全年共新收政府信息公开申请57件，其中公民提出49件，企业提出8件。';
    expect(linked(gov2021, text, '57件')).toMatchObject({ indicators: ['三.一'], column: 6, narrower: '本机关' });
    expect(linked(gov2021, text, '49件')).toMatchObject({ indicators: ['三.一'], column: 0, narrower: '本机关' });
    expect(linked(gov2021, text, '8件')).toMatchObject({ indicators: ['三.一'], column: 1, narrower: '本机关' });
  });

  it('reads a parenthesis after a total of requests taken in that says it includes the carried-over ones', () => {
    expect(linked(gov2021, '本年度我办共办理信息公开申请62件（包括上年度结转的5件），已办结60件。', '62件')).toMatchObject({ indicators: ['三.一'], orSum: ['三.一', '三.二'] });
    // A count of answers that includes answers to carried-over requests is still the answers.
    expect(linked(gov2021, '全年共收到申请61件，答复58件（含上年度结转申请4件）。', '58件')).toMatchObject({ indicators: ['三.三(七)'] });
  });

  it('reads 「（含上年度结转）」 in a total’s words as what it includes, not as the carry-over', () => {
    expect(linked(gov2021, '本年度共收到并处理政府信息公开申请（含上年度结转）76件。', '76件')).toMatchObject({ indicators: ['三.一'], orSum: ['三.一', '三.二'] });
    expect(linked(gov2019, '全年受理政府信息公开申请（包括上年度结转的申请）40件。', '40件')).toMatchObject({ indicators: ['三.一'], orSum: ['三.一', '三.二'] });
    // A longer parenthesis of what the total includes is still part of its words.
    expect(linked(gov2021, '全年受理政府信息公开申请（包括上一年度结转的申请）40件。', '40件')).toMatchObject({ indicators: ['三.一'], orSum: ['三.一', '三.二'] });
    // The carry-over itself still links to its row.
    expect(linked(gov2021, '上年度结转申请3件。', '3件')).toMatchObject({ indicators: ['三.二'] });
  });

  it('takes requests still within their answer period for those carried over to the next year', () => {
    expect(linked(gov2021, '另有4件申请因在答复期限内，结转至2025年继续办理。', '4件')).toMatchObject({ indicators: ['三.四'] });
    expect(linked(gov2019, '截至年底，尚有2件申请处于答复期内。', '2件')).toMatchObject({ indicators: ['三.四'] });
  });

  it('links a total whose listed parts are the new and the carried-over requests to their sum, whatever its verb', () => {
    const text = '本年度本机关共办理政府信息公开申请53件（其中本年新收49件、上年结转4件），已办结51件。';
    expect(linked(gov2021, text, '53件')).toMatchObject({ indicators: ['三.一', '三.二'], sum: true });
    expect(linked(gov2021, '全年共处理申请31件，其中新收申请29件，上年度结转2件。', '31件')).toMatchObject({ indicators: ['三.一', '三.二'], sum: true });
    expect(linked(gov2021, text, '51件')).toMatchObject({ indicators: ['三.三(七)'] });
  });

  it('reads the 「其他情形」 of a list of all outcomes as what the list left out, not the 其他 row of 其他处理', () => {
    expect(linked(gov2021, '在178件已办结申请中，予以公开112件，无法提供48件，其他情形18件。', '18件')).toBeUndefined();
    // Within 其他处理's own list, its 其他 row is meant.
    expect(linked(gov2021, '其他处理类申请共5件，其中申请人逾期不补正3件，其他情形2件。', '2件')).toMatchObject({ indicators: ['三.三(六)3'] });
  });
});

describe('staff in the 2008 tables', () => {
  it('reads 专兼职人员 as all staff, and 专职 or 兼职 alone as one kind', async () => {
    const { national2008 } = await import('../template/national2008.ts');
    const staff = (subject: string) => linkClaims(national2008, [{ ...claim(subject, 46), unit: '人' }], subject)[0]?.indicators;
    expect(staff('从事政府信息公开工作的专兼职人员共')).toEqual(['十二(三)']);
    expect(staff('全县政府信息公开专兼职工作人员')).toEqual(['十二(三)']);
    expect(staff('其中专职人员')).toEqual(['十二(三)1']);
    expect(staff('兼职人员')).toEqual(['十二(三)2']);
  });
});

describe('a cumulative figure that repeats the figure before it (Fujian tables with 历年累计)', () => {
  async function links(templateId: string, text: string) {
    const { templateFor } = await import('../template/registry.ts');
    const template = templateFor(templateId);
    const stream = textStream([{ line: 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }]);
    const claims = readClaims(stream);
    const found = linkParts(template, claims, readEnumerations(stream.text, claims), linkClaims(template, claims, stream.text, 2012));
    return Object.fromEntries(claims.map((c, i) => [c.raw, found.find((l) => l.claim === i)].map((x) => (typeof x === 'string' ? x : x ? `${x.indicators.join('+')}@${x.column ?? 0}` : '-'))));
  }

  it('links it to the cumulative column of that figure’s row', async () => {
    expect(await links('fujian-2008', '全年受理依申请公开8件（历年累计31件），均在规定的15个工作日内予以答复。')).toMatchObject({ '8件': '受理申请@0', '31件': '受理申请@1' });
    expect(await links('fujian-2008', '2012年该局共受理政府信息公开申请23件，历年累计已达110件。')).toMatchObject({ '110件': '受理申请@1' });
  });

  it('goes back past a list’s parts to its whole', async () => {
    expect(await links('fujian-2008', '全年受理依申请公开信息14件，其中当面申请5件、网上申请7件、电子邮件申请2件，历年累计受理63件。')).toMatchObject({ '14件': '受理申请@0', '63件': '受理申请@1' });
    expect(await links('fujian-2008', '2012年全市主动公开政府文件4520件（包括政府网站公开4377件、政府公报公开143件），历年累计27893件。')).toMatchObject({ '27893件': '主动公开@1' });
  });

  it('leaves it alone when it is smaller than the year’s figure, or names another verb', async () => {
    expect((await links('fujian-2008', '全年受理依申请公开8件（历年累计5件）。'))['5件']).toBe('-');
    expect(await links('fujian-2008', '全年受理依申请公开8件，历年累计办结40件。')).not.toMatchObject({ '40件': '受理申请@1' });
  });
});

describe('outcomes of the cases of table 四, counted for the kind of case the sentence names', () => {
  const outcomes = (text: string) => sentenceLinks(gov2021, text).map(({ raw, link }) => `${raw}→${link ? `${link.indicators.join('+')}@${link.column ?? 0}` : '-'}`);

  it('links the outcomes of reconsiderations named at the sentence’s start, or with the outcome', () => {
    expect(outcomes('行政复议案件中，结果维持5件，结果纠正1件，其他结果2件，尚未审结1件。')).toEqual(['5件→四.复议@0', '1件→四.复议@1', '2件→四.复议@2', '1件→四.复议@3']);
    expect(outcomes('行政复议被纠错1件，系因答复超出法定期限。')).toEqual(['1件→四.复议@1']);
  });

  it('links a lawsuit outcome to the one group the sentence names, else to both groups added', () => {
    expect(outcomes('在未经复议直接起诉的9件中，法院判决维持或驳回诉讼请求7件，尚未审结2件。').slice(1)).toEqual(['7件→四.诉讼直接@0', '2件→四.诉讼直接@3']);
    expect(outcomes('行政诉讼案件中，判决维持2件，尚未审结1件。')).toEqual(['2件→四.诉讼直接+四.诉讼复议后@0', '1件→四.诉讼直接+四.诉讼复议后@3']);
  });

  it('does not carry a lawsuit group over to an outcome after the prose has gone on to another whole', () => {
    // The outcomes after a list of the two groups are the whole's (both groups added), never the last group's.
    expect(outcomes('行政诉讼案件11件，其中未经复议直接起诉7件、复议后起诉4件，法院判决维持9件，尚未审结2件。').slice(3)).toEqual([
      '9件→四.诉讼直接+四.诉讼复议后@0',
      '2件→四.诉讼直接+四.诉讼复议后@3',
    ]);
    // Another wording: the outcome named after the number; at worst unlinked, never the group before.
    const after = outcomes('本年度被提起行政诉讼10起，其中未经复议直接起诉6起、经复议后起诉4起，法院判决驳回原告诉讼请求7起，其余3起尚未审结。');
    expect(after[4]).not.toBe('3起→四.诉讼复议后@3');
    // An outcome right after its group's own count is still that group's.
    expect(outcomes('复议后起诉4件，尚未审结1件。')).toEqual(['4件→四.诉讼复议后@4', '1件→四.诉讼复议后@3']);
  });

  it('narrows a lawsuit count to the one group its own words or the words right after it name', () => {
    expect(outcomes('行政诉讼1件，为未经复议直接起诉，截至年底尚未审结。')).toEqual(['1件→四.诉讼直接@4']);
    expect(outcomes('全年被提起行政诉讼一件，系申请人未经复议直接起诉。')).toEqual(['一件→四.诉讼直接@4']);
    expect(outcomes('行政诉讼中直接起诉3件、复议后起诉1件。')).toEqual(['3件→四.诉讼直接@4', '1件→四.诉讼复议后@4']);
    expect(outcomes('行政诉讼案件5件，为本年度新发生案件。')).toEqual(['5件→四.诉讼直接+四.诉讼复议后@4']);
  });

  it('leaves an outcome after a list of both lawsuit groups unlinked to the last of them', () => {
    expect(outcomes('行政诉讼案件中，未经复议直接起诉11件，复议后起诉8件，年底仍有4件未审结。')[2]).toBe('4件→-');
  });

  it('leaves an outcome alone when the sentence names both kinds of case before it, or none', () => {
    expect(outcomes('行政复议和行政诉讼中，维持3件。')).toEqual(['3件→-']);
    expect(outcomes('经审理，维持3件。')).toEqual(['3件→-']);
  });
});

describe('levels of the 2008 table’s reading points (市 / 县（市、区） / 乡镇)', () => {
  const parts = (text: string) => sentenceLinks(national2008, text).map(({ raw, link }) => `${raw}→${link?.indicators.join('+') ?? '-'}${link?.narrower ? ' narrower' : ''}`);
  it('reads a county’s own level (县级, 县直) as the county row, a city’s own (市级) as the city row', () => {
    expect(parts('全县共设置政府信息公开查阅点21个，其中县级查阅点3个、乡镇查阅点18个。').slice(1)).toEqual(['3个→十(二)', '18个→十(三)']);
    expect(parts('全市共设立政府信息查阅点45个，其中市级查阅点5个、县（市、区）查阅点12个、乡镇（街道）查阅点28个。').slice(1)).toEqual([
      '5个→十(一)',
      '12个→十(二)',
      '28个→十(三)',
    ]);
  });
  it('takes training the body’s staff attended for no course it held', () => {
    expect(parts('全年参加市政府组织的政府信息公开业务培训两次，参训人员6人次。')[0]).toBe('两次→-');
    expect(parts('全年举办政府信息公开业务培训班3期，培训人员120人次。')[0]).toBe('3期→十三(二)');
  });
  it('links responses and press conferences by the rows’ own words, and a channel’s responses to its row only', () => {
    expect(parts('县政府及各部门共回应社会关切37次，参加或举办新闻发布会6次。')).toEqual(['37次→二(一)', '6次→二(二)1']);
    expect(parts('全年通过政务微博微信回应社会关切事件46个。')[0]).not.toBe('46个→二(一)');
    expect(parts('县领导参加新闻发布会3次。')[0]).not.toBe('3次→二(二)1');
  });
  it('links no row for 本级, which is whichever level the report is of: only a narrower scope of the whole', () => {
    expect(parts('全区共设置查阅点15个，其中本级查阅点3个、街道查阅点12个。')[1]).toBe('3个→十+十二(二) narrower');
  });
});

describe('numbers that are no one cell of the rows they name', () => {
  const linked = (text: string) => sentenceLinks(gov2021, text).map((c) => [c.raw, c.link ? `${c.link.indicators.join('+')}@${c.link.column ?? 0}` : null]);
  it('links no figure said of each of several rows (「各1件」)', () => {
    expect(linked('因属于行政执法案卷、属于行政查询事项不予公开的各2件。')).toEqual([['2件', null]]);
  });
  it('links no count of the answers given in time, even when it is all of them', () => {
    expect(linked('本年度收到申请61件，在法定期限内答复61件。')).toEqual([
      ['61件', '三.一@6'],
      ['61件', null],
    ]);
    expect(linked('办结申请30件，其中在法定时限内办结29件。')).toEqual([
      ['30件', '三.三(七)@6'],
      ['29件', null],
    ]);
  });
  it('links them where the table has a row of its own for them (2008: 按时办结数), and links 逾期未补正 as its reason', () => {
    expect(sentenceLinks(national2008, '共受理申请52件，按时办结50件。').map((c) => c.link?.indicators[0])).toEqual(['三(一)', '三(二)1']);
    expect(linked('因申请人逾期未补正等原因作其他处理的3件。')).toEqual([['3件', '三.三(六)1+三.三(六)2+三.三(六)3@6']]);
  });
  it('gives each number the reason said since the number before it', () => {
    expect(linked('因重复申请不予处理2件；因申请公开出版物，不予处理1件。')).toEqual([
      ['2件', '三.三(五)2@6'],
      ['1件', '三.三(五)3@6'],
    ]);
  });
});

describe('parts that 分别 gives numbers', () => {
  it('links each to the column or row its item names', () => {
    const links = sentenceLinks(gov2021, '全年行政诉讼案件共5件（均为未经复议直接起诉），结果维持、尚未审结分别为4件、1件。');
    expect(links.map((c) => (c.link ? `${c.link.indicators.join('+')}@${c.link.column}` : null))).toEqual(['四.诉讼直接@4', '四.诉讼直接@0', '四.诉讼直接@3']);
  });
});

describe('a row named by its label without the label’s closing 数', () => {
  it('links the 2008 rows prose names as the table does, less 数', () => {
    expect(link(national2008, '通过微博微信回应事件')).toMatchObject({ indicators: ['二(二)4'] });
    expect(link(national2008, '另告知通过其他途径办理的')).toMatchObject({ indicators: ['三(三)8'] });
  });
});

describe('one office’s or one department’s share of a total', () => {
  it('is a narrower scope of the total’s cell', () => {
    const links = sentenceLinks(gov2021, '全区共收到申请212件，其中区自然资源局受理58件，区政府办公室本级收到19件。');
    expect(links.map((c) => c.link && `${c.link.indicators.join('+')}@${c.link.column}${c.link.narrower ? ' narrower' : ''}`)).toEqual([
      '三.一@6',
      '三.一@6 narrower',
      '三.一@6 narrower',
    ]);
  });
  it('is not, when its words name a category of the table', () => {
    const links = sentenceLinks(gov2021, '全区共收到申请212件，其中自然人提出180件。');
    expect(links[1]?.link).toMatchObject({ indicators: ['三.一'], column: 0 });
  });
});

describe('a column said alone after a row named in its own clause group', () => {
  const linked = (text: string) => sentenceLinks(gov2021, text).map((c) => (c.link ? `${c.link.indicators.join('+')}@${c.link.column}` : null));
  it('takes the row of the clause group after a 「；」, though another row of the table came before it', () => {
    expect(linked('本年制发规章1件，现行有效规章12件；制发行政规范性文件9件，废止4件。')).toEqual(['二(一).规章@0', '二(一).规章@2', '二(一).规范性文件@0', '二(一).规范性文件@1']);
  });
  it('stays unlinked after a list of rows in one clause group', () => {
    expect(linked('本年制发规章1件，制发行政规范性文件9件，废止4件。')[2]).toBeNull();
  });
});

describe('outcomes of table 四 said after their numbers', () => {
  const linked = (text: string) => sentenceLinks(gov2021, text).map((c) => (c.link ? `${c.link.indicators.join('+')}@${c.link.column}` : null));
  it('links them to all the lawsuits when the two groups are the 其中 breakdown of a count of all of them', () => {
    expect(linked('本年度行政诉讼共6件，其中未经复议直接起诉4件、复议后起诉2件，审结的5件均为驳回，尚有1件未审结。').slice(3)).toEqual([
      '四.诉讼直接+四.诉讼复议后@0',
      '四.诉讼直接+四.诉讼复议后@3',
    ]);
  });
  it('still leaves an outcome after the two groups alone, with no total of them before, unlinked', () => {
    expect(linked('未经复议直接起诉4件，复议后起诉2件，年底仍有1件未审结。')[2]).toBeNull();
  });
});

describe('the 2008 table’s websites (八) and its rows per level', () => {
  const linked = (text: string) => sentenceLinks(national2008, text).map((c) => (c.link ? `${c.link.indicators.join('+')}@${c.link.column ?? 0}${c.link.narrower ? ' narrower' : ''}` : null));
  it('links the websites opened, and each level’s row as that row, not a narrower scope', () => {
    expect(linked('全县开通政府信息公开网站（专栏）共41个，其中县（市、区）政府门户网站1个，乡镇政府（街道办事处）门户网站40个。')).toEqual([
      '八@0',
      '八(二)@0',
      '八(三)@0',
    ]);
  });
  it('leaves a part that names no level row unlinked, rather than some share of 八', () => {
    expect(linked('全市开通政府信息公开网站（专栏）19个，其中市直部门网站12个、县区政府网站7个。')[1]).not.toBe('八@0 narrower');
  });
});

describe('the reasons of 其他处理 by the words reports use since 2021', () => {
  it('names 三(六)2 by the fee it was not paid (信息处理费)', () => {
    const links = sentenceLinks(gov2021, '作其他处理的3件中，因申请人逾期未缴纳信息处理费终止处理2件，其他情形1件。');
    expect(links.map((c) => c.link?.indicators.join('+'))).toEqual(['三.三(六)1+三.三(六)2+三.三(六)3', '三.三(六)2', '三.三(六)3']);
  });
});

describe('a verb alone after a number that named what it counts', () => {
  it('goes on with that thing (「制发规范性文件18件，均已公开18件」)', () => {
    const links = sentenceLinks(national2008, '本年度制发规范性文件18件，主动公开16件。');
    expect(links.map((c) => c.link?.indicators[0])).toEqual(['一(一)其中2', '一(一)其中1']);
  });
  it('does not when the number before counted in another measure word', () => {
    const links = sentenceLinks(national2008, '本年度发布政策解读稿件40篇，主动公开16件。');
    expect(links[1]?.link?.indicators[0]).not.toBe('一(一)其中1');
  });
});

describe('the 2008 answers that tell the applicant where else to turn', () => {
  it('links 告知向有关机关申请 to 不属于本行政机关公开 and 告知（申请人）作出更改补充 to its row', () => {
    expect(link(national2008, '对其中的申请告知申请人向有关行政机关申请的')?.indicators).toEqual(['三(三)5']);
    expect(link(national2008, '就申请告知申请人作出更改补充的')?.indicators).toEqual(['三(三)7']);
  });
});

describe('不同意公开 in the 2008 table', () => {
  it('is the refusals row without another word of requests around it', () => {
    expect(sentenceLinks(national2008, '不同意公开的7件中，涉及商业秘密的2件。').map((c) => c.link?.indicators[0])).toEqual(['三(三)4', '三(三)4其中2']);
  });
});

describe('the 2008 其中 rows of principal officials', () => {
  it('link a part naming the officials alone to the 其中 row of the count it breaks down', () => {
    const links = sentenceLinks(national2008, '举办新闻发布会9场，其中主要负责人出席4场；开展在线访谈6次，其中主要领导参加2次。');
    expect(links.map((c) => c.link?.indicators[0])).toEqual(['二(二)1', '二(二)1其中', '二(二)2', '二(二)2其中']);
  });
  it('leave a part of 主动公开 that names an office alone as it was', () => {
    const links = sentenceLinks(national2008, '全年主动公开政府信息1200条，其中，区政府办公室本级主动公开政府信息300条。');
    expect(links[1]?.link?.indicators[0]).not.toBe('一(一)其中1');
  });
});

describe('held-out set 15’s wrong links, each in a second wording', () => {
  it('links reports and complaints about disclosure to row 六 (2008), never to the requests received', () => {
    const at = (text: string) => sentenceLinks(national2008, text).map((c) => c.link?.indicators.join('+'));
    expect(at('全年收到有关政府信息公开工作的举报投诉2件，经核查均已妥善处理。')).toEqual(['六']);
    expect(at('本年度共接到涉及政务公开的投诉3起。')).toEqual(['六']);
    expect(at('全年受理信息公开申请12件，告知申请人通过其他途径办理2件。')).toEqual(['三(一)+三', '三(三)8']);
  });
  it('takes requests still being handled at the year’s end for those carried over, not the answers', () => {
    const at = (text: string) => sentenceLinks(gov2021, text).map((c) => c.link?.indicators.join('+'));
    expect(at('截至12月31日，尚有4件申请在法定期限内正在办理，将结转下年度继续办理。')).toEqual(['三.四']);
    expect(at('年底仍在办理的申请有3件。')).toEqual(['三.四']);
  });
  it('reads 「（其中上年结转N件）」 after a total of requests handled as the intake, not the answers', () => {
    const links = sentenceLinks(gov2021, '全年共办理政府信息公开申请268件（其中上年结转7件），已办结259件。');
    expect(links.map((c) => c.link?.indicators.join('+'))).toEqual(['三.一', '三.二', '三.三(七)']);
  });
  it('reads 全部公开 said beside 部分公开 as 予以公开', () => {
    const links = sentenceLinks(gov2021, '办结的360件申请中，全部公开及部分公开共198件。');
    expect(links[1]?.link).toMatchObject({ indicators: ['三.三(一)', '三.三(二)'] });
    expect(sentenceLinks(gov2021, '全部公开和部分公开的申请合计40件。')[0]?.link).toMatchObject({ indicators: ['三.三(一)', '三.三(二)'] });
  });
});

describe('Fujian answers said in a sentence about the requests received', () => {
  it('links 同意公开 / 否决公开 after 受理…申请 to their rows, without the word 答复', () => {
    const at = (text: string) => sentenceLinks(fujian2008, text).map((c) => c.link?.indicators.join('+'));
    expect(at('全镇全年受理依申请公开两件，同意公开一件，否决公开一件。')).toEqual(['受理申请', '答复1', '答复3']);
    expect(at('全年收到公民申请12件，予以公开10件，不予公开2件。')).toEqual(['受理申请', '答复1', '答复3']);
    // Information withheld from publication in general is no answer to a request.
    expect(at('全年制作政府信息2000条，不予公开18条。')[1]).toBeUndefined();
  });
});
