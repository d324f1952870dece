// Links each narrative claim to the table indicator it restates: first through the template's lexicon
// (how prose names an indicator), then by finding an indicator's own label inside the claim's subject
// (「同意公开答复数252件」). A claim links only when exactly one reading fits: when two lexicon entries
// match, the prose may mean either and the claim stays unlinked. Nothing is linked by number alone, and
// a number the prose gives as approximate, as a change, or for another year is never linked.

import type { Claim, ClaimLink } from '../model/types.ts';
import type { ColumnDef, LexiconEntry, TemplateDef } from '../template/definition.ts';
import { labelKey } from '../tables/labelSimilarity.ts';
import { columnNamed } from './columnNamed.ts';
import { childrenOf, parentOf, rowsNamed } from './rowNamed.ts';
import { namesPeriod, periodAt } from './period.ts';
import { respectiveSubjects } from './respectively.ts';
import { sentenceEnd, sentenceStart } from './sentences.ts';
import { LAWSUIT_KINDS } from './linkParts.ts';

/**
 * Words that make a claim's scope narrower than the report's aggregated table: one office, the city
 * level only, one website. Such a claim is compared, but a difference is a difference of scope.
 */
const NARROWER = /市政府网站|市政府门户网站|市级|市直|县直|区直|本级|政府办公室|政府公开办|[市区县]政府办|公开办|本机关|本单位|市本级|乡镇|街道|镇街|各县|各区县|各市县/;

/** 行政复议 and 行政诉讼 named together (「行政复议、行政诉讼案件共9起」). */
const BOTH_CASES = /复议.{0,8}诉讼|诉讼.{0,8}复议/;

/** A change from another period or another year's figure, not this year's count. */
const NOT_THIS_YEAR = /上一?年(?!度?结转)|去年|同比|环比|较|比上|相比|(增加|减少|增长|下降|上升)了?$|由[^，。；]*$|年初|期初|上年[末底]|年度开始/;
/** A figure compared with another year's: a difference, never a cell (「比上年增加12件」, 「同比下降5%」). */
const COMPARISON = /同比|环比|较|比上|相比|比\d{4}年/;
/** A decrease, which a signed column (本年增/减) holds as a negative number. */
const DECREASE = /减少|下降|净减|核减|取消/;

/** The columns of any table whose words name last year's figure or the year's change, among those the words name. */
function pastOrChangeColumns(template: TemplateDef, words: string): ColumnDef[] {
  return (template.tables ?? []).flatMap((t) => t.columns.filter((c) => c.words?.test(words) && (c.kind === 'signed' || /上一?年|上年/.test(c.zh))));
}

/**
 * Whether a claim may restate the column it was linked to: a figure of last year or a change only that
 * column's own (上一年项目数量, 本年增/减); a decrease never a signed column, whose cell prints it negative
 * while the prose prints it bare (「本年减少36项」 is −36): it is left unlinked rather than compared wrong.
 */
function columnFitsChange(template: TemplateDef, row: string, column: number | undefined, words: string, pastOrChange: boolean): boolean {
  const table = template.indicators.find((d) => d.id === row)?.table;
  const def = column === undefined ? undefined : template.tables?.find((t) => t.id === table)?.columns[column];
  if (def?.kind === 'signed' && DECREASE.test(words)) return false;
  return !pastOrChange || (def !== undefined && pastOrChangeColumns(template, words).includes(def));
}

/** A figure per issue, per day, per person (「每期印制3000份」), or one of several a 「分别」 hands out. */
const NOT_A_TOTAL = /每[期次天日月周年人件份场]|分别|各为?$/;

/**
 * Answers counted by when they came (「在法定期限内答复452件」, 「按期办结40件」, 「逾期答复2件」): a share of the
 * answers that no cell holds, even when it happens to be all of them.
 */
const TIMELINESS = /(?:(?:法定|规定)(?:答复)?(?:期限|时限)内|按时|按期|如期|逾期|超期|超过(?:法定)?(?:期限|时限))[^，。；]{0,4}(?:答复|办结)/;
/** The time limit named as a reason (「因在法定答复期限内，结转至下一年度」): its 答复 is no answer. */
const TIME_LIMIT = /(?:在|于)?(?:法定|规定)(?:答复)?(?:期限|时限)内?/g;
/** A number the prose pairs with an item by 「分别」 is read with that item's words (respectively.ts). */

