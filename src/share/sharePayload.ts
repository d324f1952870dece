// A share link carries what the rules need to recompute the findings (cells, the narrative's numbers and
// how they link) and where each came from, never the document's text: the recipient checks the arithmetic
// again, and can match the link to a file they hold through its SHA-256.
// Records are positional tuples because a link's length is the budget; validateShare.ts reads them back.

import type { Analysis, ClaimLink, Finding, ReportMeta } from '../model/types.ts';
import { parseValue } from '../tables/parseValue.ts';
import { metaFromTitle } from '../narrative/readMeta.ts';
import { crossYearInputs } from '../check/crossYear.ts';
import { reportColumns } from '../check/context.ts';
import { analysisFromShare } from './analysisFromShare.ts';
import { claimsToKeep, subjectTiers } from './claimsToKeep.ts';
import { packText, unpackText } from './codec.ts';
import { SHARE_DICTIONARY_V2 } from './dictionary.ts';
import { posT } from './posTuple.ts';
import { templateFor, variantOf } from '../template/registry.ts';
import { claimReading, HASH_PREFIX, LINK_DEFAULTS, MAX_FRAGMENT, MAX_JSON, SHARE_VERSION, type CellT, type ClaimT, type DecodeResult, type LinkT, type SharePayload } from './payloadFormat.ts';

export { HASH_PREFIX, type SharePayload } from './payloadFormat.ts';
import { validatePayload } from './validateShare.ts';

function linkT(link: ClaimLink, index: Map<number, number>, analysis: Analysis, previousClaim: number): LinkT {
  const subject = analysis.claims[link.claim]?.subject ?? '';
  const lexicon = templateFor(analysis.meta.template, variantOf(analysis)).lexicon ?? [];
  const same = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');
  const entry = lexicon.findIndex((e) => link.evidence === `「${subject}」~ ${e.subject.source}` && same(e.indicators, link.indicators));
  const ids = entry >= 0 ? entry : link.indicators;
  const rebuilt = entry >= 0 ? link.evidence : `「${subject}」⊇ ${link.indicators.join('/')}`;
  const rest: Array<number | string> = [link.weak ? 1 : 0, link.column ?? -1, link.sum ? 1 : 0, link.narrower ?? ''];
  if (rebuilt !== link.evidence) rest.push(link.evidence);
  while (rest.length > 0 && rest.length <= LINK_DEFAULTS.length && rest[rest.length - 1] === LINK_DEFAULTS[rest.length - 1]) rest.pop();
  return [index.get(link.claim)! - previousClaim, ids, ...rest];
}

function metaT(meta: ReportMeta): SharePayload['meta'] {
  const out: SharePayload['meta'] = {};
  const derived = meta.title !== undefined ? metaFromTitle(meta.title) : {};
  if (meta.title !== undefined) out.title = meta.title;
  if (meta.year !== derived.year) out.year = meta.year ?? null;
  if (meta.region !== derived.region) out.region = meta.region ?? null;
  if (meta.body !== derived.body) out.body = meta.body ?? null;
  if (meta.period) out.period = meta.period.pos ? [meta.period.start, meta.period.end, posT(meta.period.pos)] : [meta.period.start, meta.period.end];
  if (meta.signed) out.signed = [meta.signed.date, posT(meta.signed.pos)];
  return out;
}

function cellsT(analysis: Analysis, indicators: Map<string, number>): Pick<SharePayload, 'cells' | 'kinds' | 'units'> {
  const kinds: SharePayload['kinds'] = [];
  const units: SharePayload['units'] = [];
  let previousIndex = -1;
  let unit = '';
  const cells = analysis.cells.map((c, i): CellT => {
    const index = indicators.get(c.indicator)!;
    const step = index - previousIndex;
    previousIndex = index;
    if (parseValue(c.value.raw).kind !== c.value.kind) kinds.push([i, c.value.kind]);
    if (c.unit !== unit) units.push([i, (unit = c.unit)]);
    const raw = /^(0|[1-9]\d{0,14})$/.test(c.value.raw) ? Number(c.value.raw) : c.value.raw;
    return [step, c.column, raw, ...posT(c.pos, analysis.cells[i - 1]?.pos.line, c.value.raw.length)];
  });
  return { cells, kinds, units };
}

