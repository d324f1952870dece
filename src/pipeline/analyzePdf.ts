// A PDF's positioned text, rebuilt into lines, then the same stages as a text report. A PDF with no text
// at all (a scan) is refused with a message rather than shown as an empty report.

import type { PdfSource } from '../model/types.ts';
import { pdfLines } from '../source/pdf/pdfLines.ts';
import { misdecodedText, undecodedText } from '../source/pdf/undecodedText.ts';
import { analyzeLinesGuarded, failureReason, type AnalyzeResult } from './analyzeBytes.ts';
import type { StageListener } from './analyzeText.ts';

/** Below this resolution a scan's small print (table cells at 9 pt) is too coarse to be read reliably. */
const MIN_SCAN_DPI = 150;

/** A PDF with pages but no text on any of them: its pages are pictures (a scan), to be read by OCR. */
export function isScan(source: PdfSource): boolean {
  return source.pages.length > 0 && source.pages.every((p) => p.items.length === 0);
}

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
  const scanned = source.pages.filter((p) => p.scan).length;
  if (source.pages.every((p) => p.items.length === 0) && scanned > 0) {
    return {
      ok: false,
      reason: {
        zh: '这个 PDF 是扫描件，但 OCR 在页面图像中没有识别出文字（图像可能空白、过暗或分辨率过低）。请换一份更清晰的扫描件，或找该报告的文字版。',
        en: 'This PDF is a scan, but OCR found no text in its page images (they may be blank, too dark or of too low a resolution). Use a clearer scan, or find a text copy of the report.',
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
  const kind = { kind: 'pdf' as const, pages: source.pages.length, ...(Object.keys(turned).length ? { turned } : {}), ...(scanned ? { scanned } : {}) };
  const result = analyzeLinesGuarded(lines, fileName, kind, {}, onStage);
  const coarse = source.pages.filter((p) => p.scan && p.scan.dpi < MIN_SCAN_DPI);
  if (result.ok && coarse.length) {
    const pages = pageList(coarse.map((p) => p.number));
    const dpi = Math.min(...coarse.map((p) => p.scan!.dpi));
    result.analysis.notices.unshift({
      zh: `第 ${pages.zh} 页的扫描分辨率约 ${dpi} dpi，低于 ${MIN_SCAN_DPI} dpi：小字可能识别不出，未识别的数值不会被猜测。请尽量使用 200 dpi 以上的扫描件。`,
      en: `Page ${pages.en} was scanned at about ${dpi} dpi, under ${MIN_SCAN_DPI} dpi: small print may not be recognised, and a value not recognised is never guessed. Use a scan of 200 dpi or more where you can.`,
    });
  }
  if (result.ok && scanned) {
    const doubtful = result.analysis.cells.filter((c) => c.doubt && /OCR/.test(c.doubt.en)).length;
    result.analysis.notices.unshift({
      zh: `这是扫描件：${scanned} 页的文字由 OCR 在本机识别（文件未上传）。${doubtful ? `${doubtful} 个数值识别置信度低，标为「待核」，用到它们的问题只列为待核。` : '所有表格数值的识别置信度都达到阈值。'}请对照原件核对关键数字。`,
      en: `This is a scan: the text of ${scanned} page(s) was read by OCR, on this machine. ${doubtful ? `${doubtful} value(s) were read with low confidence and are marked “to review”; findings that use them are only to review.` : 'Every table value was read with a confidence above the threshold.'} Check key numbers against the page.`,
    });
  }
  if (result.ok && undecoded) {
    const pages = pageList(undecoded.pages);
    result.analysis.notices.push({
      zh: `第 ${pages.zh} 页有部分文字无法解码（${Math.round(undecoded.share * 100)}% 的字符来自没有文字映射的字体），用这种字体印的数字没有读到。请找该报告的另一份 PDF 或网页版核对。`,
      en: `Some text on page ${pages.en} cannot be decoded (${Math.round(undecoded.share * 100)}% of the characters come from fonts without a character map): numbers printed in such a font were not read. Check against another copy of the report (another PDF or the web page).`,
    });
  }
  const misdecoded = result.ok ? misdecodedText(source) : undefined;
  if (result.ok && misdecoded) {
    const pages = pageList(misdecoded.pages);
    result.analysis.notices.push({
      zh: `第 ${pages.zh} 页的文字层有错码（如「${misdecoded.sample}」：括号等字符被解成了拉丁字母，常见于经 ghostscript 等工具重新生成的 PDF），带这些字符的表格行可能没有读到。请找该报告的原始 PDF 或网页版核对。`,
      en: `The text layer of page ${pages.en} is garbled (e.g. “${misdecoded.sample}”: brackets and other characters decoded as Latin letters, as in PDFs regenerated by tools such as ghostscript); table rows with such characters may not have been read. Check against the report's original PDF or its web page.`,
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

/** Page numbers as a notice names them: the first five, and 「等」 / "and others" for the rest. */
function pageList(pages: number[]): { zh: string; en: string } {
  const more = pages.length > 5;
  return { zh: pages.slice(0, 5).join('、') + (more ? ' 等' : ''), en: pages.slice(0, 5).join(', ') + (more ? ' and others' : '') };
}
