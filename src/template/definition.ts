// How a template is described: as data. Adding a template variant means writing one of these, not code.

import type { TemplateId } from '../model/types.ts';

export interface IndicatorDef {
  /** The template's own numbering, e.g. 三(三)4其中2. Unique within the template. */
  id: string;
  /** The label as the national template prints it (without its number). */
  label: string;
  /** Other labels real reports use for the same row. */
  aliases?: string[];
  /**
   * The short words prose names the row by when its label is too long to be quoted whole
   * (「逾期不补正」 for 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请). Read only among the rows of
   * one group, where no two rows share them.
   */
  named?: string[];
  en: string;
  /** Section id this row belongs to (its own id for a section row). */
  section: string;
  /** The table the row belongs to, for templates with several tables (the 2019/2021 tables 二, 三, 四). */
  table?: string;
  /** A group heading (三(三) 不予公开 in 2021) that carries no number of its own. */
  group?: boolean;
}

export interface ColumnDef {
  zh: string;
  en: string;
  /** count: a non-negative integer; signed: an integer that may be negative (本年增/减); amount: decimals allowed (万元). */
  kind: 'count' | 'signed' | 'amount';
  /**
   * The words prose uses for this column (制发, 废止, 现行有效; 自然人): a claim whose words name exactly one
   * column of its row's table restates that column. Absent: the column's own name, without 本年 and 数.
   */
  words?: RegExp;
}

export interface TableDef {
  id: string;
  name: { zh: string; en: string };
  columns: ColumnDef[];
  /** The column prose restates when its words name none (table 三's 总计): absent, such words name none. */
  total?: number;
}

/** Relations between rows, from the template's semantics (not from numbering alone). */
export type Relation =
  /** parent = Σ parts, per column. `ofWhich` lists the 其中 rows printed under the parts, used only to diagnose. */
  | { kind: 'sum'; parent: string; parts: string[]; ofWhich?: string[]; severity?: 'error' | 'warning'; note?: string }
  /** The same quantity printed twice. */
  | { kind: 'same'; first: string; second: string; severity?: 'error' | 'warning' }
  /** In every row of a table, column `total` = Σ columns `parts` (总计 = the six applicant columns). */
  | { kind: 'rowSum'; table: string; total: number; parts: number[] }
  /** Per column, Σ left = Σ right: the rule table 三 states itself, 一 + 二 = 三（七） + 四. */
  | { kind: 'balance'; left: string[]; right: string[]; note: { zh: string; en: string } }
  /** In every row, column `small` ≤ column `large`: this year's figure is part of the cumulative one. */
  | { kind: 'columnAtMost'; small: number; large: number; note: { zh: string; en: string } };

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
  /** The value column the prose restates (table 三's 总计 is column 6); 0 when not given. */
  column?: number;
  /** The prose states the sum of the indicators (行政诉讼 = 未经复议直接起诉 + 复议后起诉), not one of them. */
  sum?: boolean;
  /**
   * The prose may count these indicators together under the same words (受理 = 新收 + 上年结转): a claim
   * equal to their sum differs from the table in scope, not in fact.
   */
  orSum?: string[];
  /** How the entry read the words, said in the finding (「无法提供…等」 read as the whole group). */
  reading?: { zh: string; en: string };
  /**
   * The period the claim must speak of: `cumulative` when the last word of time before it (in its
   * sentence) is 累计 / 历年 / 以来, `year` otherwise (src/narrative/period.ts).
   */
  period?: 'year' | 'cumulative';
}

/**
 * Relations between a report and the same body's report of the year before (checked when both are given):
 * `carry`: the later report's `later` row equals the earlier report's `earlier` row, column by column
 * (上年结转 = last year's 结转下年度); `cumulative`: in every row, the later 历年累计 (`total` column) =
 * the earlier 历年累计 + the later year's own figure (`year` column).
 */
export type CrossYearRelation =
  | { kind: 'carry'; later: string; earlier: string }
  | { kind: 'cumulative'; year: number; total: number };

/** A key figure shown as a tile: one cell, or several whose numbers are added (the two lawsuit groups of table 四). */
export interface HeadlineDef {
  key: string;
  refs: string[];
  label: { zh: string; en: string };
}

/** A headline tile: its key, the refs it reads (added when several), its label. */
export const tile = (key: string, refs: string[], zh: string, en: string): HeadlineDef => ({ key, refs, label: { zh, en } });

/**
 * `statistics`: one statistics table whose value columns the report prints (统计数, or 年度 / 历年累计),
 * drawn as per-section bars; `gov`: the 2019/2021 tables 二, 三 and 四, drawn as the application flow.
 */
export type TemplateFamily = 'statistics' | 'gov' | 'none';

export interface TemplateDef {
  id: TemplateId;
  name: { zh: string; en: string };
  family: TemplateFamily;
  /** The report's key figures, first on screen. */
  headline?: HeadlineDef[];
  /** The longest share link, in characters, a report of this template should need. */
  shareBudget?: number;
  indicators: IndicatorDef[];
  relations: Relation[];
  crossYear?: CrossYearRelation[];
  lexicon?: LexiconEntry[];
  /** For templates with several tables, each table's columns; rows name their table. */
  tables?: TableDef[];
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
