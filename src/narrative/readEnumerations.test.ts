import { describe, expect, it } from 'vitest';
import type { NormLine } from '../model/types.ts';
import { readClaims } from './readClaims.ts';
import { readEnumerations } from './readEnumerations.ts';
import { textStream } from './textStream.ts';

const line = (text: string): NormLine => ({ line: 1, text, cols: [...text].map((_, i) => i + 1), fold: 1 });

/** The whole and the parts of every enumeration in a sentence, as numbers. */
function enumerate(text: string) {
  const stream = textStream([line(text)]);
  const claims = readClaims(stream);
  return readEnumerations(stream.text, claims).map((e) => ({
    whole: claims[e.whole]!.value,
    parts: e.parts.map((p) => claims[p]!.value),
    complete: e.complete,
  }));
}

describe('readEnumerations', () => {
  it('takes the nearest whole with the parts’ unit, skipping a rate', () => {
    expect(enumerate('收到依申请公开464件，申请办结464件，办结率100%，其中属于已主动公开范围数为186件、同意公开答复数252件。')).toEqual([
      { whole: 464, parts: [186, 252], complete: true },
    ]);
  });
  it('reads parts across a semicolon and skips percentages', () => {
    expect(enumerate('新增主动公开信息 148954 条，其中市级机关 57034 条，占总数的 38.3%；各县市区 91920 条，占总数的 61.7%。')).toEqual([
      { whole: 148954, parts: [57034, 91920], complete: true },
    ]);
  });
  it('does not count a breakdown in brackets as parts of the whole', () => {
    expect(enumerate('我市33条热线整合完成。其中实质性整合28条（包括撤销的10条和呼叫转接的18条），实行并行接听的5条。')).toEqual([
      { whole: 33, parts: [28, 5], complete: true },
    ]);
  });
  it('ends the list where the prose turns to another whole', () => {
    expect(enumerate('共收到申请21条，其中当面申请数18条，电子邮件申请数3条；对依申请公开的答复总数21条，其中同意公开答复数17条，其它2条。')).toEqual([
      { whole: 21, parts: [18, 3], complete: true },
      { whole: 21, parts: [17, 2], complete: true },
    ]);
    expect(enumerate('办结81件，其中：予以公开42件；不予公开5件；其他处理2件；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。')).toEqual([
      { whole: 81, parts: [42, 5, 2], complete: true },
    ]);
  });
  it('counts a number whose unit the list leaves out', () => {
    expect(enumerate('获取政府信息总数1873条，其中主动公开政府信息425条，作为依申请公开信息数46条，不予公开信息数1402。')).toEqual([
      { whole: 1873, parts: [425, 46, 1402], complete: true },
    ]);
  });
  it('marks a list introduced as 主要 … 等 as incomplete', () => {
    expect(enumerate('受理申请100件，其中主要涉及征地拆迁30件、社会保障20件等方面。')).toEqual([
      { whole: 100, parts: [30, 20], complete: false },
    ]);
  });
});