/**
 * Sentences about other business than disclosure (administrative approvals, hotlines, petitions, deputies'
 * proposals): their 受理 and 办结 count applications of another kind, which no cell of the disclosure
 * tables holds. 「行政审批局」 is a body's name, not that business.
 */
const OTHER_BUSINESS = /审批(?!局)|政务服务|便民服务|12345|热线|咨询投诉|办件|留言|人大代表建议|政协提案|建议提案/;

/** A subject of filler words only: what the number counts is said after it. */
const BARE_SUBJECT = /^(另有|另外|还有|尚有|共有|其余|其中|此外|对|另|共|有|均|，|,|\s)*$/;

export function linkClaims(template: TemplateDef, claims: Claim[], text: string, year?: number): ClaimLink[] {
  const links: ClaimLink[] = [];
  // A label that ends in 数 (「告知通过其他途径办理数」, 「微博微信回应事件数」) names what prose counts without it.
  const labels = template.indicators
    .flatMap((def) => [def.label, ...(def.aliases ?? [])].map((label) => ({ id: def.id, key: labelKey(label).replace(/总?[次件人个份期条]?数$/, '') })))
    .filter((l) => l.key.length >= 5);
  const respective = respectiveSubjects(text, claims);
  claims.forEach((original, index) => {
    const paired = respective.get(index);
    const claim = paired !== undefined ? { ...original, subject: paired } : original;
    // A number without its measure word restates nothing on its own (the rows of a table left unread in
    // the text print theirs bare); as a part of a list it is linked through its whole (linkParts.ts).
    // Last year's figure or a change restates a cell only where the table has a column for it (2019's
    // table 二: 上一年项目数量, 本年增/减), said outright (「上一年为326项」, 「本年新增6项」), not compared.
    const pastOrChange = NOT_THIS_YEAR.test(claim.subject);
    if (pastOrChange && (COMPARISON.test(claim.subject) || pastOrChangeColumns(template, claim.subject).length === 0)) return;
    if (claim.approximate || claim.unit === '%' || claim.unit === '' || NOT_A_TOTAL.test(claim.subject) || otherYear(claim.subject, year)) return;
    // The 2008 table has a row of its own for them (按时办结): there the lexicon links them.
    if (TIMELINESS.test(claim.subject) && !template.indicators.some((d) => TIMELINESS.test(d.label))) return;
    const sentence = sentenceOf(text, claim.offset);
    if (OTHER_BUSINESS.test(sentence.slice(0, claim.offset - sentenceStart(text, claim.offset)))) return;
    const narrower = NARROWER.exec(claim.subject)?.[0];
    const scope = narrower ? { narrower } : {};
    // 行政复议 and 行政诉讼 counted together: no one cell holds their sum.
    if (BOTH_CASES.test(claim.subject)) return;
    const lexicon = template.lexicon ?? [];
    // The words of time that govern a number are those of its clause group: a clause mark after the number
    // before it starts a new one (「历年累计主动公开21684条；收到…申请1件」: the 1 is not cumulative), while a
    // list goes on under the same words (「历年累计受理申请403条、答复403条」).
    const previous = claims[index - 1];
    const start = sentenceStart(text, claim.offset);
    const inSentence = previous !== undefined && previous.offset >= start;
    const afterPrevious = inSentence ? previous.offset + previous.raw.length : start;
    const cut = inSentence ? text.slice(afterPrevious, claim.offset).search(/[，；,;]/) : -1;
    const before = text.slice(cut >= 0 ? afterPrevious + cut + 1 : start, claim.offset);
    // After a comma with no word of time of its own, a number may go on under the words before the comma
    // (「历年累计受理147条，答复147条」) or start afresh (「累计主动公开43590条，收到…申请3件」): uncertain.
    const periods = cut >= 0 && !namesPeriod(before) && text[afterPrevious + cut] !== '；' && text[afterPrevious + cut] !== ';' && periodAt(text.slice(start, claim.offset)) !== periodAt(before) ? 'either' : periodAt(before);
    // A cumulative figure (「自2008年以来累计受理1046件」) restates no cell of a table without a cumulative column.
    if (periods === 'cumulative' && !lexicon.some((e) => e.period === 'cumulative')) return;
    // 「共办理申请148件（含上年结转6件）」: a parenthesis right after the number that says the figure includes
    // last year's carried-over requests is part of its words, as it is before the number (「申请（含上年度
    // 结转）76件」): the figure is the intake, new and carried over together, not the count of answers.
    // Only a figure of requests taken in says so: 「答复3050件（含上年度结转申请）」 still counts answers.
    const intake = /(收到|受理|处理|办理|接收)[^，。；]*申请[^，。；]*$/.test(claim.subject) && !/答复|办结/.test(claim.subject);
    const includesCarried = intake ? (/^[（(](?:其中|含|包括|包含)[^（）()]*结转[^（）()]*[）)]/.exec(text.slice(claim.offset + claim.raw.length))?.[0] ?? '') : '';
    // The words the link was found by: the subject, or the subject with the words after the number.
    let words = `${claim.subject}${includesCarried}`;
    let matches = lexicon.filter((e) => entryMatches(e, { ...claim, subject: words }, sentence, periods));
    // 「共收到70件申请」, 「另有5件转下一年度办理」: when the words before the number do not say what it counts,
    // the few words after it do.
    if (matches.length === 0) {
      const after = wordsAfter(text, claim).replace(TIME_LIMIT, '');
      // After words that say nothing of what is counted (「另有3件申请因需征求意见转入下一年度办理」, 「对12件告知
      // 本机关不掌握」), the whole clause after the number does.
      const reach = BARE_SUBJECT.test(claim.subject) ? 24 : 10;
      if (after.length > 0 && after.length <= reach) {
        words = `${claim.subject}${after}`;
        matches = lexicon.filter((e) => entryMatches(e, { ...claim, subject: words }, sentence, periods));
      }
    }
    // 「全年制发规范性文件92件，主动公开89件」: a verb alone after a number of the same measure word goes on
    // with the thing the number before it counted, said once for both.
    const elided = matches.length === 0 && inSentence && previous.unit === claim.unit ? elidedNoun(previous.subject, claim.subject) : undefined;
    if (elided) {
      const withNoun = `${claim.subject}${elided}`;
      const found = lexicon.filter((e) => entryMatches(e, { ...claim, subject: withNoun }, sentence, periods));
      if (found.length === 1) [words, matches] = [withNoun, found];
    }
    if (matches.length > 1) return;
    const entry = matches[0];
    if (entry) {
      const column = columnOf(template, entry, words);
      if (column === null || !columnFitsChange(template, entry.indicators[0]!, column, claim.subject, pastOrChange)) return;
      const rows = narrowSum(template, refineGroup(template, entry.indicators, words, text.slice(afterPrevious, claim.offset), text.slice(start, claim.offset)), entry.sum === true, wordsUpToNext(text, claims, index), claim.subject);
      links.push({
        claim: index,
        indicators: rows.indicators,
        evidence: `「${claim.subject}」~ ${entry.subject.source}`,
        weak: !!entry.weak,
        ...(column !== undefined ? { column } : {}),
        ...(rows.sum || (entry.sum && rows.indicators.length > 1) ? { sum: true } : {}),
        ...(entry.orSum ? { orSum: entry.orSum } : {}),
        ...(entry.reading ? { reading: entry.reading } : {}),
        ...scope,
      });
      return;
    }
    // Words the lexicon deliberately turns away (a category of 主动公开, one office's figure) are not
    // linked by the row's label either.
    if (lexicon.some((e) => unitFits(e.units, claim.unit) && e.subject.test(claim.subject) && (!e.context || e.context.test(sentence)))) return;
    const subject = labelKey(claim.subject);
    const found = labels.filter((l) => subject.includes(l.key));
    if (found.length === 0) return;
    const longest = Math.max(...found.map((l) => l.key.length));
    const named = [...new Set(found.filter((l) => l.key.length === longest).map((l) => l.id))];
    // 「涉及国家秘密等原因不同意公开的」 names the first of several reasons: the row they are printed under.
    // A label several rows share (市政府及其部门 under 十 and under 十一) names none of them for certain;
    // such a number may still be linked as a part of its whole (linkParts.ts).
    if (named.length !== 1) return;
    const parent = /等/.test(claim.subject) ? parentOf(template, named[0]!) : undefined;
    const ids = parent ? [parent] : named;
    // A row of a table with several columns (二(一): 本年制发 | 本年废止 | 现行有效) is one number only
    // with its column: the claim's own words must name exactly one, or the claim stays unlinked.
    const column = columnNamed(template, ids[0]!, claim.subject);
    if (column === null || !columnFitsChange(template, ids[0]!, column, claim.subject, pastOrChange)) return;
    // A level word the row's own label has (八(三) 乡镇政府（街道办事处）门户网站) is that row, not a narrower scope.
    const ownLevel = narrower !== undefined && ids.some((id) => (template.indicators.find((d) => d.id === id)?.label ?? '').includes(narrower));
    links.push({ claim: index, indicators: ids, evidence: `「${claim.subject}」⊇ ${ids.join('/')}`, weak: false, ...(column !== undefined ? { column } : {}), ...(ownLevel ? {} : scope) });
  });
  return linkCaseOutcomes(template, claims, text, linkCumulativeEllipses(template, claims, text, linkEllipses(template, claims, text, links, labels)));
}


