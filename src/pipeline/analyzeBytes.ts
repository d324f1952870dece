// The entry points for a file's bytes that are not a PDF: decode once, then read it as a web page or as
// text. Bad input comes back as a reason, never a throw.

import type { Analysis, Bilingual, NormLine } from '../model/types.ts';
import { decodeText } from '../source/text/decodeText.ts';
import { bytesTooLongForText, fileTooLarge, InputLimitError, linesTooLarge, textTooLarge } from '../source/limits.ts';
import { analyzeLines, analyzeText, type Hints, type StageListener } from './analyzeText.ts';
import { htmlToRead } from './isHtml.ts';
import type { ParseHtml } from './analyzeHtml.ts';
import { isWordZip } from '../source/docx/isWordZip.ts';

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; reason: Bilingual };

/**
 * A file that is not a PDF: a Word file (.docx, told by its bytes) is turned into HTML and read like a
 * web page; a web page (by its name or its markup, or a text whose tables are HTML blocks) is read
 * through its DOM, anything else as text. The HTML parser is loaded only when a page needs it: the CLI
 * hands linkedom's main build, the page's worker its worker build.
 */
export async function analyzeTextFile(bytes: Uint8Array, fileName: string, loadParser: () => Promise<ParseHtml>, onStage?: StageListener): Promise<AnalyzeResult> {
  const tooBig = fileTooLarge(bytes.length);
  if (tooBig) return { ok: false, reason: tooBig };
  // Before the text caps: a .docx with photos is many megabytes of zip holding little text.
  if (isWordZip(bytes)) return analyzeDocx(bytes, fileName, loadParser, onStage);
  const large = bytesTooLongForText(bytes, fileName);
  if (large) return { ok: false, reason: large };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const html = htmlToRead(decoded.text, fileName);
  if (html === undefined) return analyzeDecoded(decoded.text, fileName, onStage);
  try {
    return (await loadReadHtml())(html, fileName, await loadParser(), onStage);
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}

/** The web page reader, loaded with the first web page or Word file: a text report never needs it. */
const loadReadHtml = async () => (await import('./analyzeHtml.ts')).readHtml;

/** A Word file: its XML made into a web page's HTML, then read by the same path as a saved web page. */
async function analyzeDocx(bytes: Uint8Array, fileName: string, loadParser: () => Promise<ParseHtml>, onStage?: StageListener): Promise<AnalyzeResult> {
  try {
    // Word's reader (with its zip library) is loaded only for a Word file: the page's worker stays small.
    const { docxToHtml } = await import('../source/docx/docxToHtml.ts');
    const docx = docxToHtml(bytes);
    if (!docx.ok) return docx;
    return (await loadReadHtml())(docx.html, fileName, await loadParser(), onStage);
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}

/** Bytes read as text only (never as a web page). */
export function analyzeBytes(bytes: Uint8Array, fileName: string, onStage?: StageListener): AnalyzeResult {
  const large = fileTooLarge(bytes.length) ?? bytesTooLongForText(bytes, fileName);
  if (large) return { ok: false, reason: large };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return analyzeDecoded(decoded.text, fileName, onStage);
}

function analyzeDecoded(text: string, fileName: string, onStage?: StageListener): AnalyzeResult {
  if (text.trim() === '') {
    return { ok: false, reason: { zh: '文件中没有文字。', en: 'The file contains no text.' } };
  }
  const long = textTooLarge(text);
  if (long) return { ok: false, reason: long };
  return guarded(() => analyzeText(text, fileName, onStage));
}

/** Lines already rebuilt from a web page or a PDF, checked against the caps, then analysed. */
export function analyzeLinesGuarded(lines: NormLine[], fileName: string, source: Analysis['source'], hints: Hints = {}, onStage?: StageListener): AnalyzeResult {
  const large = linesTooLarge(lines);
  if (large) return { ok: false, reason: large };
  return guarded(() => analyzeLines(lines, fileName, source, hints, onStage));
}

/**
 * Runs a stage and turns what it throws into a reason: a cap passed deep inside a reader names the cap,
 * and a bug of ours still reaches the user as a message, with enough detail to report it.
 */
export function guarded(run: () => Analysis): AnalyzeResult {
  try {
    return { ok: true, analysis: run() };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}

export function failureReason(error: unknown): Bilingual {
  if (error instanceof InputLimitError) return error.reason;
  const message = (error as Error)?.message ?? String(error);
  return { zh: `分析时出错：${message}`, en: `The analysis failed: ${message}` };
}
