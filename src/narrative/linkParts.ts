// Links the parts of a list through its whole: when 「收到申请93件」 is linked to 收到申请数, its parts
// 「其中当面申请37件、网络申请44件」 restate that row's own parts, and a part's words need only name one of
// them (当面, 网络), not the whole row label. The row's parts are the template's own sum relation; a table
// whose columns divide the row (自然人 … 其他; 维持 … 尚未审结) is divided the same way. A part links only
// when its words name exactly one row or one column.

import type { Claim, ClaimLink, Enumeration } from '../model/types.ts';
import type { TemplateDef } from '../template/definition.ts';
import { parentOf, rowsNamed, stemOf } from './rowNamed.ts';
import { columnNamed } from './columnNamed.ts';

/** One office, department or unit named as the one that counted (its name's last word). */
const OFFICE = /^(?:其中|包括|含)?[^，,、；;]{0,16}?(局|委员会|办公室|政府办|管委会|中心|部门|单位|街道办事处)(?:本级)?(?:收到|受理|新收|接收|办理|承办)?(?:的|了)?(?:申请)?$/;

/** Lawsuits 「未经复议直接起诉」 and 「复议后起诉」 name 复议 without being reconsiderations. */
export const LAWSUIT_KINDS = /未经复议|复议后/g;

export function linkParts(template: TemplateDef, claims: Claim[], enumerations: Enumeration[], links: ClaimLink[]): ClaimLink[] {
  const linked = new Map(links.map((l) => [l.claim, l]));
  const labels = new Map(template.indicators.map((d) => [d.id, d.label]));
  const target = (l: Pick<ClaimLink, 'indicators' | 'column'>) => `${l.indicators.join('+')}@${l.column ?? 0}`;
  // The lists of one whole are judged together: a list split into categories and attributes is one list.
  const byWhole = new Map<number, Enumeration>();
  for (const e of enumerations) {
    const seen = byWhole.get(e.whole);
    byWhole.set(e.whole, seen ? { ...seen, parts: [...seen.parts, ...e.parts.filter((p) => !seen.parts.includes(p))] } : e);
  }
  for (const e of byWhole.values()) {
    const whole = linked.get(e.whole);
    // A whole of a narrower scope (「本机关共收到申请328件」) passes its scope on to its parts: they are
    // linked as it is, and a difference stays one of scope.
    if (!whole || whole.orSum) continue;
    for (const index of e.parts) {
      const part = linked.get(index);
      if (!part) continue;
      // A part linked to its whole's own cell (「解读稿件126篇，其中图文解读48篇」, 「含乡镇查阅点接待438人次」)
      // restates a share of it, not it: it is linked again as a part, to a row of its own or to the same
      // cell as a narrower scope.
      if (target(part) === target(whole)) linked.delete(index);
      // Where the report prints its own columns (年度 / 历年累计), a part is counted as its whole is:
      // 「累计主动公开15826条（包括网站公开15110条）」 is cumulative throughout.
      // A 「part」 larger than its whole (「…14件，其中…，历年累计受理63件」) was read into the list: it keeps its own.
      else if (!template.tables && whole.column !== undefined && part.column !== whole.column && claims[index]!.value <= claims[e.whole]!.value) linked.set(index, { ...part, column: whole.column });
    }
    // The rows a part may restate: the rows a summed whole adds up (行政诉讼 = 直接起诉 + 复议后起诉; a group
    // heading's rows), or the rows the template sums into the whole's row.
    // (A row's 「其中」 rows too, where the template gives the words prose names them by: 二(二)1其中, the press
    // conferences principal officials attended, of 二(二)1. Others are told by their labels' category only,
    // which 主动公开规范性文件 shares with any count of 主动公开.)
    const ofWhich = (id: string) => template.indicators.filter((d) => d.id.startsWith(`${id}其中`) && d.named).map((d) => d.id);
    const children = whole.sum
      ? whole.indicators
      : whole.indicators.flatMap((id) => [...template.relations.flatMap((r) => (r.kind === 'sum' && r.parent === id ? r.parts : [])), ...ofWhich(id)]);
    const wholeValue = claims[e.whole]!.value;
    const wholeLabels = whole.indicators.map((id) => labels.get(id) ?? '').join(' ');
    // A list one of whose parts names the other kind of case belongs to that other count as a whole.
    const listMisread = e.parts.some((index) => otherKindOfCase(claims[index]!.subject, wholeLabels));
    const found = e.parts.flatMap((index) => {
      if (linked.has(index)) return [];
      const claim = claims[index]!;
      // A part larger than its whole, or one that names the other kind of case (「行政诉讼3件，其中复议结果维持
      // 3件」), was read into the wrong list: it restates no column of this whole.
      const misread = claim.value > wholeValue || listMisread;
      const link = claim.approximate || misread ? undefined : partLink(template, whole, children, labels, claim.subject);
      return [{ index, claim, link }];
    });
    const hits = new Map<string, number>();
    for (const f of found) if (f.link && !f.link.narrower) hits.set(target(f.link), (hits.get(target(f.link)) ?? 0) + 1);
    const someUnplaced = found.some((f) => !f.link);
    for (const { index, claim, link } of found) {
      // Two parts on one row are finer categories than the table's (确认违法 and 撤销 are both 纠错); the
      // catch-all 其他 of a list that names categories the table lacks holds less than the table's 其他.
      if (!link || (!link.narrower && hits.get(target(link))! > 1) || (someUnplaced && /其[他它]/.test(claim.subject))) continue;
      linked.set(index, { claim: index, weak: whole.weak, evidence: `「${claim.subject}」⊇ ${link.indicators.join('/')}`, ...link, ...(whole.narrower && !link.narrower ? { narrower: whole.narrower } : {}) });
    }
  }
  // 「市直各部门主动公开2356条，各县（市、区）主动公开5891条，全市合计8247条」: a total whose parts are each
  // one level's share of the same cell restates that cell.
  for (const e of byWhole.values()) {
    if (linked.has(e.whole) || e.subset || e.parts.length < 2) continue;
    const parts = e.parts.map((p) => linked.get(p));
    const first = parts[0];
    if (!first?.narrower || !parts.every((p) => p?.narrower && target(p) === target(first))) continue;
    linked.set(e.whole, { claim: e.whole, indicators: first.indicators, ...(first.column !== undefined ? { column: first.column } : {}), weak: first.weak, evidence: `「${claims[e.whole]!.subject}」= Σ ${first.indicators.join('/')}` });
  }
  // 「共办理申请53件（其中本年新收49件、上年结转4件）」: a total whose parts are the new and the carried-over
  // requests counts both, whatever its verb: it restates their sum (the template's orSum pair, which the
  // words alone leave open), not the requests answered.
  for (const e of byWhole.values()) {
    if (!e.complete || e.parts.length < 2) continue;
    const partTargets = e.parts.map((p) => linked.get(p)).filter((l) => l !== undefined && !l.narrower && l.indicators.length === 1);
    if (partTargets.length !== e.parts.length) continue;
    const ids = new Set(partTargets.map((l) => l!.indicators[0]!));
    const column = partTargets[0]!.column;
    if (partTargets.some((l) => l!.column !== column)) continue;
    const pair = template.lexicon?.find((entry) => entry.orSum && entry.orSum.length === ids.size && entry.orSum.every((id) => ids.has(id)));
    if (!pair?.orSum) continue;
    const whole = linked.get(e.whole);
    linked.set(e.whole, {
      claim: e.whole,
      indicators: pair.orSum,
      ...(column !== undefined ? { column } : {}),
      sum: true,
      weak: whole?.weak ?? false,
      evidence: `「${claims[e.whole]!.subject}」= ${pair.orSum.join(' + ')}（其分项）`,
    });
  }
  return [...linked.values()].sort((a, b) => a.claim - b.claim);
}

