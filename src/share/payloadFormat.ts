// The share link's format: positional records and sparse exception lists, because a link's length is the
// budget. sharePayload.ts writes it, validateShare.ts checks it, analysisFromShare.ts reads it back.

import type { TemplateId } from '../model/types.ts';
import type { PosT } from './posTuple.ts';
import type { Variant } from '../template/registry.ts';

/**
 * [indicator step, column, raw, ...PosT]. The indicator is the previous cell's index in the template plus
 * the step (the first cell's previous index is -1), so rows in template order cost a 1 or a 0 each. The
 * value is always re-read from `raw`, never carried; a raw of plain digits (no leading zero) travels as a
 * JSON number, which saves its quotes.
 */
export type CellT = [number, number, string | number, ...number[]];
/** [raw, subject, offset step, ...PosT]; offsets are relative to the previous claim's, like lines. */
export type ClaimT = [string, string, number, ...number[]];
/**
 * [claim step, indicators or lexicon entry index, weak, column, sum, narrower, evidence] with trailing
 * defaults (weak 0, column -1, sum 0, narrower '', no evidence) left off. The claim is the previous link's
 * plus the step (the first link's previous is 0). Evidence is left out when it can be rebuilt (it is the
 * subject plus the lexicon pattern or the matched ids).
 */
export type LinkT = [number, string[] | number, ...Array<number | string>];
export const LINK_DEFAULTS: ReadonlyArray<number | string> = [0, -1, 0, ''];
/**
 * [whole, parts, flags, shares as [part, percent] pairs]; parts and shares count from the whole. Flags: 1 =
 * complete, 2 = the parts may overlap (links before 2026-12 carry 0 or 1, lists read as partitions).
 */
export type EnumT = [number, number[], number, Array<[number, number]>];

/** The payload's version. Version 1 links (before 2026-11) carried every field in every record. */
export const SHARE_VERSION = 2;

export interface SharePayload {
  v: typeof SHARE_VERSION;
  template: TemplateId;
  variant?: Variant;
  /** year, region and body are left out when the title gives them (metaFromTitle); null = absent although the title gives one. */
  meta: {
    title?: string;
    year?: number | null;
    region?: string | null;
    body?: string | null;
    period?: [string, string, PosT?];
    signed?: [string, PosT];
  };
  columns: string[];
  cells: CellT[];
  /** [cell, kind] where the reader downgraded what `raw` reads as (text for unsettled digits, malformed). */
  kinds: Array<[number, string]>;
  /** [cell, unit] where the unit changes; a cell has the unit of the last entry at or before it ('' before any). */
  units: Array<[number, string]>;
  claims: ClaimT[];
  /** [claim, value] where the value is not the number `raw` starts with (Chinese numerals, 万, …). */
  values: Array<[number, number]>;
  /** [claim, unit] where the unit is not what follows that number in `raw`. */
  claimUnits: Array<[number, string]>;
  links: LinkT[];
  enumerations: EnumT[];
  /** The document's SHA-256, hex (its digits cost less in deflate than base64's 64 symbols would). */
  sha256: string;
  fileName: string;
  source: ['text' | 'pdf' | 'html', number?];
  /**
   * The report of the year before this one was checked against (crossYear): only the cells that check
   * reads, as [ref, raw], so the recipient recomputes the cross-year findings too.
   */
  previous?: { fileName: string; year: number; body?: string; template: TemplateId; cells: Array<[string, string]> };
  /**
   * The sender's corrections of cells (check/corrections.ts) as [cell index in `cells`, value as typed, ISO
   * time]: the cells keep the document's values, the recipient sees them corrected and marked.
   */
  corrections?: Array<[number, string, string]>;
}

export type DecodeResult = { ok: true; payload: SharePayload } | { ok: false; reason: { zh: string; en: string } };

/** Where a link keeps its payload: `#s=…` in the page's address, so it never reaches a server. */
export const HASH_PREFIX = '#s=';
/** Links longer than this are refused before any work (a pasted 10 MB string costs nothing). */
export const MAX_FRAGMENT = 100_000;
/** Inflated JSON larger than this is refused while inflating. */
export const MAX_JSON = 2_000_000;

/** What a claim's printed text reads as: the number it starts with and the words after it. */
export function claimReading(raw: string): { value: number; unit: string } {
  const m = /^(\d+(?:\.\d+)?)\s*(.*)$/.exec(raw);
  return m ? { value: Number(m[1]), unit: m[2]! } : { value: Number.NaN, unit: '' };
}

