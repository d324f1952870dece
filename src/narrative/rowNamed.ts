// Whether a claim's words name a table row: its label without counting words (当面申请数 → 当面申请), or a
// category of the same division (网络 and 网上 are one way of applying; 确认违法 is a kind of 纠错).

import type { TemplateDef } from '../template/definition.ts';
import { categoriesOf } from './divisions.ts';

/**
 * What a row label says without its counting words: 当面申请数 → 当面申请, 被依法纠错数 → 依法纠错; and without
 * the words a reason's row is filed under rather than named by in prose: 属于四类过程性信息 → 过程性信息,
 * 信访举报投诉类申请 → 信访举报投诉.
 */
export const stemOf = (label: string) =>
  label
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^(被|其中|属于)/, '')
    .replace(/^[三四]类(?=.{4})/, '')
    .replace(/(答复数|申请数|公开数|件数|数量|总数|情况|类申请|数)$/, '');

const namesByTemplate = new WeakMap<TemplateDef, Map<string, string[]>>();

/** Each row's names in prose: its label, then the short words reports name it by (the row's `named`). */
function rowNames(template: TemplateDef): Map<string, string[]> {
  let names = namesByTemplate.get(template);
  if (!names) {
    names = new Map(template.indicators.map((d) => [d.id, [d.label, ...(d.named ?? [])]]));
    namesByTemplate.set(template, names);
  }
  return names;
}

/**
 * Of the rows, those the words name: by their own words (a label's stem, or a short name of the row) when
 * any is, else by category. `catchAll`: whether a row of 「其他」 may be named by that word alone (not when
 * choosing within a group).
 */
export function rowsNamed(words: string, rows: string[], template: TemplateDef, catchAll = true): string[] {
  const names = rowNames(template);
  const byStem = rows.filter((id) =>
    (names.get(id) ?? []).some((name) => {
      const stem = stemOf(name);
      return stem.length >= 2 && words.includes(stem) && (catchAll || !/^其[他它]/.test(stem));
    }),
  );
  return byStem.length > 0 ? byStem : rows.filter((id) => rowNamed(words, names.get(id)?.[0] ?? '', catchAll));
}

export function rowNamed(words: string, label: string, catchAll = true): boolean {
  const stem = stemOf(label);
  if (!catchAll && /^其[他它]/.test(stem)) return false;
  if (stem.length >= 2 && words.includes(stem)) return true;
  const mine = categoriesOf(words);
  return mine.length > 0 && categoriesOf(label).some((c) => mine.includes(c));
}

/** The rows printed under a row: 三.三(三) → 三.三(三)1…8; 三(三)4 → 三(三)4其中1…6. */
export function childrenOf(template: TemplateDef, id: string): string[] {
  return template.indicators.filter((d) => d.id.startsWith(id) && /^(其中)?\d+$/.test(d.id.slice(id.length))).map((d) => d.id);
}

/** The row a row is printed under, when its id says so (三(三)4其中1 → 三(三)4; 三.三(四)1 → 三.三(四)). */
export function parentOf(template: TemplateDef, id: string): string | undefined {
  const m = /^(.*?\))(其中)?\d+$|^(.*?)其中\d*$/.exec(id);
  const parent = m?.[1] ?? m?.[3];
  return parent && template.indicators.some((d) => d.id === parent) ? parent : undefined;
}
