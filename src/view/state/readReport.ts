// Reads a file into an analysis without touching what is on screen. All parsing happens in the
// analysis worker; the page only opens a PDF a second time, to draw its pages in the source view once
// the analysis has succeeded. A PDF that cannot be read comes back as a failed result, saying whether a
// password would help. (pdf.js is imported statically: importing it on demand while Firefox's
// automation talked to the page left the page waiting for ever in 2 runs of 3.)

import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import { isPdf } from '../../pipeline/pdfErrors.ts';
import { fileTooLarge } from '../../source/limits.ts';
import { openPdf, type OpenedPdf } from '../pdf/openPdf.ts';
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
