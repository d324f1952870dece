// The CLI's and the tests' entry point for a file: a PDF goes through pdf.js (legacy build, in
// process), a scanned PDF through OCR (source/scan), a web page through its DOM (linkedom), anything else
// through the text pipeline. Errors come back as reasons, never as throws.

import { openPdfNode } from '../source/pdf/openPdfNode.ts';
import { extractPdf } from '../source/pdf/extractPdf.ts';
import { analyzeTextFile, type AnalyzeResult } from './analyzeBytes.ts';
import { analyzePdfSource, isScan } from './analyzePdf.ts';
import { isPdf, pdfErrorMessage } from './pdfErrors.ts';
import { parseHtml } from '../source/html/parseHtml.ts';
import { fileTooLarge } from '../source/limits.ts';

export async function analyzeFileNode(bytes: Uint8Array, fileName: string, password?: string): Promise<AnalyzeResult> {
  const large = fileTooLarge(bytes.length);
  if (large) return { ok: false, reason: large };
  if (!isPdf(bytes)) return analyzeTextFile(bytes, fileName, async () => parseHtml);
  let opened: Awaited<ReturnType<typeof openPdfNode>> | undefined;
  try {
    opened = await openPdfNode(bytes, password);
    const source = await extractPdf(opened.doc);
    if (!isScan(source)) return analyzePdfSource(source, fileName);
    // Pages that are pictures with no text: read by OCR, then the same stages.
    const [{ extractScan }, { nodeRecognizer }] = await Promise.all([import('../source/scan/extractScan.ts'), import('../source/scan/nodeRecognizer.ts')]);
    let recognizer;
    try {
      recognizer = await nodeRecognizer();
    } catch (error) {
      // Said as what it is: the PDF is fine, the recogniser is missing here.
      const why = (error as Error)?.message ?? String(error);
      return {
        ok: false,
        reason: {
          zh: `这个 PDF 是扫描件，需要 OCR 模型识别，但模型未能加载（${why}）。请确认依赖已安装（npm ci）。`,
          en: `This PDF is a scan and needs the OCR model, which could not be loaded (${why}). Check that the dependencies are installed (npm ci).`,
        },
      };
    }
    return analyzePdfSource(await extractScan(opened.doc, recognizer), fileName);
  } catch (error) {
    const { zh, en } = pdfErrorMessage(error);
    return { ok: false, reason: { zh, en } };
  } finally {
    await opened?.destroy();
  }
}
