// Chinese numerals as numbers: 「十四」 → 14, 「二十三」 → 23, 「一百零五」 → 105, 「两」 → 2.

const HAN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The numeral's value; undefined for what is not a numeral. */
export function hanNumeral(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in HAN_DIGIT) digit = HAN_DIGIT[c];
    else if (c in HAN_UNIT) {
      total += (digit ?? 1) * HAN_UNIT[c]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}
