// A share link carries what the rules need to recompute the findings (cells, the narrative's numbers and
// how they link) and where each came from, never the document's text: the recipient checks the arithmetic
// again, and can match the link to a file they hold through its SHA-256.
// Records are positional tuples because a link's length is the budget; validateShare.ts reads them back.

import type { Analysis, ClaimLink, ReportMeta, SourcePos, TemplateId } from '../model/types.ts';
import type { RuleContext } from '../check/context.ts';
import { narrativeRate } from '../check/rules/narrativeRate.ts';
import { parseValue } from '../layout/parseValue.ts';
import { packText, unpackText } from './codec.ts';
import { templateFor, variantOf, type Variant } from './templates.ts';
import { validatePayload } from './validateShare.ts';

/**
 * [line, col, length] or [line, col, length, page] or [line, col, length, page, x, y, w, h]; page 0 = none.
 * In the cell and claim lists `line` is relative to the previous record's line: table rows and claims run
 * down the document, so the deltas are small and repeat, which deflate rewards.
 */
export type PosT = number[];
/**
 * [indicator index in the template, column, kind, raw, unit, ...PosT]. The ref is `${id}@${column}`; kind is
 * '' when it is what `raw` reads as (the value is always re-read from `raw`, never carried).
 */
export type CellT = [number, number, string, string, string, ...number[]];
/** [value, raw, unit, subject, offset, ...PosT]. */
export type ClaimT = [number, string, string, string, number, ...number[]];
/**
 * [claim, indicators or lexicon entry index, weak, column (-1 none), sum, narrower, evidence?]. Evidence is
 * left out when it can be rebuilt (it is the subject plus the lexicon pattern or the matched ids).
 */
export type LinkT = [number, string[] | number, number, number, number, string, string?];
/** [whole, parts, complete, shares as [part, percent] pairs]. */
export type EnumT = [number, number[], number, Array<[number, number]>];

export interface SharePayload {
  v: 1;
  template: TemplateId;
  variant?: Variant;
  meta: {
    year?: number;
    region?: string;
    body?: string;
    title?: string;
    period?: [string, string, PosT?];
    signed?: [string, PosT];
  };
  columns: string[];
  cells: CellT[];
  claims: ClaimT[];
  links: LinkT[];
  enumerations: EnumT[];
  sha256: string;
  fileName: string;
  source: ['text' | 'pdf' | 'html', number?];
}

export type DecodeResult = { ok: true; payload: SharePayload } | { ok: false; reason: { zh: string; en: string } };

/** Where a link keeps its payload: `#s=…` in the page's address, so it never reaches a server. */
export const HASH_PREFIX = '#s=';
/** Links longer than this are refused before any work (a pasted 10 MB string costs nothing). */
export const MAX_FRAGMENT = 100_000;
/** Inflated JSON larger than this is refused while inflating. */
export const MAX_JSON = 2_000_000;

export function posT(pos: SourcePos, previousLine = 0): PosT {
  const base = [pos.line - previousLine, pos.col, pos.length];
  if (pos.box) return [...base, pos.page ?? 0, ...pos.box];
  return pos.page !== undefined ? [...base, pos.page] : base;
}

export function posOf(t: PosT, previousLine = 0): SourcePos {
  const pos: SourcePos = { line: t[0]! + previousLine, col: t[1]!, length: t[2]! };
  if (t.length >= 4 && t[3]! > 0) pos.page = t[3]!;
  if (t.length === 8) pos.box = [t[4]!, t[5]!, t[6]!, t[7]!];
  return pos;
}

/**
 * The claims the rules can read: those a link or an enumeration names, and the rate, numerator and
 * denominator of every rate narrative-rate read. Everything else only underlines prose the link does not
 * carry. A subset that keeps what the rule found gives it the same matches; that is checked, and the
 * whole 120-character windows the rule searches are kept if it ever does not hold.
 */
export function claimsToKeep(analysis: Analysis): number[] {
  const keep = new Set<number>();
  for (const l of analysis.links) keep.add(l.claim);
  for (const e of analysis.enumerations) {
    keep.add(e.whole);
    e.parts.forEach((p) => keep.add(p));
    e.shares?.forEach((s) => (keep.add(s.part), keep.add(s.percent)));
  }
  const sorted = (set: Set<number>) => [...set].filter((i) => i >= 0 && i < analysis.claims.length).sort((a, b) => a - b);
  const rate = (claims: Analysis['claims']) => JSON.stringify(narrativeRate.run({ claims } as RuleContext));
  const tight = new Set(keep);
  const at = new Map(analysis.claims.map((c, i) => [JSON.stringify(c.pos), i]));
  const full = narrativeRate.run({ claims: analysis.claims } as RuleContext);
  for (const f of full) for (const s of f.spans ?? []) tight.add(at.get(JSON.stringify(s)) ?? -1);
  const subset = sorted(tight);
  if (rate(subset.map((i) => analysis.claims[i]!)) === JSON.stringify(full)) return subset;
  analysis.claims.forEach((claim, index) => {
    if (claim.unit !== '%') return;
    keep.add(index);
    for (let i = 0; i < index; i++) if (analysis.claims[i]!.offset > claim.offset - 120) keep.add(i);
  });
  return sorted(keep);
}

