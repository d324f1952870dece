// A PDF's positioned text, rebuilt into lines, then the same stages as a text report. A PDF with no text
// at all (a scan) is refused with a message rather than shown as an empty report.

import type { PdfSource } from '../model/types.ts';
import { pdfLines } from '../source/pdf/pdfLines.ts';
import { undecodedText } from '../source/pdf/undecodedText.ts';
import { analyzeLinesGuarded, failureReason, type AnalyzeResult } from './analyzeBytes.ts';
import type { StageListener } from './analyzeText.ts';

export function analyzePdfSource(source: PdfSource, fileName: string, onStage?: StageListener): AnalyzeResult {
  // A PDF with no page at all is broken, not a scan: saying 「扫描件」 would send the user to OCR for nothing.
  if (source.pages.length === 0) {
    return {
      ok: false,
      reason: {
        zh: '这个 PDF 一页也没有（文件可能已损坏或不完整）。请重新导出或下载该文件。',
        en: 'This PDF has no pages at all (the file may be damaged or incomplete). Export or download it again.',
      },
    };
  }
  if (source.pages.every((p) => p.items.length === 0)) {
    return {
      ok: false,
      reason: {
        zh: '这个 PDF 没有文字层（可能是扫描件），无法读取其中的文字。请使用带文字的 PDF，或先用 OCR 软件识别后再试。',
        en: 'This PDF has no text layer (probably a scan), so its text cannot be read. Use a PDF with text, or run OCR on it first.',
      },
    };
  }
  // Text from fonts without a character map is no text: mostly so, the PDF is refused; in part, the
  // analysis says where, since numbers drawn in such a font are missing from the reading.
  const undecoded = undecodedText(source);
  if (undecoded && undecoded.hanShare < 0.1) {
    return {
      ok: false,
      reason: {
        zh: '这个 PDF 的字体没有文字映射：复制出来的文字是乱码，无法读取。请找该报告的另一份 PDF 或网页版，或用 OCR 软件识别后再试。',
        en: 'This PDF’s fonts carry no map to characters: its text comes out garbled and cannot be read. Find another copy of the report (another PDF or the web page), or run OCR on it first.',
      },
    };
  }
  let lines;
  try {
    lines = pdfLines(source);
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
  const turned = Object.fromEntries(source.pages.flatMap((p) => (p.rotation !== undefined ? [[p.number, p.rotation]] : [])));
  const kind = { kind: 'pdf' as const, pages: source.pages.length, ...(Object.keys(turned).length ? { turned } : {}) };
  const result = analyzeLinesGuarded(lines, fileName, kind, {}, onStage);
  if (result.ok && undecoded) {
    const pages = undecoded.pages.slice(0, 5).join('、') + (undecoded.pages.length > 5 ? ' 等' : '');
    result.analysis.notices.push({
      zh: `第 ${pages} 页有部分文字无法解码（${Math.round(undecoded.share * 100)}% 的字符来自没有文字映射的字体），用这种字体印的数字没有读到。请找该报告的另一份 PDF 或网页版核对。`,
      en: `Some text on page ${undecoded.pages.slice(0, 5).join(', ')}${undecoded.pages.length > 5 ? ' and others' : ''} cannot be decoded (${Math.round(undecoded.share * 100)}% of the characters come from fonts without a character map): numbers printed in such a font were not read. Check against another copy of the report (another PDF or the web page).`,
    });
  }
  // A cover sheet that carries the report as an attached file: say so, with the file's name.
  if (result.ok && source.attachments?.length && result.analysis.meta.template === 'none') {
    const names = source.attachments.slice(0, 3).join('、');
    result.analysis.notices.push({
      zh: `这个 PDF 附带了文件：${names}。报告可能在附件中：请在 PDF 阅读器中保存附件，再把它拖入对账。`,
      en: `This PDF carries attached files: ${source.attachments.slice(0, 3).join(', ')}. The report may be one of them: save the attachment from a PDF reader and drop it here.`,
    });
  }
  return result;
}
