// Reads a file into an analysis without touching what is on screen. All parsing happens in the
// analysis worker; the page only opens a PDF a second time, to draw its pages in the source view once
// the analysis has succeeded. A PDF that cannot be read comes back as a failed result, saying whether a
// password would help. pdf.js is loaded on demand (lazy/pdf.ts), its download started as soon as the
// bytes are known to be a PDF, so it overlaps the analysis.

import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import { isPdf } from '../../pipeline/pdfErrors.ts';
import { fileTooLarge } from '../../source/limits.ts';
import { openPdf, preloadPdf, type OpenedPdf } from '../lazy/pdf.ts';
import type { AnalysisClient } from '../worker/client.ts';
import type { StageListener } from '../../pipeline/analyzeText.ts';

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
  onStage: StageListener,
): Promise<ReportRead> {
  // Checked here too, so a huge file is not copied into the worker only to be refused there.
  const large = fileTooLarge(bytes.length);
  if (large) return { result: { ok: false, reason: large } };
  // A failed download shows up (and is handled) when the PDF is opened below.
  if (isPdf(bytes)) preloadPdf().catch(() => undefined);
  const answer = await client.analyze(bytes, fileName, { signal, onProgress, onStage, ...(password !== undefined ? { password } : {}) });
  if (!answer.result.ok || !isPdf(bytes)) return answer;
  // The analysis does not depend on drawing: a PDF the viewer cannot open is still analysed, only not drawn.
  try {
    return { ...answer, opened: await openPdf(bytes, password, signal) };
  } catch {
    if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
    return answer;
  }
}
