// pdf.js's display layer, loaded only when a PDF is to be drawn: the first page (a text sample) needs
// none of it. `openPdf` here has the same signature as the module's own, so callers only change their
// import line; `preloadPdf` starts the download early, while the analysis worker is still reading the
// PDF, so drawing does not wait for it after the analysis.

import type { OpenedPdf } from '../pdf/openPdf.ts';
import { once } from './once.ts';

export type { OpenedPdf };

export const preloadPdf = once(() => import('../pdf/openPdf.ts'));

export async function openPdf(bytes: Uint8Array, password: string | undefined, signal: AbortSignal): Promise<OpenedPdf> {
  const { openPdf: open } = await preloadPdf();
  if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
  return open(bytes, password, signal);
}
