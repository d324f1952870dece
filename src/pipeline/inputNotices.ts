// What the analysis says about its input beyond the findings: where characters that print nothing were
// dropped from numbers, where direction overrides were, where a count had too many digits to be exact.

import type { Bilingual, NormLine } from '../model/types.ts';

export function inputNotices(lines: NormLine[], overlong: Array<{ line: number; raw: string }>): Bilingual[] {
  const notices: Bilingual[] = [];
  const hidden = lines.filter((l) => l.hidden).map((l) => l.line);
  if (hidden.length) notices.push(hiddenInNumbers(hidden));
  const reordered = lines.filter((l) => l.reordered).map((l) => l.line);
  if (reordered.length) notices.push(reorderedLines(reordered));
  if (overlong.length) notices.push(tooManyDigits(overlong));
  return notices;
}

/** 「第 3、7 行」 / 「lines 3, 7」, the first five and how many more. */
function linesNamed(where: number[]): Bilingual {
  const first = where.slice(0, 5);
  return {
    zh: `第 ${first.join('、')}${where.length > 5 ? ` 等 ${where.length}` : ''} 行`,
    en: `line${where.length > 1 ? 's' : ''} ${first.join(', ')}${where.length > 5 ? ` and ${where.length - 5} more` : ''}`,
  };
}

/**
 * Characters that print nothing were dropped from inside numbers: the number was read without them
 * (「6\u200B47」 as 647), and a reader checking the source should know the text held more than it shows.
 */
function hiddenInNumbers(where: number[]): Bilingual {
  const named = linesNamed(where);
  return {
    zh: `${named.zh}的数字中夹有不可见的字符（零宽空格、方向标记、NUL 等），已去掉后读取。`,
    en: `Numbers on ${named.en} had characters that print nothing inside them (zero-width spaces, direction marks, NUL…); they were read without them.`,
  };
}

/**
 * Direction overrides were dropped: a screen shows those characters in another order than the file
 * stores them (a 「Trojan source」 trick), and the analysis reads them as stored.
 */
function reorderedLines(where: number[]): Bilingual {
  const named = linesNamed(where);
  const en = named.en.charAt(0).toUpperCase() + named.en.slice(1);
  return {
    zh: `${named.zh}含有改变文字显示方向的控制字符：屏幕上显示的数字可能与文件中存储的不同（例如显示为 81，存储为 18）。已按存储的顺序读取，请对照原文核实。`,
    en: `${en} carr${where.length > 1 ? 'y' : 'ies'} direction overrides: a screen may show their numbers in another order than the file stores them (81 shown, 18 stored). They were read as stored; check them against the original.`,
  };
}

/** A count had too many digits to be held exactly: it was not read as a number, never rounded. */
function tooManyDigits(where: Array<{ line: number; raw: string }>): Bilingual {
  const digits = (raw: string) => raw.replace(/\D/g, '').length;
  const shown = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 20)}…（${digits(raw)} 位）` : raw);
  const list = where.slice(0, 3).map((w) => `第 ${w.line} 行「${shown(w.raw)}」`).join('、');
  const listEn = where.slice(0, 3).map((w) => `line ${w.line} (${w.raw.length > 24 ? `${w.raw.slice(0, 20)}…, ${digits(w.raw)} digits` : w.raw})`).join(', ');
  return {
    zh: `${list}${where.length > 3 ? ` 等 ${where.length} 处` : ''}的数字超过 15 位，无法精确计数，未作为数字读取，也未参与核对。`,
    en: `The number${where.length > 1 ? 's' : ''} at ${listEn}${where.length > 3 ? ` and ${where.length - 3} more` : ''} ha${where.length > 1 ? 've' : 's'} more than 15 digits, beyond exact counting: not read as numbers and not checked.`,
  };
}
