// Reads a file into an analysis without touching what is on screen: PDFs are opened and extracted on the
// page's thread (pdf.js needs the page), everything else goes to the worker (a web page is parsed here
// first, since a worker has no DOMParser). The opened PDF comes back with the result, for drawing its
// pages; a PDF that cannot be read comes back as a failed result, saying whether a password would help.

import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import { extractPdf } from '../../source/pdf/extractPdf.ts';
import { isPdf, pdfErrorMessage } from '../../pipeline/pdfErrors.ts';
import { decodeText } from '../../source/text/decodeText.ts';
import { htmlLines } from '../../source/html/htmlLines.ts';
import { htmlTitle } from '../../source/html/htmlTitle.ts';
import { withoutEventHandlers } from '../../source/html/withoutEventHandlers.ts';
import { htmlToRead } from '../../pipeline/isHtml.ts';
import { openPdf, type OpenedPdf } from '../pdf/openPdf.ts';
import type { AnalysisClient } from '../worker/client.ts';

export interface ReportRead {
  result: AnalyzeResult;
  opened?: OpenedPdf;
  needsPassword?: 'needed' | 'wrong';
}

export async function readReport(
  client: AnalysisClient,
  bytes: Uint8Array,
  fileName: string,
  signal: AbortSignal,
  password: string | undefined,
  onProgress: (page: number, pages: number) => void,
): Promise<ReportRead> {
  if (isPdf(bytes)) {
    let opened: OpenedPdf | undefined;
    try {
      opened = await openPdf(bytes, password, signal);
      const source = await extractPdf(opened.doc, { signal, onProgress });
      const result = await client.analyzePdf(source, fileName, signal);
      if (!result.ok) opened.destroy();
      return result.ok ? { result, opened } : { result };
    } catch (error) {
      opened?.destroy();
      if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
      const { password: needs, zh, en } = pdfErrorMessage(error);
      return { result: { ok: false, reason: { zh, en } }, ...(needs ? { needsPassword: needs } : {}) };
    }
  }
  const decoded = decodeText(bytes);
  const html = decoded.ok ? htmlToRead(decoded.text, fileName) : undefined;
  if (html !== undefined) {
    const doc = new DOMParser().parseFromString(withoutEventHandlers(html), 'text/html');
    return { result: await client.analyzeLines(htmlLines(doc), fileName, htmlTitle(doc), signal) };
  }
  return { result: await client.analyze(bytes, fileName, signal) };
}
