import { describe, expect, it } from 'vitest';
import type { NormLine } from '../model/types.ts';
import { readClaims } from './readClaims.ts';
import { readEnumerations } from './readEnumerations.ts';
import { textStream } from './textStream.ts';
import { enumerate } from './enumerateText.ts';

const line = (text: string): NormLine => ({ line: 1, text, cols: [...text].map((_, i) => i + 1), fold: 1 });

describe('lists that are not what their nearest number suggests', () => {
  it('reads a parenthesis of numbers right after a number as its breakdown, unless it compares', () => {
    expect(enumerate('无法提供7件（本机关不掌握5件、没有现成信息2件），其余均已答复。')).toEqual([{ whole: 7, parts: [5, 2], complete: true }]);
    expect(enumerate('受理申请30件（上年为24件、前年为19件）。')).toEqual([]);
    expect(enumerate('受理申请30件（2022年24件，2021年19件）。')).toEqual([]);
  });
  it('reads a count that leads its own category (「共有2件申请因…未能提供」) as one of the outcomes after it, not their whole', () => {
    expect(enumerate('全年共有2件申请因信息不存在未能提供，5件告知申请人通过其他途径办理，另有3件告知作出更改补充。')).toEqual([]);
    expect(enumerate('共有3件申请予以公开，2件部分公开，1件不予公开。')).toEqual([]);
    // A whole whose words after it name no category still heads the categories that follow.
    expect(enumerate('全年共有215件申请，网络申请168件，当面申请39件，信函申请8件。')).toEqual([{ whole: 215, parts: [168, 39, 8], complete: true }]);
  });
  it('reads a total after its parts that names the whole body’s scope (「全区共计」), and no part’s share after it', () => {
    expect(enumerate('区政府本级收到申请31件，各镇街共收到申请9件，全区共计40件。')).toEqual([{ whole: 40, parts: [31, 9], complete: true }]);
    expect(enumerate('县本级主动公开信息820条，各乡镇主动公开信息390条，全县合计1210条。')).toEqual([{ whole: 1210, parts: [820, 390], complete: true }]);
    // A share after the total is the share of the part its words name, not of the last part.
    const stream = textStream([line('区本级收到申请30件，各镇街收到申请10件，全区共计40件，区本级占75%。')]);
    const claims = readClaims(stream);
    const [list] = readEnumerations(stream.text, claims);
    expect((list?.shares ?? []).map((s) => [claims[s.part]!.value, claims[s.percent]!.value])).toEqual([[30, 75]]);
  });
  it('takes the channels that published items for overlapping, though their words also name channels of a request', () => {
    // One item may go on the website and the notice board both: the parts may add to more than the whole.
    expect(enumerate('全年共主动公开信息1580条，其中通过政府网站公开1320条，通过公开栏、查阅室等其他渠道公开410条。')).toEqual([
      { whole: 1580, parts: [1320, 410], complete: false, subset: true },
    ]);
    expect(enumerate('本年度发布政府信息906条，其中在门户网站发布880条，在政务公开栏发布95条。')).toEqual([{ whole: 906, parts: [880, 95], complete: true, subset: true }]);
    // Requests arrive by one channel each: still a partition.
    expect(enumerate('共收到申请40件，其中网上申请31件，其他方式申请9件。')).toEqual([{ whole: 40, parts: [31, 9], complete: true }]);
  });
  it('reads a clause of items given numbers by 分别 right after a number as that number’s breakdown', () => {
    expect(enumerate('本年度办结申请58件，予以公开、部分公开、无法提供分别为40件、10件、8件。')).toEqual([{ whole: 58, parts: [40, 10, 8], complete: true }]);
    // Not after a sentence's end, nor when the clause before 分别 has a number of its own.
    expect(enumerate('本年度办结申请58件。予以公开、部分公开分别为40件、10件。')).toEqual([]);
    expect(enumerate('办结申请58件，其余2件和新收5件分别为下年度办理。')).toEqual([]);
  });
  it('takes two of many categories for all of the whole when the words before the list say it is all of them', () => {
    expect(enumerate('全年答复申请60件，均为同意公开或部分公开，其中同意公开41件、部分公开17件。')).toEqual([{ whole: 60, parts: [41, 17], complete: true }]);
    // Saying it of other categories than the list's says nothing of the list.
    expect(enumerate('全年答复申请60件，均为网上申请，其中同意公开41件、部分公开17件。')).toEqual([{ whole: 60, parts: [41, 17], complete: false }]);
  });
  it('reads a sum spelled out with 加上 (「A件，加上B件，共计C件」)', () => {
    expect(enumerate('全年新收申请215件，再加上上年度结转的12件，合计需办理227件。')).toEqual([{ whole: 227, parts: [215, 12], complete: true }]);
    expect(enumerate('主动公开信息3200条，连同专栏发布的180条，共计3380条。')).toEqual([{ whole: 3380, parts: [3200, 180], complete: true }]);
    expect(enumerate('全年新收申请156件，同比增加32件，加上上年结转4件，共需办理160件。')).toContainEqual({ whole: 160, parts: [156, 4], complete: true });
    // Without a total after it, 加上 says nothing of a whole.
    expect(enumerate('全年新收申请215件，加上上年度结转的12件，均已办结。')).toEqual([]);
  });
  it('reads a number whose words after it say what all of it is (「审结的5件均为驳回」) by those words', () => {
    expect(enumerate('本年度行政诉讼共6件，其中未经复议直接起诉4件、复议后起诉2件，审结的5件均为驳回，尚有1件未审结。')).toEqual([
      { whole: 6, parts: [4, 2], complete: false },
      { whole: 6, parts: [5, 1], complete: true },
    ]);
  });
  it('gives no part a share whose own words name other things (「…，图解、视频解读等多元化解读占比达61.5%」)', () => {
    const stream = textStream([line('全年开展政策解读52次，其中主要负责同志解读8次，图片、动漫等形式解读占比达40.4%。')]);
    const claims = readClaims(stream);
    expect(readEnumerations(stream.text, claims).flatMap((e) => e.shares ?? [])).toEqual([]);
    // A share with no words of its own after its part is that part's.
    const plain = textStream([line('全年开展政策解读52次，其中主要负责同志解读8次，占15.4%。')]);
    const plainClaims = readClaims(plain);
    expect(readEnumerations(plain.text, plainClaims).flatMap((e) => e.shares ?? []).map((x) => plainClaims[x.percent]!.value)).toEqual([15.4]);
  });
  it('takes two kinds of information for some of them, unless one is the catch-all', () => {
    expect(enumerate('全年主动公开信息300条，其中机构职能类信息40条、规划计划类信息25条。')).toEqual([{ whole: 300, parts: [40, 25], complete: false }]);
    expect(enumerate('全年主动公开信息300条，其中机构职能类信息40条、其他类信息260条。')).toEqual([{ whole: 300, parts: [40, 260], complete: true }]);
  });
  it('reads 具体为 / 分别为 right after a number (a share of it between) as opening its breakdown', () => {
    expect(enumerate('法人或其他组织提出20件，占25%，分别为商业企业15件、法律服务机构5件。')).toEqual([{ whole: 20, parts: [15, 5], complete: true }]);
    expect(enumerate('答复申请40件，具体为：同意公开25件、不予公开15件。')).toEqual([{ whole: 40, parts: [25, 15], complete: true }]);
  });
  it('takes a list that leaves out a category named between the whole and the list for not all of it', () => {
    expect(enumerate('共收到申请20件，大多通过网上提交。其中信函申请3件、其他方式申请1件。')).toEqual([{ whole: 20, parts: [3, 1], complete: false }]);
    expect(enumerate('共收到申请20件。其中信函申请3件、其他方式申请17件。')).toEqual([{ whole: 20, parts: [3, 17], complete: true }]);
  });
  it('gives each of two counts of different kinds of case said together its own parts', () => {
    expect(enumerate('全年引发行政复议5件、行政诉讼3件，其中复议维持3件、纠错1件、其他情形1件，诉讼维持或驳回原告诉讼请求2件、其他情形1件。')).toEqual([
      { whole: 5, parts: [3, 1, 1], complete: true },
      { whole: 3, parts: [2, 1], complete: true },
    ]);
  });
  it('ends a list before the count of another group of answers, and before a figure of a run of years', () => {
    expect(enumerate('不予公开的4件中，涉及行政执法案卷3件，保护第三方合法权益1件；不予处理的7件均为信访举报投诉类申请。').map((e) => [e.whole, e.parts])).toEqual([[4, [3, 1]]]);
    expect(enumerate('2012年，我局共主动公开信息963条，其中网站公开941条、政府公报公开22条，历年累计主动公开信息4210条。').map((e) => [e.whole, e.parts])).toEqual([[963, [941, 22]]]);
  });
  it('takes no change, and no figure of the year a change is measured from, for a whole', () => {
    expect(enumerate('受理申请数比上年增加8件，其中网上申请增加11件，当面申请减少3件。')).toEqual([]);
    expect(enumerate('全年共收到申请35件，较2012年的28件增加7件，其中区政府办公室受理12件。').every((e) => e.whole !== 7 && e.whole !== 28)).toBe(true);
  });
  it('reads no list when its parts exceed the nearest number and an earlier one could hold them', () => {
    expect(enumerate('2019年，我局共收到政府信息公开申请21件，上年结转2件，其中自然人申请17件、法人或其他组织申请2件。')).toEqual([]);
    // With no such earlier number the excess is the contradiction to report.
    expect(enumerate('全年共受理申请3件，其中自然人申请19件、法人或其他组织申请2件。')).toEqual([{ whole: 3, parts: [19, 2], complete: true }]);
  });
  it('reads no list without 其中 across a semicolon, nor from an item of another list', () => {
    expect(enumerate('行政复议中维持3件、其他结果1件；行政诉讼中直接起诉3件、复议后起诉1件。').some((e) => e.whole === 1)).toBe(false);
  });
});

