// A report whose title did not survive conversion (LibreOffice drops some page headings): the year comes
// from its statistical period, a sentence that names the report is not taken for its title, and the 2019
// format is told from 2021 by table 二's column names even when they are laid out with spaces (a borderless
// table), not tabs.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/source/html/parseHtml.ts';
import { htmlLines } from '../../src/source/html/htmlLines.ts';
import { readGovTables } from '../../src/tables/gov/readGovTables.ts';
import { periodYear, readTitle } from '../../src/narrative/readMeta.ts';
import { normalizeLines } from '../../src/source/normalize/normalizeLines.ts';

describe('a report without its title', () => {
  it('takes the year from a whole-year statistical period, wrapped over lines or not', () => {
    expect(periodYear('本报告所列数据的统计期限自 2020 年 1 月 1 日\n起至 2020 年 12 月 31 日止。')).toBe(2020);
    expect(periodYear('统计期间为2019年1月1日至12月31日')).toBe(2019);
    expect(periodYear('统计期限自 2020 年 1 月 1 日起至 2021 年 6 月 30 日止')).toBeUndefined();
  });

  it('does not take a sentence that names the report for its title', () => {
    const lines = normalizeLines('本报告根据《中华人民共和国政府信息公开条例》要求，由澄江市生态环境局编制。\n一、总体情况');
    expect(readTitle(lines)).toBeUndefined();
    expect(readTitle(normalizeLines('某市生态环境局\n2020年政府信息公开工作年度报告\n一、总体情况'))).toBe('某市生态环境局2020年政府信息公开工作年度报告');
  });

  it('tells the 2019 format by table 二’s column names laid out with spaces', () => {
    const html = readFileSync('test/fixtures/forms/pingtan-2019/page.html', 'utf8');
    const lines = htmlLines(parseHtml(html), parseHtml).map((l) => (/本年新制作数量|上一年项目数量/.test(l.text) ? { ...l, text: l.text.replace(/\t/g, '  ') } : l));
    expect(lines.some((l) => /本年新制作数量/.test(l.text) && !l.text.includes('\t'))).toBe(true);
    expect(readGovTables(lines, undefined)?.template.id).toBe('gov-2019');
  });
});
