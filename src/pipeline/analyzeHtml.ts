// The pipeline for an HTML report: its DOM is turned into lines (htmlLines), then analysed like text.
// `parse` is a parameter: Node imports linkedom's main build, the page's worker its worker build.

import type { Analysis } from '../model/types.ts';
import { analyzeLines } from './analyzeText.ts';
import { htmlLines, type HtmlDocument } from '../source/html/htmlLines.ts';
import { parseHtml } from '../source/html/parseHtml.ts';
import { htmlTitle } from '../source/html/htmlTitle.ts';
import { analyzeLinesGuarded, failureReason, type AnalyzeResult } from './analyzeBytes.ts';
import type { StageListener } from './analyzeText.ts';
import { htmlNestingTooDeep, htmlTooLarge } from '../source/limits.ts';

/** Throws on a page past the caps; `readHtml` is the form that answers with a reason instead. */
export function analyzeHtml(text: string, fileName: string, parse: (text: string) => HtmlDocument = parseHtml): Analysis {
  const doc = parse(text);
  return analyzeLines(htmlLines(doc), fileName, { kind: 'html' }, { title: htmlTitle(doc) });
}

/** A web page's text to an analysis or a reason: size first, then the DOM, then the lines' caps. */
export function readHtml(text: string, fileName: string, parse: (text: string) => HtmlDocument = parseHtml, onStage?: StageListener): AnalyzeResult {
  const large = htmlTooLarge(text) ?? htmlNestingTooDeep(text);
  if (large) return { ok: false, reason: large };
  try {
    const doc = parse(text);
    const lines = htmlLines(doc, parse);
    if (lines.every((l) => l.text.trim() === '')) {
      return { ok: false, reason: { zh: '网页中没有文字（只有脚本、样式或图片）。', en: 'The web page has no text (only scripts, styles or images).' } };
    }
    return analyzeLinesGuarded(lines, fileName, { kind: 'html' }, { title: htmlTitle(doc) }, onStage);
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}