describe('lists of blind set 9’s classes', () => {
  it('turns from the two kinds of lawsuit to their outcomes, each run a breakdown of the whole', () => {
    expect(enumerate('行政诉讼案件14件，其中直接起诉9件、经复议后起诉5件，诉讼结果维持10件、纠正1件、尚未审结3件。').map((e) => [e.whole, e.parts])).toEqual([
      [14, [9, 5]],
      [14, [10, 1, 3]],
    ]);
  });
  it('counts a reason 不予处理 is printed with among the outcomes', () => {
    expect(enumerate('12件申请中，予以公开7件，部分公开1件，本机关不掌握相关政府信息3件，信访举报投诉类申请1件。')[0]).toMatchObject({ whole: 12, parts: [7, 1, 3, 1] });
  });
  it('breaks 法人或其他组织 down by the organisations after it, in a list of applicants', () => {
    expect(enumerate('在326件新收申请中，自然人提出292件；法人或其他组织提出34件，其中商业企业27件、法律服务机构5件、其他组织2件。').map((e) => [e.whole, e.parts])).toEqual([
      [326, [292, 34]],
      [34, [27, 5, 2]],
    ]);
  });
  it('takes the whole 「…的36件中，」 names for its list', () => {
    const lists = enumerate('无法提供的152件中，不掌握131件，另行制作14件，不明确7件；不予处理的36件中，信访举报投诉类21件，重复申请11件，要求提供公开出版物1件，无正当理由大量反复申请3件。');
    expect(lists.map((e) => [e.whole, e.parts])).toEqual([
      [152, [131, 14, 7]],
      [36, [21, 11, 1, 3]],
    ]);
  });
  it('takes the earlier number the parts add up to when they exceed the nearest', () => {
    expect(enumerate('全年共收到申请187件，上年结转7件，其中自然人提出163件、商业企业19件、科研机构2件、社会公益组织3件。')[0]).toMatchObject({ whole: 187 });
  });
  it('gives a share that names one of the parts to that part', () => {
    const stream = textStream([line('全年受理申请128条，其中网上申请86条、当面申请25条、信函申请9条、传真申请5条、电子邮件申请3条，网上申请占67.2%。')]);
    const claims = readClaims(stream);
    const shares = readEnumerations(stream.text, claims)[0]!.shares!.map((s) => [claims[s.part]!.value, claims[s.percent]!.value]);
    expect(shares).toEqual([[86, 67.2]]);
  });
});