function partLink(
  template: TemplateDef,
  whole: ClaimLink,
  children: string[],
  labels: Map<string, string>,
  words: string,
): Pick<ClaimLink, 'indicators' | 'column' | 'sum' | 'narrower'> | undefined {
  // A column of the whole's own row (自然人 of 新收申请; 维持 of 行政复议).
  const column = columnNamed(template, whole.indicators[0]!, words);
  if (typeof column === 'number' && column !== (whole.column ?? 0)) {
    return { indicators: whole.indicators, column, ...(whole.sum ? { sum: true } : {}) };
  }
  if (column === null && template.tables?.some((t) => t.columns.some((c) => c.words?.test(words)))) return undefined;
  // A row of 「其他」 printed under a group of its own (三(六)3 under 其他处理) is that group's catch-all: the
  // 「其他情形」 of a list of all the outcomes lumps what the list did not name, not that row.
  const named = rowsNamed(words, children, template).filter((id) => {
    const parent = parentOf(template, id);
    const ownGroup = parent !== undefined && (whole.indicators.includes(parent) || whole.indicators.includes(id));
    return !(/^其[他它]$/.test(stemOf(labels.get(id) ?? '')) && parent !== undefined && !ownGroup);
  });
  const at = whole.column !== undefined ? { column: whole.column } : {};
  if (named.length === 1) return { indicators: [named[0]!], ...at };
  // 「其中区直部门收到286件、各街道收到126件」: one level's share of the same row, a narrower scope of it.
  // So is one office's or one department's share (「其中市政府办公室受理67件」, 「市自然资源和规划局61件」).
  // (Not where the table has a row per level for the whole's parts, as the 2008 table's 八, 十 and 十一: a
  // part naming none of those rows is not read as some share of the whole.)
  const levelRows = children.some((id) => /市政府及其部门|乡镇政府|县[（(]市、区[）)]/.test(labels.get(id) ?? ''));
  const level =
    named.length === 0 ? (/^[^，,]*?(区直|县直|市直|市本级|本级|[市县区]级|乡镇|街道|镇街|各[县区市]|县[（(]?市[、，]?区[）)]?)/.exec(words)?.[1] ?? (levelRows ? undefined : OFFICE.exec(words)?.[1])) : undefined;
  if (level && !whole.sum) return { indicators: whole.indicators, ...at, narrower: level };
  return undefined;
}

/** Words that name 复议 where the whole is a lawsuit count, or 诉讼 where it is a reconsideration count. */
function otherKindOfCase(words: string, wholeLabels: string): boolean {
  // 「未经复议直接起诉」 and 「复议后起诉」 are lawsuits: their 复议 names no reconsideration count.
  const [part, whole] = [words.replace(LAWSUIT_KINDS, ''), wholeLabels.replace(LAWSUIT_KINDS, '')];
  return (/复议/.test(part) && !/复议/.test(whole) && /诉讼|起诉/.test(wholeLabels)) || (/诉讼/.test(part) && !/诉讼|起诉/.test(wholeLabels) && /复议/.test(wholeLabels));
}
