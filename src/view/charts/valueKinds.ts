// How a cell that is not a number is shown and named. Blank, 「/」, 「—」 and text are different facts from
// 0 (the README's rule: numbers are never guessed), so every chart shows them apart from a 0.

import type { Bilingual, ValueKind } from '../../model/types.ts';

/** A cell's kind, or 'absent' when the report has no such cell at all. */
export type ShownKind = ValueKind | 'absent';

const WORDS: Record<ShownKind, Bilingual> = {
  number: { zh: '数字', en: 'number' },
  blank: { zh: '空白', en: 'blank' },
  dash: { zh: '横线或斜线', en: 'dash or slash' },
  text: { zh: '文字', en: 'text' },
  malformed: { zh: '格式有误', en: 'malformed' },
  absent: { zh: '缺失', en: 'absent' },
};

export function kindWord(kind: ShownKind): Bilingual {
  return WORDS[kind];
}

/** What a chart prints in place of a number: the raw mark for a dash or text, a word for blank or absent. */
export function shownRaw(kind: ShownKind, raw: string, short = false): Bilingual {
  if (kind === 'blank') return short ? { zh: '空', en: '∅' } : WORDS.blank;
  if (kind === 'absent') return short ? { zh: '缺', en: 'n/a' } : WORDS.absent;
  return { zh: raw, en: raw };
}