describe('numbers that lead their words', () => {
  it('reads the parts from the words after each number', () => {
    expect(enumerate('87件已办结申请中，39件予以公开，12件部分公开，33件无法提供，9件不予处理。')[0]).toMatchObject({ whole: 87, parts: [39, 12, 33, 9], complete: true });
  });
});

describe('what a list claims', () => {
  it('reads two of many categories as the two the prose chose, three or a catch-all as all of them', () => {
    expect(enumerate('对申请人的答复共计47件，其中同意公开31件、不予公开5件。')[0]).toMatchObject({ whole: 47, complete: false });
    expect(enumerate('本年度新收申请52件，其中自然人48件，商业企业3件，其他组织2件。')[0]).toMatchObject({ whole: 52, complete: true });
    expect(enumerate('本年度新收申请52件，其中自然人48件、法人或其他组织4件。')[0]).toMatchObject({ whole: 52, complete: true });
    // Two levels, or the two kinds of lawsuit, are all there are.
    expect(enumerate('全年被提起行政诉讼3件，其中未经复议直接起诉1件，复议后起诉1件。')[0]).toMatchObject({ whole: 3, parts: [1, 1], complete: true });
    expect(enumerate('从历年累计看，共受理申请196条，网上申请121条、当面申请47条居前两位。')[0]).toMatchObject({ complete: false });
  });
  it('gives percentages said 分别 after the last part to the parts in order', () => {
    const stream = textStream([line('全县共收到申请258件，其中县直部门196件、乡镇人民政府62件，占比分别为76%和24%。')]);
    const claims = readClaims(stream);
    const shares = readEnumerations(stream.text, claims)[0]!.shares!.map((s) => [claims[s.part]!.value, claims[s.percent]!.value]);
    expect(shares).toEqual([[196, 76], [62, 24]]);
  });
  it('opens a list with 「…里，」 as with 「…中，」', () => {
    expect(enumerate('156件新收申请里，来自自然人的142件，来自法人或其他组织的21件。')[0]).toMatchObject({ whole: 156, parts: [142, 21] });
  });
});

