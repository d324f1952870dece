// Turns a PDF opened by pdf.js into positioned text and ruling lines, page by page. The caller opens
// the document with the pdf.js build that fits its environment (the browser build with its own worker
// in the page, the legacy build in Node); this module only walks the pages, so it is shared by both.

import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfPage, PdfSource, PdfTextItem } from '../../model/types.ts';
import { readSegments, type OperatorList } from './readSegments.ts';
import { InputLimitError, tooManyItems, tooManyPages } from '../limits.ts';

export interface ExtractOptions {
  onProgress?: (page: number, pages: number) => void;
  signal?: AbortSignal;
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

/**
 * Whether a page's text is laid out in columns: at least two lines with a gap wider than two glyphs
 * between runs. Prose lines are continuous; table rows are not.
 */
export function looksTabular(items: PdfTextItem[]): boolean {
  const rows = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    const key = Math.round((item.y + item.height / 2) / 3);
    const row = rows.get(key);
    // Appended in place: copying the row for each item made a page of one long line quadratic.
    if (row) row.push(item);
    else rows.set(key, [item]);
  }
  let tabular = 0;
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    for (let i = 1; i < row.length; i++) {
      const gap = row[i]!.x - (row[i - 1]!.x + row[i - 1]!.width);
      if (gap > 2 * Math.min(row[i]!.height, row[i - 1]!.height)) {
        if (++tabular >= 2) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * The rotation that makes most of a page's text run left to right: the direction of each run in the
 * page's own space (its text matrix), weighted by its length, snapped to a quarter turn. A landscape page
 * drawn sideways with /Rotate to turn it upright agrees with its /Rotate; a page whose /Rotate turns
 * upright text sideways (or whose text is drawn sideways without one) does not, and is read turned.
 */
export function readingRotation(items: readonly RawItem[]): number {
  const weight = new Map<number, number>();
  for (const item of items) {
    if (!item.str || !item.transform || item.str.trim() === '') continue;
    const [a = 1, b = 0] = item.transform;
    const quarter = ((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4;
    weight.set(quarter, (weight.get(quarter) ?? 0) + item.str.length);
  }
  let best = 0;
  for (const [quarter, w] of weight) if (w > (weight.get(best) ?? 0)) best = quarter;
  return best * 90;
}

/** Below this font size (PDF points) text cannot be read on the page. */
const MIN_READABLE_SIZE = 2;

/** Whether a run lies wholly outside the page's visible area (a margin of one glyph allowed). */
function offPage(item: PdfTextItem, width: number, height: number): boolean {
  const slack = item.height;
  return item.x + item.width < -slack || item.x > width + slack || item.y + item.height < -slack || item.y > height + slack || !Number.isFinite(item.x + item.y);
}

export async function extractPdf(doc: PDFDocumentProxy, options: ExtractOptions = {}): Promise<PdfSource> {
  const pages: PdfPage[] = [];
  const tooMany = tooManyPages(doc.numPages);
  if (tooMany) throw new InputLimitError(tooMany);
  for (let n = 1; n <= doc.numPages; n++) {
    options.signal?.throwIfAborted();
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const crowded = tooManyItems(n, content.items.length);
    if (crowded) throw new InputLimitError(crowded);
    const rotation = readingRotation(content.items as RawItem[]);
    const turned = rotation !== ((page.rotate % 360) + 360) % 360;
    const viewport = page.getViewport({ scale: 1, ...(turned ? { rotation } : {}) });
    const toPage = (x: number, y: number) => viewport.convertToViewportPoint(x, y) as [number, number];
    const items: PdfTextItem[] = [];
    for (const raw of content.items as RawItem[]) {
      if (!raw.str || !raw.transform || raw.str.trim() === '') continue;
      const [a = 1, b = 0, , , e = 0, f = 0] = raw.transform;
      // The font size is the length of the text matrix's first column; height can be 0 for some fonts.
      const size = Math.hypot(a, b) || raw.height || 10;
      const [x, baseline] = toPage(e, f);
      const item = { str: raw.str, x, y: baseline - size * 0.88, width: raw.width ?? 0, height: size, fontName: raw.fontName ?? '' };
      // Text placed wholly off the page, or set smaller than 2 pt (a row of dots on paper; the smallest
      // footnote is 5 pt), is never read by a reader (a decoy, or a producer's leftover): it is not the
      // report's. Text on the page at a readable size is kept even when drawn invisible, as OCR layers are.
      if (offPage(item, viewport.width, viewport.height) || size < MIN_READABLE_SIZE) continue;
      items.push(item);
    }
    // Ruling lines cost a second pass over the page's content: only pages whose text sits in columns
    // can hold a table, so prose pages skip it.
    const segments = looksTabular(items) ? readSegments((await page.getOperatorList()) as unknown as OperatorList, toPage) : [];
    pages.push({ number: n, width: viewport.width, height: viewport.height, items, segments, ...(turned ? { rotation } : {}) });
    page.cleanup();
    options.onProgress?.(n, doc.numPages);
  }
  const attachments = await attachmentNames(doc);
  return { pages, ...(attachments.length ? { attachments } : {}) };
}

/** The names of the files attached to the document; a damaged attachment list is no reason to fail. */
async function attachmentNames(doc: PDFDocumentProxy): Promise<string[]> {
  try {
    const attachments = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string }>;
    return Object.entries(attachments).map(([key, a]) => a.filename || key);
  } catch {
    return [];
  }
}