/**
 * 「行政复议被纠错1件」, 「行政复议案件中，结果维持5件，结果纠正1件」: an outcome of table 四 (维持, 纠正, 其他结果,
 * 尚未审结) counted for the kind of case its sentence names before it, and only one kind: that group's
 * column (行政诉讼: both lawsuit groups added). A sentence naming both kinds before the number says nothing
 * certain, and a number no outcome is named for is left alone.
 */
function linkCaseOutcomes(template: TemplateDef, claims: Claim[], text: string, links: ClaimLink[]): ClaimLink[] {
  const reconsideration = '四.复议';
  const lawsuits = ['四.诉讼直接', '四.诉讼复议后'];
  if (![reconsideration, ...lawsuits].every((id) => template.indicators.some((d) => d.id === id))) return links;
  const linked = new Map(links.map((l) => [l.claim, l]));
  claims.forEach((claim, index) => {
    if (linked.has(index) || claim.approximate || !/^[件起]$/.test(claim.unit) || NOT_A_TOTAL.test(claim.subject)) return;
    // The outcome may be said after the number: 「尚有1起未审结」 (the words before say nothing), 「已审结的4起均为
    // 维持」 (all of them one outcome).
    const after = wordsAfter(text, claim);
    const outcomeAfter = BARE_SUBJECT.test(claim.subject) || /^(?:均|全部|都)(?:为|是|系)/.test(after);
    const named = columnNamed(template, reconsideration, claim.subject, undefined, false);
    const column = typeof named === 'number' || !outcomeAfter ? named : columnNamed(template, reconsideration, after, undefined, false);
    if (typeof column !== 'number') return;
    const whole = text.slice(sentenceStart(text, claim.offset), claim.offset);
    // The kind of case: the one the number's own clause names (「…，诉讼案件中驳回原告诉讼请求1件」), else the
    // one its sentence names. 「驳回…诉讼请求」 is an outcome's words, not a kind; a court's judgment is a lawsuit's.
    const kindsIn = (words: string) => {
      const w = words.replace(LAWSUIT_KINDS, '').replace(/诉讼请求/g, '');
      return [/复议/.test(w), /诉讼|起诉|法院|判决/.test(w)];
    };
    const own = kindsIn(whole.slice(Math.max(...['，', ',', '；', ';', '：', ':'].map((mark) => whole.lastIndexOf(mark))) + 1));
    const kinds = own[0] !== own[1] ? own : kindsIn(whole);
    if (kinds[0] === kinds[1]) return;
    // A lawsuit group the sentence names alone (「未经复议直接起诉的9件中」) is that group. Both named in the
    // number's part of the sentence (after its last 「；」), none is certain; both named only in a parenthesis
    // that breaks the lawsuits down (「行政诉讼4件（直接起诉3件，复议后起诉1件），法院判决驳回3件」), or only
    // before a 「；」, the outcome is of all the lawsuits: both groups added.
    const groupsIn = (words: string) => {
      const w = words.replace(/[（(][^（）()]*[）)]/g, '');
      return [/未经复议|直接起诉/.test(w), /复议后|经复议/.test(w.replace(/未经复议/g, ''))];
    };
    const [direct, afterReview] = groupsIn(whole);
    const segment = groupsIn(whole.slice(Math.max(whole.lastIndexOf('；'), whole.lastIndexOf(';')) + 1));
    // Unless the two groups are the 其中 breakdown of a count of all the lawsuits said before them (「行政诉讼
    // 案件5起，其中直接起诉3起、复议后起诉2起，已审结的4起均为维持」): the outcome is then of all of them.
    const breakdown = /诉讼[^，。；]*?\d+\s*[件起][，,]?\s*其中([^。；]*)/.exec(whole)?.[1];
    const brokenDown = breakdown !== undefined && /直接起诉|未经复议/.test(breakdown) && /复议后/.test(breakdown);
    if (!kinds[0] && segment[0] && segment[1] && !brokenDown) return;
    const one = direct !== afterReview;
    const indicators = kinds[0] ? [reconsideration] : brokenDown ? lawsuits : one && direct ? [lawsuits[0]!] : one && afterReview ? [lawsuits[1]!] : lawsuits;
    linked.set(index, { claim: index, indicators, column, ...(indicators.length > 1 ? { sum: true } : {}), evidence: `「${claim.subject}」⊇ ${indicators.join('+')}`, weak: true });
  });
  return [...linked.values()].sort((a, b) => a.claim - b.claim);
}

