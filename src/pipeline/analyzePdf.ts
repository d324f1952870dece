// A PDF's positioned text, rebuilt into lines, then the same stages as a text report. A PDF with no text
// at all (a scan) is refused with a message rather than shown as an empty report.

import type { PdfSource } from '../model/types.ts';
import { pdfLines } from '../source/pdf/pdfLines.ts';
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
  let lines;
  try {
    lines = pdfLines(source);
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
  const turned = Object.fromEntries(source.pages.flatMap((p) => (p.rotation !== undefined ? [[p.number, p.rotation]] : [])));
  const kind = { kind: 'pdf' as const, pages: source.pages.length, ...(Object.keys(turned).length ? { turned } : {}) };
  const result = analyzeLinesGuarded(lines, fileName, kind, {}, onStage);
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
