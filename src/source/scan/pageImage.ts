// The picture a scanned page is: the largest image the page paints, decoded by pdf.js, with the matrix
// that places it on the page. A scanner's PDF paints one image per page (sometimes in strips, of which
// the largest is still most of the page); a page whose largest image covers less than half of it is not
// a scan of a page and is left alone.

import type { PDFPageProxy } from 'pdfjs-dist';
import { OPS } from '../pdf/pdfOps.ts';
import { walkOperators, type Matrix } from '../pdf/matrix.ts';
import { grayFromDecoded, type GrayImage } from './grayImage.ts';


export interface PageImage {
  image: GrayImage;
  /** Maps the image's pixel (x right, y down from its top-left) to PDF user space. */
  toUser: (x: number, y: number) => [number, number];
  /** Image pixels per PDF point, along the image's width. */
  pixelsPerPoint: number;
}

interface Decoded {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** The share of the page the image must cover to be the scan of the page. */
const MIN_COVER = 0.5;

export async function pageImage(page: PDFPageProxy): Promise<PageImage | undefined> {
  const list = await page.getOperatorList();
  let best: { id: string; ctm: Matrix; area: number } | undefined;
  walkOperators(list, (fn, args, ctm) => {
    if (fn !== OPS.paintImageXObject) return;
    const area = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
    if (!best || area > best.area) best = { id: args[0] as string, ctm, area };
  });
  const [, , width, height] = page.view as [number, number, number, number];
  if (!best || best.area < MIN_COVER * Math.abs(width * height)) return undefined;
  const found = best;
  const decoded = await new Promise<Decoded>((resolve) => {
    const objs = found.id.startsWith('g_') ? page.commonObjs : page.objs;
    objs.get(found.id, resolve as (data: unknown) => void);
  });
  if (!decoded?.data || decoded.kind === undefined) return undefined;
  const image = grayFromDecoded(decoded.width, decoded.height, decoded.kind, decoded.data);
  const m = found.ctm;
  // The image space is the unit square, y up: pixel (x, y) from the top-left is (x / w, 1 - y / h).
  const toUser = (x: number, y: number): [number, number] => {
    const u = x / image.width;
    const v = 1 - y / image.height;
    return [m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]];
  };
  return { image, toUser, pixelsPerPoint: image.width / Math.hypot(m[0], m[1]) };
}
