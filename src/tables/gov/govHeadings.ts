// The headings that open the tables of the 2019/2021 formats (二's sub-tables by their article, 三, 四)
// and the part after them. Every reader of those tables goes by these, whatever the text's layout.

import type { NormLine } from '../../model/types.ts';

/**
 * The heading of a sub-table of 二 by its article, 「第二十条第（八）项」. A scan's OCR may read a stray mark
 * or space inside it (「第二十、条第 ( 八）项」); a mark between 第二十 and 条 never means anything else.
 */
export function articleHeading(item: string, flags = ''): RegExp {
  return new RegExp(`第\\s*二\\s*十[\\s、，,.．·]*条[\\s、，,.．·]*第\\s*[（(]\\s*${item}\\s*[)）]\\s*项`, flags);
}

/** The line with a table-二 article heading blanked out, each character a space, so offsets stay. */
export function withoutArticle(text: string): string {
  return text.replace(articleHeading('[一二三四五六七八九十]{1,2}'), (m) => ' '.repeat(m.length));
}

const HEADINGS: Array<[RegExp, string]> = [
  ...['一', '五', '六', '八', '九'].map((n): [RegExp, string] => [articleHeading(n), `二(${n})`]),
  // A sub-table whose heading's item a scan did not read (「第二十条第 () 项」) is still told by its header
  // when that names a column no other sub-table has: 本年收费金额 is 二(八)'s alone.
  [/^\s*信息内容[\s\t]*本年收费金额/, '二(八)'],
  // An article heading whose item is not legible at all: a sub-table of 二, told by its rows' labels.
  [articleHeading('[^)）\\d一二三四五六七八九十]{0,2}'), '二(?)'],
  [/收到和处理政府信息公开申请情况|本列数据的勾稽关系|^\s*申请人情况/, '三'],
  [/行政复议[、，]?\s*行政诉讼情况/, '四'],
  [/^\s*[五六]\s*[、.．]|存在的主要问题/, 'end'],
];

/** The table a line heads ('二(一)' … '二(九)', '三', '四'), 'end' past the tables, else undefined. */
export function govHeading(text: string): string | undefined {
  return HEADINGS.find(([pattern]) => pattern.test(text))?.[1];
}

/** Whether the text prints the heading of table 三 (only such reports are worth reading as 2019/2021). */
export function hasTable3Heading(lines: NormLine[]): boolean {
  return lines.some((l) => govHeading(l.text) === '三');
}

/**
 * Whether the lines after table 三's heading hold hardly any digits: the table is printed (its labels are
 * text) but its numbers are not in the text at all — form fields, images, or glyphs without a text map.
 */
export function table3HasNoNumbers(lines: NormLine[]): boolean {
  const at = lines.findIndex((l) => govHeading(l.text) === '三');
  if (at < 0) return false;
  const after = lines.slice(at + 1, at + 80).map((l) => l.text).join('');
  return (after.match(/\d/g)?.length ?? 0) < 20;
}
