// The pipeline for an HTML report: its DOM is turned into lines (htmlLines), then analysed like text.
// `parse` is a parameter so the page can pass the browser's own DOMParser instead of linkedom.

import type { Analysis } from '../model/types.ts';
import { analyzeLines } from './analyzeText.ts';
import { htmlLines, type HtmlDocument } from '../source/html/htmlLines.ts';
import { parseHtml } from '../source/html/parseHtml.ts';
import { htmlTitle } from '../source/html/htmlTitle.ts';

export function analyzeHtml(text: string, fileName: string, parse: (text: string) => HtmlDocument = parseHtml): Analysis {
  const doc = parse(text);
  return analyzeLines(htmlLines(doc), fileName, { kind: 'html' }, { title: htmlTitle(doc) });
}