/** How many of a subject's last characters (the words next to the number) a shortened link keeps, tried in turn. */
export const SHORT_SUBJECTS = [16, 12, 8];
const shorten = (subject: string, keep: number) => (subject.length > keep ? '…' + subject.slice(-keep) : subject);

function claimsT(analysis: Analysis, kept: number[], subjects: Set<number>, short: number): Pick<SharePayload, 'claims' | 'values' | 'claimUnits'> {
  const values: SharePayload['values'] = [];
  const claimUnits: SharePayload['claimUnits'] = [];
  const claims = kept.map((old, i): ClaimT => {
    const c = analysis.claims[old]!;
    const previous = analysis.claims[kept[i - 1] ?? -1];
    const reading = claimReading(c.raw);
    if (reading.value !== c.value) values.push([i, c.value]);
    if (reading.unit !== c.unit) claimUnits.push([i, c.unit]);
    const subject = subjects.has(old) ? (short ? shorten(c.subject, short) : c.subject) : '';
    return [c.raw, subject, c.offset - (previous?.offset ?? 0), ...posT(c.pos, previous?.pos.line, c.raw.length)];
  });
  return { claims, values, claimUnits };
}

function previousT(analysis: Analysis, previous: Analysis | undefined): Pick<SharePayload, 'previous'> {
  if (!previous || previous.meta.year === undefined) return {};
  const cells = crossYearInputs(analysis, previous).map((c): [string, string] => [c.ref, c.value.raw]);
  const { fileName, meta } = previous;
  return { previous: { fileName, year: meta.year!, ...(meta.body ? { body: meta.body } : {}), template: meta.template, cells } };
}

function build(analysis: Analysis, sha256: string, kept: number[], subjects: Set<number>, short: number, previous?: Analysis): SharePayload {
  const index = new Map(kept.map((old, i) => [old, i]));
  const variant = variantOf(analysis);
  const template = templateFor(analysis.meta.template, variant);
  return {
    v: SHARE_VERSION,
    template: analysis.meta.template,
    ...(variant ? { variant } : {}),
    meta: metaT(analysis.meta),
    columns: reportColumns(analysis, template),
    ...cellsT(analysis, new Map(template.indicators.map((d, i) => [d.id, i]))),
    ...claimsT(analysis, kept, subjects, short),
    links: analysis.links
      .filter((l) => index.has(l.claim))
      .map((l, i, all) => linkT(l, index, analysis, i > 0 ? index.get(all[i - 1]!.claim)! : 0)),
    enumerations: analysis.enumerations.map((e) => {
      const whole = index.get(e.whole)!;
      const from = (claim: number) => index.get(claim)! - whole;
      return [whole, e.parts.map(from), (e.complete ? 1 : 0) | (e.subset ? 2 : 0), (e.shares ?? []).map((s): [number, number] => [from(s.part), from(s.percent)])];
    }),
    sha256,
    fileName: analysis.fileName,
    source: analysis.source.pages !== undefined ? [analysis.source.kind, analysis.source.pages] : [analysis.source.kind],
    ...previousT(analysis, previous),
    ...correctionsT(analysis),
  };
}

/** The corrections, by the cell's index in the payload (its cells are the analysis's, in order). */
function correctionsT(analysis: Analysis): Pick<SharePayload, 'corrections'> {
  const corrections = analysis.cells.flatMap((c, i): Array<[number, string, string]> => (c.correction ? [[i, c.correction.value.raw, c.correction.at]] : []));
  return corrections.length ? { corrections } : {};
}

/** Findings as the recipient will see them (without their wording when `wording` is false). */
const findingsKey = (findings: Finding[], wording = true) =>
  JSON.stringify(findings.map((f) => [f.rule, f.severity, wording ? f.message : '', f.stated, f.computed, f.delta, f.cells, f.spans, f.cause]));

/**
 * Links this long or longer are shortened further if they can be (see encodeShare): the 2008 template's
 * budget is 2,000 characters, so a link survives chat apps and mail clients; 2019/2021 tables hold about
 * three times as many cells and get 4,000.
 */
export function linkBudget(analysis: Analysis): number {
  return templateFor(analysis.meta.template).shareBudget ?? 2000;
}

/**
 * The payload for an analysis. Subjects are the report's own words and the bulkiest part of a link, so it
 * carries as few as give the same findings, word for word, when the link is opened (checked here by
 * opening it); if no smaller set does, every kept claim keeps its subject. With `short` (> 0), the
 * subjects it carries keep only their last `short` characters, as long as every finding keeps its rule,
 * severity, numbers and cells (only the quoted words in its message get shorter).
 */
