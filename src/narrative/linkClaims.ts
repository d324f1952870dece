// Links each narrative claim to the table indicators it restates: first through the template's lexicon
// (how prose names an indicator), then by finding an indicator's own label inside the claim's subject
// (「同意公开答复数252件」). A claim with no evidence stays unlinked; nothing is linked by number alone.

import type { Claim, ClaimLink } from '../model/types.ts';
import type { TemplateDef } from '../template/definition.ts';
import { labelKey } from '../tables/labelSimilarity.ts';

/**
 * Words that make a claim's scope narrower than the report's aggregated table: one office, the city
 * level only, one website. Such a claim is compared, but a difference is a difference of scope.
 */
const NARROWER = /市政府网站|市政府门户网站|市级|市直|县直|本级|政府办公室|政府公开办|[市区县]政府办|公开办|本机关|本单位|市本级/;

export function linkClaims(template: TemplateDef, claims: Claim[], text: string): ClaimLink[] {
  const links: ClaimLink[] = [];
  const labels = template.indicators
    .map((def) => ({ id: def.id, key: labelKey(def.label) }))
    .filter((l) => l.key.length >= 5);
  claims.forEach((claim, index) => {
    const sentence = sentencePrefix(text, claim.offset);
    const narrower = NARROWER.exec(claim.subject)?.[0];
    const scope = narrower ? { narrower } : {};
    const entry = template.lexicon?.find(
      (e) =>
        e.units.includes(claim.unit) &&
        e.subject.test(claim.subject) &&
        (!e.context || e.context.test(sentence)) &&
        !(e.exclude && e.exclude.test(claim.subject)),
    );
    if (entry) {
      links.push({
        claim: index,
        indicators: entry.indicators,
        evidence: `「${claim.subject}」~ ${entry.subject.source}`,
        weak: !!entry.weak,
        ...(entry.column ? { column: entry.column } : {}),
        ...(entry.sum ? { sum: true } : {}),
        ...scope,
      });
      return;
    }
    const subject = labelKey(claim.subject);
    const found = labels.filter((l) => subject.includes(l.key));
    if (found.length === 0) return;
    const longest = Math.max(...found.map((l) => l.key.length));
    const ids = found.filter((l) => l.key.length === longest).map((l) => l.id);
    // A row of a table with several columns (二(一): 本年制发 | 本年废止 | 现行有效) is one number only
    // with its column: the claim's own words must name exactly one, or the claim stays unlinked.
    const column = columnNamed(template, ids[0]!, claim.subject);
    if (column === null) return;
    links.push({ claim: index, indicators: ids, evidence: `「${claim.subject}」⊇ ${ids.join('/')}`, weak: false, ...(column ? { column } : {}), ...scope });
  });
  return links;
}

/** What a column's name says without its counting words: 本年制发件数 → 制发, 现行有效件数 → 现行有效. */
const columnStem = (name: string) => name.replace(/^本年(度)?/, '').replace(/[（(].*$/, '').replace(/(件数|数量|总数量|总数|数)$/, '');

/**
 * The column of the indicator's table that the words name: undefined for a table of one column (or a
 * template whose columns the report prints), null when the words name none or several.
 */
function columnNamed(template: TemplateDef, indicator: string, words: string): number | undefined | null {
  const table = template.indicators.find((d) => d.id === indicator)?.table;
  const columns = table ? template.tables?.find((t) => t.id === table)?.columns : undefined;
  if (!columns || columns.length < 2) return undefined;
  const named = columns.map((c, i) => ({ i, stem: columnStem(c.zh) })).filter((c) => c.stem.length >= 2 && words.includes(c.stem));
  return named.length === 1 ? named[0]!.i : null;
}

function sentencePrefix(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && !/[。！？!?]/.test(text[i - 1]!)) i--;
  return text.slice(i, offset);
}