/** Words that only say a figure is cumulative, or how it is reached, not what it counts. */
const CUMULATIVE_ONLY = /历年|累计|以来|至今|已达|已经|达到|共计|总计|合计|共|达|为|[，,（(\s]/g;

/**
 * 「全年受理申请14件，历年累计受理63件」, 「受理8件（历年累计31件）」: in a table with a 历年累计 column, a
 * cumulative figure whose words name nothing but the verb of the figure just before it in the sentence
 * restates that figure's row in the cumulative column. It is never smaller than the year's figure.
 */
function linkCumulativeEllipses(template: TemplateDef, claims: Claim[], text: string, links: ClaimLink[]): ClaimLink[] {
  const cumulative = template.lexicon?.filter((e) => e.period === 'cumulative') ?? [];
  if (cumulative.length === 0) return links;
  const linked = new Map(links.map((l) => [l.claim, l]));
  claims.forEach((claim, index) => {
    if (linked.has(index) || claim.approximate || periodAt(claim.subject) !== 'cumulative') return;
    const rest = claim.subject.replace(CUMULATIVE_ONLY, '');
    // The figure it goes back to, in its sentence: when it repeats a verb (「历年累计受理」), the first figure
    // with that verb (the whole of a list, not the list's parts); otherwise the one just before it, or,
    // after a closed parenthesis of parts (「4520件（包括…143件），历年累计27893件」), the one before that.
    const start = sentenceStart(text, claim.offset);
    const inSentence = claims.map((c, i) => i).filter((i) => i < index && claims[i]!.offset >= start);
    const closed = text.slice(start, claim.offset).lastIndexOf('）');
    const opened = closed >= 0 ? text.lastIndexOf('（', start + closed) : -1;
    const k =
      rest !== ''
        ? inSentence.find((i) => claims[i]!.subject.includes(rest))
        : [...inSentence].reverse().find((i) => opened < 0 || opened < start || claims[i]!.offset < opened);
    if (k === undefined) return;
    const before = claims[k];
    const previous = linked.get(k);
    if (!before || !previous || previous.sum || previous.indicators.length !== 1 || (previous.column ?? 0) !== 0) return;
    if (/[。！？!?；;]/.test(text.slice(before.offset, claim.offset)) || claim.unit !== before.unit || claim.value < before.value) return;
    if (rest !== '' && !before.subject.includes(rest)) return;
    const row = previous.indicators[0]!;
    if (!cumulative.some((e) => e.indicators.length === 1 && e.indicators[0] === row)) return;
    linked.set(index, { claim: index, indicators: [row], column: 1, evidence: `「${claim.subject}」⊇ ${row}（历年累计）`, weak: previous.weak });
  });
  return [...linked.values()].sort((a, b) => a.claim - b.claim);
}

/**
 * 「制发行政规范性文件14件，废止9件」: the second number leaves its row unsaid. A claim whose few words
 * name only a column is linked to that column of the row the claim before it in the same sentence named,
 * when its words name exactly one column of that row's table.
 */
function linkEllipses(template: TemplateDef, claims: Claim[], text: string, links: ClaimLink[], labels: Array<{ id: string; key: string }>): ClaimLink[] {
  const linked = new Map(links.map((l) => [l.claim, l]));
  const rowNamedBy = (claim: Claim): string | undefined => {
    const subject = labelKey(claim.subject);
    const ids = [...new Set(labels.filter((l) => subject.includes(l.key)).map((l) => l.id))];
    return ids.length === 1 ? ids[0] : undefined;
  };
  // Numbers after which the prose has gone on to another whole (see below): an ellipsis after one of them
  // does not reach back past it to the row before (「复议后起诉4件，法院判决维持9件，尚未审结2件」: the 2 is
  // an outcome of the 9's whole, not of 复议后起诉).
  const movedOn = new Set<number>();
  claims.forEach((claim, index) => {
    if (index === 0 || linked.has(index) || claim.approximate || claim.subject.length > 10 || NOT_A_TOTAL.test(claim.subject)) return;
    // The row is the one the nearest number before it in the sentence was linked to or named.
    let k = index - 1;
    while (k > 0 && !linked.has(k) && !movedOn.has(k) && index - k < 3 && !rowNamedBy(claims[k]!)) k--;
    if (movedOn.has(k)) return;
    const before = claims[k]!;
    if (/[。！？!?]/.test(text.slice(before.offset, claim.offset))) return;
    // The row comes from a number linked with its column; a row named with no column (「清理规范性文件128件」)
    // says nothing certain about the numbers after it.
    const previous = linked.get(k);
    const row = previous && previous.indicators.length === 1 && !previous.sum ? previous.indicators[0] : rowWithoutColumns(template, rowNamedBy(before));
    if (!row) return;
    const column = columnNamed(template, row, `${claim.subject}${wordsAfter(text, claim)}`, undefined, false);
    if (typeof column !== 'number' || column === previous?.column || (previous?.narrower ?? '') !== '') return;
    if (COMPARISON.test(claim.subject) || !columnFitsChange(template, row, column, claim.subject, NOT_THIS_YEAR.test(claim.subject))) return;
    // After a list of rows of one table (「未经复议直接起诉11件，复议后起诉8件，年底仍有4件未审结」) a column
    // alone may be said of the last row or of them all: not certain.
    const tableOf = (id: string) => template.indicators.find((d) => d.id === id)?.table;
    const sibling = k > 0 ? linked.get(k - 1) : undefined;
    // (A 「；」 between them starts a clause group of its own: 「…现行有效规章38件；制发行政规范性文件23件，废止11件」.)
    const ownGroup = /[；;]/.test(text.slice(claims[k - 1]?.offset ?? 0, before.offset));
    if (sibling && !ownGroup && !sibling.sum && sibling.indicators.length === 1 && sibling.indicators[0] !== row && tableOf(sibling.indicators[0]!) === tableOf(row) && claims[k - 1]!.offset >= sentenceStart(text, before.offset)) return;
    // A number passed over on the way back that names a column of that row itself (「复议后起诉4件，法院判决
    // 驳回原告诉讼请求7件，其余3件尚未审结」) was not that row's: the prose had gone on to another whole.
    for (let j = k + 1; j < index; j++) {
      if (typeof columnNamed(template, row, `${claims[j]!.subject}${wordsAfter(text, claims[j]!)}`, undefined, false) === 'number') return;
    }
    // After a row's total (「复议后起诉4件，法院判决维持9件」) a larger number is no column of that row: the
    // prose has gone on to another whole.
    const total = template.tables?.find((t) => t.id === template.indicators.find((d) => d.id === row)?.table)?.total;
    if (previous?.column === total && total !== undefined && claim.value > before.value) {
      movedOn.add(index);
      return;
    }
    linked.set(index, { claim: index, indicators: [row], column, evidence: `「${claim.subject}」⊇ ${row}`, weak: false });
  });
  return [...linked.values()].sort((a, b) => a.claim - b.claim);
}

/**
 * A group heading of the table (2021's 三(三) 不予公开, 三(四) 无法提供) holds no number of its own: the prose
 * restates the sum of its rows, or one of them when its words name exactly one and do not say 「等」.
 */
/**
 * A group's row (不予处理) linked by its words is one of its rows when the claim's words name exactly that
 * one, or, when they name none, the sentence before the number does (「针对申请人无正当理由大量反复申请的情形，
 * 本机关依法不予处理23件」); 「等」 (several reasons) or an exception (「除…外」) keeps the whole group.
 */
function refineGroup(template: TemplateDef, indicators: string[], words: string, sinceLast: string, sentenceBefore: string): { indicators: string[]; sum?: boolean } {
  const def = indicators.length === 1 ? template.indicators.find((d) => d.id === indicators[0]) : undefined;
  if (!def?.group) return { indicators };
  const children = childrenOf(template, def.id);
  if (children.length === 0) return { indicators };
  const several = (w: string) => /等|除|以外|之外/.test(w);
  let named = several(words) ? [] : rowsNamed(words, children, template, false);
  // The reason said since the number before (「……不予处理3件；因要求行政机关确认或重新出具已获取信息，不予处理
  // 1件」) is this number's; only when none is said there do the sentence's earlier words name it.
  if (named.length === 0 && !several(sinceLast)) named = rowsNamed(sinceLast, children, template, false);
  if (named.length === 0 && !several(sentenceBefore)) named = rowsNamed(sentenceBefore, children, template, false);
  return named.length === 1 ? { indicators: named } : { indicators: children, sum: true };
}

/**
 * 「行政诉讼2件，均为未经复议直接起诉」, 「行政诉讼一件，系申请人未经复议直接起诉」, 「行政诉讼案件1件（复议后
 * 起诉）」: words right after a number that say all of it is one of the rows its sum adds narrow the link
 * to that row; so do the number's own words when they name one of them after the sum's word (「行政诉讼中
 * 直接起诉3件」).
 */
function narrowSum(template: TemplateDef, rows: { indicators: string[]; sum?: boolean }, entrySum: boolean, after: string, subject: string): { indicators: string[]; sum?: boolean } {
  if (!(rows.sum || entrySum) || rows.indicators.length < 2) return rows;
  const one = (words: string): string | undefined => {
    const named = rowsNamed(words, rows.indicators, template, false);
    if (named.length === 1) return named[0];
    const group = lawsuitGroupNamed(words);
    return group && rows.indicators.includes(group) ? group : undefined;
  };
  const m = /^[（(]([^）)]{2,16})[）)]|^[，,]?(?:均为|都是|全部为|均系|全部是|全部系|都为|为|系)([^，。；]{2,16})/.exec(after);
  // The number's own words narrow only a count of lawsuits (a group named with 「等」 keeps its sum: refineGroup).
  const ownGroup = /行政诉讼|诉讼案件/.test(subject) ? lawsuitGroupNamed(subject.replace(/^.*?(行政诉讼|诉讼案件)/, '')) : undefined;
  const named = (m ? one(m[1] ?? m[2]!) : undefined) ?? (ownGroup && rows.indicators.includes(ownGroup) ? ownGroup : undefined);
  return named ? { indicators: [named] } : rows;
}

