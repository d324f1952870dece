import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/types.ts';
import { gov2019, gov2021 } from '../template/gov2021.ts';
import { linkClaims } from './linkClaims.ts';

const claim = (subject: string, value: number): Claim => ({ value, raw: String(value), unit: '件', subject, pos: { line: 1, col: 1, length: 1 }, offset: subject.length });
const link = (template: typeof gov2021, subject: string) => linkClaims(template, [claim(subject, 12)], subject)[0];

describe('a claim about a row of a table with several columns', () => {
  it('links to the column its words name (2021: 本年制发 | 本年废止 | 现行有效)', () => {
    expect(link(gov2021, '清理并集中发布现行有效行政规范性文件')).toMatchObject({ indicators: ['二(一).规范性文件'], column: 2 });
    expect(link(gov2021, '全年废止行政规范性文件')).toMatchObject({ indicators: ['二(一).规范性文件'], column: 1 });
    expect(link(gov2021, '本年制发行政规范性文件')).toMatchObject({ indicators: ['二(一).规范性文件'] });
    expect(link(gov2021, '本年制发行政规范性文件')?.column ?? 0).toBe(0);
  });
  it('links by the 2019 columns’ own words (本年新制作 | 本年新公开 | 对外公开总数量)', () => {
    expect(link(gov2019, '对外公开行政规范性文件')).toMatchObject({ column: 2 });
  });
  it('stays unlinked when the words name no column, or two', () => {
    expect(link(gov2021, '我区共有行政规范性文件')).toBeUndefined();
    expect(link(gov2021, '制发和废止行政规范性文件')).toBeUndefined();
  });
});

describe('a number of another time or of a part, in the 2021 tables', () => {
  it('links no stock of the start of the year, and no figure of a run of years', () => {
    expect(link(gov2021, '年初现行有效行政规范性文件')).toBeUndefined();
    expect(link(gov2021, '自2008年原《条例》施行以来，全区累计受理申请')).toBeUndefined();
    expect(link(gov2021, '全区累计收到政府信息公开申请')).toBeUndefined();
  });
  it('reads 今年以来 as this year', () => {
    expect(link(gov2021, '今年以来收到政府信息公开申请')).toMatchObject({ indicators: ['三.一'] });
  });
  it('takes one way of applying for a part of the new requests, and ways listed together for all of them', () => {
    expect(link(gov2021, '通过厅门户网站在线申请平台提交的申请')).toBeUndefined();
    expect(link(gov2021, '2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计')).toMatchObject({ indicators: ['三.一'] });
  });
});
