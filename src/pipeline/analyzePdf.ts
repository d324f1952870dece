// A PDF's positioned text, rebuilt into lines, then the same stages as a text report.

import type { Analysis, PdfSource } from '../model/types.ts';
import { pdfLines } from '../layout/pdf/pdfLines.ts';
import { analyzeLines } from './analyzeText.ts';

export function analyzePdfSource(source: PdfSource, fileName: string): Analysis {
  const analysis = analyzeLines(pdfLines(source), fileName, { kind: 'pdf', pages: source.pages.length });
  if (source.pages.every((p) => p.items.length === 0)) {
    analysis.notices.unshift({
      zh: '这个 PDF 没有文字层（可能是扫描件），无法读取其中的文字。请使用带文字的 PDF，或先用 OCR 软件识别。',
      en: 'This PDF has no text layer (probably a scan), so its text cannot be read. Use a PDF with text, or run OCR first.',
    });
  }
  return analysis;
}
