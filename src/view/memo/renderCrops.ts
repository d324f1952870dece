// The memo's page crops: each flagged finding's part of its PDF page, drawn by pdf.js from the document the
// viewer already opened (`app.pdf.doc`), its boxes outlined, kept as a PNG behind a blob URL. Crops are
// made one at a time in the page's idle time, so they never hold up the first paint of an analysis nor a
// click; the print button asks the job to hurry, and then waits for it.

import type { PDFDocumentProxy } from 'pdfjs-dist';
import { holdDocument } from '../pdf/documentHolds.ts';
import type { Box } from '../viewer/boxes.ts';
import { boxInCrop, cropRect } from './cropRect.ts';
import { whenIdle } from '../lazy/idle.ts';

// Re-exported for the memo, which builds itself in idle time too.
export { whenIdle };

/** 2.25 × 72 dpi ≈ 160 dpi: sharp on paper, and a crop of a page's full width stays under 1,400 pixels. */
export const CROP_SCALE = 2.25;
/** The outline's colour: the red the viewer outlines boxes with, which prints as a dark grey in black and white. */
const OUTLINE = '#d0302f';

export interface CropImage {
  page: number;
  /** A blob URL of the PNG; revoked when its cache is cleared. */
  url: string;
  /** The crop's size in points, which gives the image its proportions. */
  width: number;
  height: number;
}

/**
 * The crops made for one document, by page and boxes, so that a re-check of the same report (a correction)
 * reuses them instead of drawing them again. The cache owns their blob URLs.
 */
export class CropCache {
  readonly #images = new Map<string, CropImage>();
  #cleared = false;
  constructor(readonly doc: PDFDocumentProxy) {}

  static key(page: number, boxes: readonly Box[]): string {
    return `${page}:${boxes.map((b) => b.map((n) => Math.round(n * 100) / 100).join(',')).join(';')}`;
  }

  get(key: string): CropImage | undefined {
    return this.#images.get(key);
  }

  set(key: string, image: CropImage): void {
    // A crop finished after its document left the page is freed at once.
    if (this.#cleared) URL.revokeObjectURL(image.url);
    else this.#images.set(key, image);
  }

  /** Frees every crop's PNG (the document left the page). */
  clear(): void {
    this.#cleared = true;
    for (const image of this.#images.values()) URL.revokeObjectURL(image.url);
    this.#images.clear();
  }
}

export interface CropJob {
  /** Resolves when every planned crop is made (or failed, or the job was cancelled). */
  done: Promise<void>;
  /** Stops waiting for idle time: the memo is about to be printed. */
  hurry: () => void;
  /** Stops making crops (those made stay in the cache). */
  cancel: () => void;
}

/**
 * Makes the crops of `plan` in order (or takes them from `cache`), calling `onCrop` with each. `turned` is
 * the analysis's page → reading rotation (`analysis.source.turned`): boxes are in the page's reading
 * viewport, so the page is drawn at that rotation and a box's pixels are its points times the scale.
 */
export function startCrops(
  cache: CropCache,
  plan: ReadonlyArray<{ index: number; page: number; boxes: Box[] }>,
  turned: Record<number, number> | undefined,
  onCrop: (index: number, crop: CropImage) => void,
): CropJob {
  const { doc } = cache;
  let cancelled = false;
  let hurried = false;
  let wake: (() => void) | undefined;

  const pause = () =>
    hurried || cancelled
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const stop = whenIdle(() => resolve());
          wake = () => {
            stop();
            resolve();
          };
        }).finally(() => (wake = undefined));

  const run = async () => {
    for (const { index, page, boxes } of plan) {
      const key = CropCache.key(page, boxes);
      const made = cache.get(key);
      if (made) {
        onCrop(index, made);
        continue;
      }
      await pause();
      if (cancelled) return;
      try {
        // The hold keeps the document open until this crop is drawn, even if another report replaces it.
        const release = holdDocument(doc);
        const drawn = renderCrop(doc, page, boxes, turned?.[page]);
        release(drawn);
        const crop = await drawn;
        cache.set(key, crop);
        if (cancelled) return;
        onCrop(index, crop);
      } catch {
        // A page that cannot be drawn (the document was closed, a broken page) leaves the finding with its
        // excerpt instead of a crop; the other crops go on.
      }
    }
  };

  return {
    done: run(),
    hurry: () => {
      hurried = true;
      wake?.();
    },
    cancel: () => {
      cancelled = true;
      wake?.();
    },
  };
}

/** Draws the crop of page `page` around `boxes` with the boxes outlined, and frees its canvas at once. */
async function renderCrop(doc: PDFDocumentProxy, page: number, boxes: Box[], rotation: number | undefined): Promise<CropImage> {
  const pdfPage = await doc.getPage(page);
  const turn = rotation ?? pdfPage.rotate;
  const { width, height } = pdfPage.getViewport({ scale: 1, rotation: turn });
  const crop = cropRect(boxes, width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(crop.width * CROP_SCALE);
  canvas.height = Math.ceil(crop.height * CROP_SCALE);
  try {
    // `transform` is applied in the canvas's pixels: it moves the crop's corner to the canvas's origin.
    await pdfPage.render({
      canvas,
      viewport: pdfPage.getViewport({ scale: CROP_SCALE, rotation: turn }),
      transform: [1, 0, 0, 1, -crop.x * CROP_SCALE, -crop.y * CROP_SCALE],
    }).promise;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.strokeStyle = OUTLINE;
    context.lineWidth = CROP_SCALE;
    for (const box of boxes) {
      const r = boxInCrop(box, crop, CROP_SCALE);
      context.strokeRect(r.x, r.y, r.width, r.height);
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    return { page, url: URL.createObjectURL(blob), width: crop.width, height: crop.height };
  } finally {
    // A canvas's pixels are freed when it is sized to nothing, not when it is dropped.
    canvas.width = 0;
    canvas.height = 0;
  }
}
