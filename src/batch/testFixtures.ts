// Reports for the batch tests, made by the real pipeline from the corpus's texts: a series of years is an
// edited copy of one real report (its year changed, one table row rewritten), so the analyses are what the
// page would produce and a break is one we put there on purpose. Used by the tests only.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../model/types.ts';
import { analyzeText } from '../pipeline/analyzeText.ts';
import { analyzeFileNode } from '../pipeline/analyzeFileNode.ts';

const corpusPath = (name: string) => join(import.meta.dirname, '../../test/fixtures/corpus', name);
const corpus = (name: string) => readFileSync(corpusPath(name), 'utf8');

/** 淮安市洪泽区 2023 (pdftotext -layout), a 2021-format report whose 上年结转 and 结转下年度 rows are all 0. */
const HONGZE = '2023_huaian_hongze_district.pdftotext.txt';
const CARRIED = /^(二、上年结转政府信息公开申请数量\s+)0(\s+)0(\s+.*)0$/m;

export interface HongzeEdit {
  /** The report's year: every 2023 in the text is changed to it. */
  year: number;
  /** Print this as 上年结转's 自然人 and 总计 cells instead of 0 (a break against last year's 结转下年度). */
  carried?: number;
  /** Print the body as this instead of 「洪泽区人民政府」 in the title. */
  body?: string;
}

/** The text of an edited copy of the 洪泽 2023 report. */
export function hongzeText({ year, carried, body }: HongzeEdit): string {
  let text = corpus(HONGZE);
  if (!CARRIED.test(text)) throw new Error('The 洪泽 fixture no longer prints its 上年结转 row as expected.');
  if (carried !== undefined) text = text.replace(CARRIED, (_, head: string, gap: string, rest: string) => `${head}${carried}${gap}0${rest}${carried}`);
  if (body !== undefined) text = text.replace(/^(\s*)洪泽区人民政府$/m, `$1${body}`);
  return text.replaceAll('2023', String(year));
}

/** An analysis of an edited copy of the 洪泽 2023 report, named after its year. */
export function hongze(edit: HongzeEdit): Analysis {
  return analyzeText(hongzeText(edit), `hongze-${edit.year}${edit.carried !== undefined ? '-edited' : ''}.txt`);
}

/** 平潭县 2011–2013: three real consecutive reports in the Fujian 2008 table (年度 / 历年累计). */
export function pingtanCounty(year: 2011 | 2012 | 2013): Analysis {
  const name = `${year}_pingtan_county.txt`;
  return analyzeText(corpus(name), name);
}

/** The 洪泽 2023 report read from its PDF, as the page reads it: cells with pages and boxes. */
export async function hongzePdf(): Promise<Analysis> {
  const name = '2023_huaian_hongze_district.pdf';
  const result = await analyzeFileNode(new Uint8Array(readFileSync(corpusPath(name))), name);
  if (!result.ok) throw new Error(result.reason.en);
  return result.analysis;
}