/** The one lawsuit group the words name (未经复议直接起诉, 复议后起诉), or undefined when they name none or both. */
export function lawsuitGroupNamed(words: string): string | undefined {
  const direct = /未经复议|直接起诉/.test(words);
  const afterReview = /复议后|经复议/.test(words.replace(/未经复议/g, ''));
  return direct === afterReview ? undefined : direct ? '四.诉讼直接' : '四.诉讼复议后';
}

/** The text after a claim up to the next number or the end of its sentence (at most 30 characters). */
function wordsUpToNext(text: string, claims: Claim[], index: number): string {
  const claim = claims[index]!;
  const from = claim.offset + claim.raw.length;
  const next = claims[index + 1]?.offset ?? text.length;
  const end = text.slice(from, Math.min(next, from + 30)).search(/[。！？!?]/);
  return text.slice(from, end < 0 ? Math.min(next, from + 30) : from + end);
}

/** The words right after a claim, to the end of its clause. */
function wordsAfter(text: string, claim: Claim): string {
  const from = claim.offset + claim.raw.length;
  // Only the words up to the next number or list item: 「行政申诉2件、行政复议1件」 gives 2件 nothing.
  const end = text.slice(from, from + 24).search(/[，。；：:,;！？!?（(\n、\d中]/);
  return text.slice(from, end < 0 ? from + 24 : from + end);
}

/** Requests, answers and cases are counted in 件 and as often in 份 or 宗. */
const unitFits = (units: string[], unit: string) => units.includes(unit) || (units.includes('件') && (unit === '份' || unit === '宗'));

function entryMatches(e: LexiconEntry, claim: Claim, sentence: string, period: 'year' | 'cumulative' | 'either'): boolean {
  if (e.period && period !== 'either' && period !== e.period) return false;
  return unitFits(e.units, claim.unit) && e.subject.test(claim.subject) && (!e.context || e.context.test(sentence)) && !(e.exclude && e.exclude.test(claim.subject));
}

/**
 * The column an entry's claim restates: the one its words name when its row's table names columns in
 * prose (自然人, 制发), else the entry's own column. Null when the words name several columns.
 */
function columnOf(template: TemplateDef, entry: LexiconEntry, words: string): number | undefined | null {
  const named = columnNamed(template, entry.indicators[0]!, words, entry.column);
  return named === undefined ? entry.column : named;
}

/** A row named by its label, kept only when its table has a single column (no column is left unsaid). */
function rowWithoutColumns(template: TemplateDef, row: string | undefined): string | undefined {
  if (!row) return undefined;
  const table = template.indicators.find((d) => d.id === row)?.table;
  const columns = table ? template.tables?.find((t) => t.id === table)?.columns.length : undefined;
  return columns === undefined || columns < 2 ? row : undefined;
}

/** A year other than the report's named in the claim's own clause (「2017年收到申请」 in a 2018 report). */
function otherYear(subject: string, year: number | undefined): boolean {
  // 「2019年结转的4件」 in a 2020 report, 「结转至2026年」 in a 2025 one: the year of a carry-over.
  if (year === undefined || /结转/.test(subject)) return false;
  return [...subject.matchAll(/((?:19|20)\d\d)\s*年/g)].some((m) => Number(m[1]) !== year);
}

/** The whole sentence holding the offset: a lexicon entry's context may be said after the number too. */
function sentenceOf(text: string, offset: number): string {
  return text.slice(sentenceStart(text, offset), sentenceEnd(text, offset));
}

/** Verbs a count is said with (what was done to the things counted). */
const VERBS = /(制发|印发|出台|公开|发布|公布|废止|收到|受理|办结|答复|接待|举办|召开)/;

/**
 * The thing counted the words before the previous number named after their verb (「全年制发规范性文件」 →
 * 「规范性文件」), when this number's own words are a verb and nothing else (「主动公开」, 「其中公开」).
 */
function elidedNoun(previousSubject: string, subject: string): string | undefined {
  const own = subject.replace(/^[，,、\s]*(其中|另|并|均)?/, '');
  if (own.length === 0 || own.length > 6 || !new RegExp(`^(主动|依申请|全部|已)?${VERBS.source}$`).test(own)) return undefined;
  const m = new RegExp(`${VERBS.source}(?:了)?([^，,。；;、\\d]{2,10})$`).exec(previousSubject);
  return m?.[2];
}