describe('readEnumerations', () => {
  it('reads the year’s part of a cumulative whole as the whole of the parts after it', () => {
    expect(enumerate('截至2012年底，全市历年累计主动公开政府信息21543条，其中2012年新增4310条，通过政府网站公开4186条、通过政府公报公开124条。')).toEqual([
      { whole: 21543, parts: [4310], complete: false, subset: true },
      { whole: 4310, parts: [4186, 124], complete: true, subset: true },
    ]);
    expect(enumerate('自2008年以来，我县累计受理政府信息公开申请403件，其中本年度受理38件，同意公开30件、不予公开8件。')).toEqual([
      { whole: 403, parts: [38], complete: false, subset: true },
      { whole: 38, parts: [30, 8], complete: true },
    ]);
    // A list after a cumulative figure that adds up to the year's figure said just before it is the year's.
    expect(enumerate('全年受理政府信息公开申请17件，历年累计受理96件，其中当面申请5件、网上申请12件。')).toEqual([{ whole: 17, parts: [5, 12], complete: true }]);
    expect(enumerate('全年受理政府信息公开申请17件，历年累计受理96件，其中当面申请50件、网上申请46件。')).toEqual([{ whole: 96, parts: [50, 46], complete: true }]);
    // A whole of the year keeps every part.
    expect(enumerate('全年受理申请38件，其中本年度新收35件、上年结转3件。')[0]).toEqual({ whole: 38, parts: [35, 3], complete: true });
  });
  it('takes the nearest whole with the parts’ unit, skipping a rate', () => {
    expect(enumerate('收到依申请公开464件，申请办结464件，办结率100%，其中属于已主动公开范围数为186件、同意公开答复数252件。')).toEqual([
      // Two of the many outcomes: the two the prose chose to name, not all of them.
      { whole: 464, parts: [186, 252], complete: false },
    ]);
  });
  it('reads parts across a semicolon and skips percentages', () => {
    expect(enumerate('新增主动公开信息 148954 条，其中市级机关 57034 条，占总数的 38.3%；各县市区 91920 条，占总数的 61.7%。')).toEqual([
      { whole: 148954, parts: [57034, 91920], complete: true },
    ]);
  });
  it('does not count a breakdown in brackets as parts of the whole (parts that add up exactly are a breakdown)', () => {
    expect(enumerate('我市33条热线整合完成。其中实质性整合28条（包括撤销的10条和呼叫转接的18条），实行并行接听的5条。')).toEqual([
      { whole: 33, parts: [28, 5], complete: true },
      { whole: 28, parts: [10, 18], complete: true },
    ]);
  });
  it('ends the list where the prose turns to another whole', () => {
    expect(enumerate('共收到申请21条，其中当面申请数18条，电子邮件申请数3条；对依申请公开的答复总数21条，其中同意公开答复数17条，其它2条。')).toEqual([
      { whole: 21, parts: [18, 3], complete: true },
      { whole: 21, parts: [17, 2], complete: true },
    ]);
    expect(enumerate('办结81件，其中：予以公开42件；不予公开5件；其他处理2件；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。')).toEqual([
      { whole: 81, parts: [42, 5, 2], complete: true },
    ]);
  });
  it('counts a number whose unit the list leaves out', () => {
    expect(enumerate('获取政府信息总数1873条，其中主动公开政府信息425条，作为依申请公开信息数46条，不予公开信息数1402。')).toEqual([
      { whole: 1873, parts: [425, 46, 1402], complete: true },
    ]);
  });
  it('marks a list introduced as 主要 … 等 as incomplete', () => {
    expect(enumerate('受理申请100件，其中主要涉及征地拆迁30件、社会保障20件等方面。')).toEqual([
      { whole: 100, parts: [30, 20], complete: false, subset: true },
    ]);
  });
  it('reads a parenthetical number as a part of the number before it, never as the whole of what follows', () => {
    expect(enumerate('共办结申请520件（含上年结转40件），其中予以公开230件、部分公开60件、不予公开30件。')).toEqual([
      { whole: 520, parts: [40], complete: true, subset: true },
      { whole: 520, parts: [230, 60, 30], complete: true },
    ]);
    expect(enumerate('全年受理申请86件(其中上年度结转6件)，其中自然人申请80件，法人或其他组织申请6件。')).toEqual([
      { whole: 86, parts: [6], complete: true, subset: true },
      { whole: 86, parts: [80, 6], complete: true },
    ]);
  });
  it('tells a partition (categories of one division) from overlapping attributes', () => {
    expect(enumerate('收到申请60件，其中网上申请50件，为民办实事项目12件。')).toEqual([{ whole: 60, parts: [50, 12], complete: true, subset: true }]);
    expect(enumerate('收到申请60件，其中网上申请50件，信函申请8件，当面申请2件。')).toEqual([{ whole: 60, parts: [50, 8, 2], complete: true }]);
    expect(enumerate('主动公开信息1200条，其中区直部门800条、各乡镇400条。')).toEqual([{ whole: 1200, parts: [800, 400], complete: true }]);
  });
  it('keeps parts of the whole’s measure word only', () => {
    expect(enumerate('编发信息900篇，其中动态信息600篇、公众号关注人数31000人、政策解读300篇。')).toEqual([{ whole: 900, parts: [600, 300], complete: true }]);
    expect(enumerate('编发信息900篇，其中动态信息650篇、公众号关注人数31000人、政策解读300篇。')).toEqual([
      { whole: 900, parts: [650, 300], complete: true, subset: true },
    ]);
  });
  it('gives a list to the earlier number its first part names, when the nearest shares none of its words', () => {
    expect(enumerate('全年被申请行政复议2件、提起行政诉讼1件，其中行政复议结果维持1件、尚未审结1件。')).toEqual([{ whole: 2, parts: [1, 1], complete: true }]);
    expect(enumerate('发布政策解读稿件36篇、新闻稿件120篇，其中政策解读图文解读20篇、视频解读16篇。')).toEqual([{ whole: 36, parts: [20, 16], complete: true }]);
  });
  it('reads a share that names its whole inside its own words (占…总数N件的x%)', () => {
    const shareOf = (text: string) => {
      const stream = textStream([line(text)]);
      const claims = readClaims(stream);
      return readEnumerations(stream.text, claims).flatMap((e) => (e.shares ?? []).map((s) => [claims[s.part]!.value, claims[e.whole]!.value, claims[s.percent]!.value]));
    };
    expect(shareOf('全年网上申请30件，占受理申请总数41件的73.2%。')).toEqual([[30, 41, 73.2]]);
    expect(shareOf('予以公开和部分公开合计118件，占办理结果总数208件的56.7%。')).toEqual([[118, 208, 56.7]]);
    // The whole in brackets after its words; a bracket left open says nothing.
    expect(shareOf('予以公开和部分公开的申请合计215件，占全部办结申请（341件）的63.0%。')).toEqual([[215, 341, 63]]);
    expect(shareOf('当面申请12件，占收到申请总量(48件)的25%。')).toEqual([[12, 48, 25]]);
    expect(shareOf('全年网上申请30件，占受理申请总数（41件的73.2%。')).toEqual([]);
  });
  it('reads a category broken down inside its list, and resumes the list after it', () => {
    expect(enumerate('在办结的36件中，予以公开14件，部分公开5件，不予公开9件，其中属于保护第三方合法权益6件，属于三类内部事务信息4件，无法提供6件，不予处理2件。')).toEqual([
      { whole: 36, parts: [14, 5, 9, 6, 2], complete: true },
      { whole: 9, parts: [6, 4], complete: true, subset: true },
    ]);
    expect(enumerate('全年答复申请80件，其中同意公开50件，不同意公开12件，其中涉及国家秘密2件、涉及个人隐私10件，信息不存在18件。')).toEqual([
      { whole: 80, parts: [50, 12, 18], complete: true },
      { whole: 12, parts: [2, 10], complete: false },
    ]);
  });
});