export function toPayload(analysis: Analysis, sha256: string, short = 0, previous?: Analysis): SharePayload {
  const kept = claimsToKeep(analysis);
  const tiers = subjectTiers(analysis, kept);
  const opens = (payload: SharePayload, wording: boolean) =>
    findingsKey(analysisFromShare(payload).findings, wording) === findingsKey(analysis.findings, wording);
  for (const subjects of tiers) {
    const exact = build(analysis, sha256, kept, subjects, 0, previous);
    if (!opens(exact, true) && subjects !== tiers[tiers.length - 1]) continue;
    if (!short) return exact;
    const shortened = build(analysis, sha256, kept, subjects, short, previous);
    return opens(shortened, false) ? shortened : exact;
  }
  /* c8 ignore next */
  throw new Error('unreachable: the last tier always returns');
}

let dictionaryBytes: Uint8Array | undefined;
/** The preset dictionary's bytes (see dictionary.ts). */
export const shareDictionary = () => (dictionaryBytes ??= new TextEncoder().encode(SHARE_DICTIONARY_V2));
const dictionary = shareDictionary;

/**
 * The fragment for a share link (without HASH_PREFIX). `sha256` is the document's hex digest. The link
 * quotes the report's words exactly unless that makes it longer than its budget (linkBudget); then the
 * quoted words are shortened step by step until it fits, which keeps every finding's numbers. A report
 * too big for any of them gets its shortest link: a long link still works where it is not cut.
 */
export async function encodeShare(analysis: Analysis, sha256: string, previous?: Analysis): Promise<string> {
  let best = packText(JSON.stringify(toPayload(analysis, sha256, 0, previous)), dictionary());
  for (const keep of SHORT_SUBJECTS) {
    if (best.length < linkBudget(analysis)) break;
    const shorter = packText(JSON.stringify(toPayload(analysis, sha256, keep, previous)), dictionary());
    if (shorter.length < best.length) best = shorter;
  }
  return best;
}

const REASONS = {
  empty: { zh: '分享链接中没有数据。', en: 'The share link carries no data.' },
  long: { zh: '分享链接过长，已拒绝读取。', en: 'The share link is too long to be read.' },
  alphabet: { zh: '分享链接含有无效字符或长度不对，可能在复制时被改动。', en: 'The share link contains invalid characters or has a wrong length; it may have been altered when copied.' },
  inflate: { zh: '分享链接不完整或已损坏（可能复制时被截断）。', en: 'The share link is incomplete or damaged (it may have been cut off when copied).' },
  'too-large': { zh: '分享链接解压后过大，已拒绝读取。', en: 'The share link expands to too much data and was refused.' },
  checksum: { zh: '分享链接校验失败：内容已被改动或截断。', en: 'The share link failed its checksum: it was altered or cut off.' },
  utf8: { zh: '分享链接的内容不是有效文本。', en: 'The share link does not decode to valid text.' },
  json: { zh: '分享链接的内容无法解析。', en: 'The share link’s content cannot be parsed.' },
};

/** Reads a link's fragment (with or without `#s=`). Never throws: a bad link gets a bilingual reason. */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  try {
    if (typeof fragment !== 'string') return { ok: false, reason: REASONS.empty };
    if (fragment.length > MAX_FRAGMENT + HASH_PREFIX.length) return { ok: false, reason: REASONS.long };
    const data = fragment.startsWith(HASH_PREFIX) ? fragment.slice(HASH_PREFIX.length) : fragment.replace(/^#/, '');
    if (data === '') return { ok: false, reason: REASONS.empty };
    const unpacked = unpackText(data, MAX_JSON, dictionary());
    if (!unpacked.ok) {
      // Format 1 links were compressed without a dictionary: recognise one to say so rather than "damaged".
      const old = unpacked.why === 'too-large' ? unpacked : unpackText(data, MAX_JSON);
      if (old.ok && /^\{"v":1,/.test(old.text)) return validatePayload(JSON.parse(old.text));
      return { ok: false, reason: REASONS[unpacked.why] };
    }
    let json: unknown;
    try {
      json = JSON.parse(unpacked.text);
    } catch {
      return { ok: false, reason: REASONS.json };
    }
    return validatePayload(json);
  } catch {
    return { ok: false, reason: REASONS.inflate };
  }
}
