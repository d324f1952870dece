// The headings that open the tables of the 2019/2021 formats (二's sub-tables by their article, 三, 四)
// and the part after them. Every reader of those tables goes by these, whatever the text's layout.

import type { NormLine } from '../../model/types.ts';

const HEADINGS: Array<[RegExp, string]> = [
  [/第二十条\s*第\s*[（(]\s*一\s*[)）]\s*项/, '二(一)'],
  [/第二十条\s*第\s*[（(]\s*五\s*[)）]\s*项/, '二(五)'],
  [/第二十条\s*第\s*[（(]\s*六\s*[)）]\s*项/, '二(六)'],
  [/第二十条\s*第\s*[（(]\s*八\s*[)）]\s*项/, '二(八)'],
  [/第二十条\s*第\s*[（(]\s*九\s*[)）]\s*项/, '二(九)'],
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
