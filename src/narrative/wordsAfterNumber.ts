import type { Claim } from '../model/types.ts';

/**
 * The few words right after a number, up to the next mark or number (「87件已办结申请中」 → 已办结申请中): a
 * number that leads its words is said of them (「2件申请因信息不存在未能提供」).
 */
export function wordsAfterNumber(text: string, claim: Claim): string {
  const from = claim.offset + claim.raw.length;
  const words = /^[^，。；、,;：:\d（）()]{0,12}/.exec(text.slice(from))?.[0] ?? '';
  return words.replace(/(的|了|为|是)$/, '');
}