/** Subjects are the report's own words: keep only their last SUBJECT characters (what the rules match at
 *  the end of a clause), unless that would change what narrative-rate finds (checked, else kept whole). */
export const SUBJECT = 12;
function shortSubjects(analysis: Analysis, kept: number[]): string[] {
  const full = kept.map((i) => analysis.claims[i]!.subject);
  const short = full.map((s) => (s.length > SUBJECT ? '…' + s.slice(-SUBJECT) : s));
  const outcome = (subjects: string[]) =>
    JSON.stringify(narrativeRate.run({ claims: kept.map((i, k) => ({ ...analysis.claims[i]!, subject: subjects[k]! })) } as RuleContext).map((f) => [f.severity, f.stated, f.computed, f.spans]));
  return outcome(short) === outcome(full) ? short : full;
}

function linkT(link: ClaimLink, index: Map<number, number>, analysis: Analysis): LinkT {
  const subject = analysis.claims[link.claim]?.subject ?? '';
  const lexicon = templateFor(analysis.meta.template, variantOf(analysis)).lexicon ?? [];
  const same = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');
  const entry = lexicon.findIndex((e) => link.evidence === `「${subject}」~ ${e.subject.source}` && same(e.indicators, link.indicators));
  const ids = entry >= 0 ? entry : link.indicators;
  const rebuilt = entry >= 0 ? link.evidence : `「${subject}」⊇ ${link.indicators.join('/')}`;
  const t: LinkT = [index.get(link.claim)!, ids, link.weak ? 1 : 0, link.column ?? -1, link.sum ? 1 : 0, link.narrower ?? ''];
  if (rebuilt !== link.evidence) t.push(link.evidence);
  return t;
}

function metaT(meta: ReportMeta): SharePayload['meta'] {
  const out: SharePayload['meta'] = {};
  if (meta.year !== undefined) out.year = meta.year;
  if (meta.region !== undefined) out.region = meta.region;
  if (meta.body !== undefined) out.body = meta.body;
  if (meta.title !== undefined) out.title = meta.title;
  if (meta.period) out.period = meta.period.pos ? [meta.period.start, meta.period.end, posT(meta.period.pos)] : [meta.period.start, meta.period.end];
  if (meta.signed) out.signed = [meta.signed.date, posT(meta.signed.pos)];
  return out;
}

export function toPayload(analysis: Analysis, sha256: string): SharePayload {
  const kept = claimsToKeep(analysis);
  const index = new Map(kept.map((old, i) => [old, i]));
  const variant = variantOf(analysis);
  const template = templateFor(analysis.meta.template, variant);
  const indicators = new Map(template.indicators.map((d, i) => [d.id, i]));
  const subjects = shortSubjects(analysis, kept);
  return {
    v: 1,
    template: analysis.meta.template,
    ...(variant ? { variant } : {}),
    meta: metaT(analysis.meta),
    // Multi-table templates name their columns per table; the report's own names only matter otherwise.
    columns: analysis.meta.template !== 'none' && analysis.tables.length === 1 && !template.tables ? analysis.tables[0]!.columns : [],
    cells: analysis.cells.map((c, i) => [
      indicators.get(c.indicator)!,
      c.column,
      parseValue(c.value.raw).kind === c.value.kind ? '' : c.value.kind,
      c.value.raw,
      c.unit,
      ...posT(c.pos, analysis.cells[i - 1]?.pos.line),
    ]),
    claims: kept.map((old, i) => {
      const c = analysis.claims[old]!;
      return [c.value, c.raw, c.unit, subjects[i]!, c.offset, ...posT(c.pos, analysis.claims[kept[i - 1] ?? -1]?.pos.line)];
    }),
    links: analysis.links.filter((l) => index.has(l.claim)).map((l) => linkT(l, index, analysis)),
    enumerations: analysis.enumerations.map((e) => [
      index.get(e.whole)!,
      e.parts.map((p) => index.get(p)!),
      e.complete ? 1 : 0,
      (e.shares ?? []).map((s): [number, number] => [index.get(s.part)!, index.get(s.percent)!]),
    ]),
    sha256,
    fileName: analysis.fileName,
    source: analysis.source.pages !== undefined ? [analysis.source.kind, analysis.source.pages] : [analysis.source.kind],
  };
}

/** The fragment for a share link (without HASH_PREFIX). `sha256` is the document's hex digest. */
export async function encodeShare(analysis: Analysis, sha256: string): Promise<string> {
  return packText(JSON.stringify(toPayload(analysis, sha256)));
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
    const unpacked = await unpackText(data, MAX_JSON);
    if (!unpacked.ok) return { ok: false, reason: REASONS[unpacked.why] };
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
