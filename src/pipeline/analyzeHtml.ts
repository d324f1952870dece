// The pipeline for an HTML report: its DOM is turned into lines (htmlLines), then analysed like text.
// `parse` is always given by the caller: Node passes linkedom's main build (parseHtml.ts), the page's
// worker its worker build, so neither bundles the other's.

import { htmlLines, type HtmlDocument } from '../source/html/htmlLines.ts';
import { htmlTitle } from '../source/html/htmlTitle.ts';
import { analyzeLinesGuarded, failureReason, type AnalyzeResult } from './analyzeBytes.ts';
import type { StageListener } from './analyzeText.ts';
import { htmlNestingTooDeep, htmlTooLarge } from '../source/limits.ts';

export type ParseHtml = (text: string) => HtmlDocument;

/** A web page's text to an analysis or a reason: size first, then the DOM, then the lines' caps. */
export function readHtml(text: string, fileName: string, parse: ParseHtml, onStage?: StageListener): AnalyzeResult {
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
