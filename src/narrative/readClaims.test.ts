import { describe, expect, it } from 'vitest';
import type { NormLine } from '../model/types.ts';
import { hanNumeral, readClaims } from './readClaims.ts';
import { textStream } from './textStream.ts';

const claimsOf = (text: string) => {
  const line: NormLine = { line: 1, text, cols: [...text].map((_, i) => i + 1), fold: 1 };
  return readClaims(textStream([line])).map((c) => [c.value, c.unit, c.subject]);
};

describe('readClaims', () => {
  it('gives bare numbers of a 、 list the measure word of its last number, and keeps a quoted name in the words', () => {
    expect(claimsOf('同意公开9、部分公开4、不予公开2件，另有3%。').map(([v, u]) => [v, u])).toEqual([
      [9, '件'],
      [4, '件'],
      [2, '件'],
      [3, '%'],
    ]);
    // A number before a comma shares nothing: the list of 、 has ended.
    expect(claimsOf('自然人申请12，法人申请3件。').map(([v, u]) => [v, u])).toEqual([
      [12, ''],
      [3, '件'],
    ]);
    expect(claimsOf('因危及“三安全一稳定”不予公开1件。')).toEqual([[1, '件', '因危及“三安全一稳定”不予公开']]);
  });
  it('gives a number alone in brackets before 的 the words before the brackets, and no other bracketed count', () => {
    expect(claimsOf('合计215件，占全部办结申请（341件）的63.0%。')[1]).toEqual([341, '件', '占全部办结申请']);
    expect(claimsOf('网上申请30件，占收到申请总量(48件)的62.5%。')[1]).toEqual([48, '件', '占收到申请总量']);
    expect(claimsOf('主要涉及征地拆迁（47件）、房屋征收补偿（21件）等方面。').map(([, , s]) => s)).toEqual(['', '']);
  });
  it('reads numbers with their unit and subject, 万 applied', () => {
    expect(claimsOf('市长热线累计接听群众来电 82.71 万个，全年共举办新闻发布会85场。')).toEqual([
      [827100, '个', '市长热线累计接听群众来电'],
      [85, '场', '全年共举办新闻发布会'],
    ]);
  });
  it('reads Chinese numerals, but not ordinals or the word 一', () => {
    expect(claimsOf('由概述、附表共十四个部分组成，召开会议两次，一是加强领导，第三次会议。')).toEqual([
      [14, '个', '由概述、附表共'],
      [2, '次', '召开会议'],
    ]);
    expect([hanNumeral('二十三'), hanNumeral('一百零五'), hanNumeral('十'), hanNumeral('两')]).toEqual([23, 105, 10, 2]);
  });
  it('reads a lone 一件 / 一起 before a note on it or after 其中, but not one pointed at (这一件)', () => {
    expect(claimsOf('不予公开一件（属于国家秘密），无法提供一件。')).toEqual([
      [1, '件', '不予公开'],
      [1, '件', '无法提供'],
    ]);
    expect(claimsOf('行政诉讼案件两起，其中一起尚在审理中。')).toEqual([
      [2, '起', '行政诉讼案件'],
      [1, '起', '其中'],
    ]);
    expect(claimsOf('我们一起研究，办好这一件（大）事，每一件(小)事。')).toEqual([]);
  });
  it('does not read years, dates or document numbers as claims', () => {
    expect(claimsOf('2018年1月24日，德政办字〔2016〕74号文件。')).toEqual([]);
  });
  it('does not read postcodes, phone numbers or durations as claims', () => {
    expect(claimsOf('地址：平潭县翠园南路10号；邮编：350400；电话：24336243；传真：23131679。')).toEqual([]);
    expect(claimsOf('在15个工作日内予以答复，延期不超过3个月。')).toEqual([]);
  });
  it('reads thousands separators, measure words and approximate figures', () => {
    const line: NormLine = { line: 1, text: '全年公开3,418条，发生行政诉讼两起，接待群众900多人次，约300件。', cols: [], fold: 1 };
    line.cols = [...line.text].map((_, i) => i + 1);
    expect(readClaims(textStream([line])).map((c) => [c.value, c.unit, !!c.approximate])).toEqual([
      [3418, '条', false],
      [2, '起', false],
      [900, '人次', true],
      [300, '件', true],
    ]);
  });
});
