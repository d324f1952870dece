// How a template is described: as data. Adding a template variant means writing one of these, not code.

import type { TemplateId } from '../model/types.ts';

export interface IndicatorDef {
  /** The template's own numbering, e.g. 三(三)4其中2. Unique within the template. */
  id: string;
  /** The label as the national template prints it (without its number). */
  label: string;
  /** Other labels real reports use for the same row. */
  aliases?: string[];
  en: string;
  /** Section id this row belongs to (its own id for a section row). */
  section: string;
}

/** Relations between rows, from the template's semantics (not from numbering alone). */
export type Relation =
  /** parent = Σ parts, per column. `ofWhich` lists the 其中 rows printed under the parts, used only to diagnose. */
  | { kind: 'sum'; parent: string; parts: string[]; ofWhich?: string[]; severity?: 'error' | 'warning'; note?: string }
  /** The same quantity printed twice. */
  | { kind: 'same'; first: string; second: string; severity?: 'error' | 'warning' };

/**
 * How the prose names a table indicator. A claim links to `indicators` when its unit is one of `units`,
 * its clause's subject matches `subject`, the sentence so far matches `context` (when given), and
 * neither matches `exclude`. Several indicators are listed when the prose may mean any of them.
 */
export interface LexiconEntry {
  indicators: string[];
  units: string[];
  subject: RegExp;
  context?: RegExp;
  exclude?: RegExp;
  /** A weak link (the prose may count something narrower) is a warning when it disagrees, not an error. */
  weak?: boolean;
}

export interface TemplateDef {
  id: TemplateId;
  name: { zh: string; en: string };
  indicators: IndicatorDef[];
  relations: Relation[];
  lexicon?: LexiconEntry[];
}

/** Builds indicator rows for one section compactly: [idSuffix, label, en, aliases?]. */
export function section(
  id: string,
  label: string,
  en: string,
  rows: Array<[string, string, string, string[]?]>,
  aliases?: string[],
): IndicatorDef[] {
  return [
    { id, label, en, section: id, ...(aliases ? { aliases } : {}) },
    ...rows.map(([suffix, rowLabel, rowEn, rowAliases]) => ({
      id: id + suffix,
      label: rowLabel,
      en: rowEn,
      section: id,
      ...(rowAliases ? { aliases: rowAliases } : {}),
    })),
  ];
}
