// The document viewer's box math: a box of the analysis (top-left, reading rotation, scale 1) back to PDF
// user space and onto a page drawn at any rotation and zoom — checked by hand and against pdf.js itself on
// pages with a shifted view box and every /Rotate.
import { describe, expect, it } from 'vitest';
import { PDFDocument, degrees } from 'pdf-lib';
import { openPdfNode } from '../../source/pdf/openPdfNode.ts';
import {
  applyTransform,
  boxKey,
  boxToUserRect,
  invertTransform,
  normalizeRotation,
  percentRect,
  sharedExtraRotation,
  targetOf,
  topLeftCorner,
  unionRect,
  viewportTransform,
  type Box,
  type Transform,
} from './boxes.ts';

const close = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
};

describe('viewportTransform / boxToUserRect', () => {
  it('flips y on an upright page: y_pdf = pageHeight − y', () => {
    const view = [0, 0, 595, 842];
    close(viewportTransform(view, 0), [1, 0, 0, -1, 0, 842]);
    // A box 100 pt from the left, 50 pt from the top, 20 × 10.
    close(boxToUserRect([100, 50, 20, 10], view, 0), [100, 782, 120, 792]);
  });

  it('takes the view box offset into account', () => {
    const view = [30, 40, 330, 540]; // 300 × 500, origin at (30, 40)
    close(boxToUserRect([0, 0, 10, 10], view, 0), [30, 530, 40, 540]);
    close(boxToUserRect([290, 490, 10, 10], view, 0), [320, 40, 330, 50]);
  });

  it('reads a page turned 90°: the reading viewport is the page on its side', () => {
    const view = [0, 0, 600, 400];
    // Rotated 90° clockwise, the viewport is 400 wide and 600 tall; its top-left corner is user (0, 0).
    const t = viewportTransform(view, 90);
    close(applyTransform(t, 0, 0), [0, 0]);
    close(applyTransform(t, 600, 400), [400, 600]);
    close(boxToUserRect([0, 0, 10, 20], view, 90), [0, 0, 20, 10]);
  });

  it('inverts exactly', () => {
    const t: Transform = viewportTransform([12, 7, 400, 900], 270, 1.7);
    const back = invertTransform(t);
    const [x, y] = applyTransform(t, 123, 456);
    close(applyTransform(back, x, y), [123, 456]);
  });

  it('normalises rotations', () => {
    expect([0, 90, -90, 450, 360, -180].map(normalizeRotation)).toEqual([0, 90, 270, 90, 0, 180]);
  });

  it('agrees with pdf.js on pages with an offset view box, every /Rotate, user units and zoom', async () => {
    const made = await PDFDocument.create();
    for (const rotation of [0, 90, 180, 270]) {
      const page = made.addPage([500, 700]);
      page.setMediaBox(25, 60, 450, 640);
      page.setRotation(degrees(rotation));
    }
    const { doc, destroy } = await openPdfNode(await made.save());
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        for (const reading of [0, 90, 180, 270]) {
          for (const scale of [1, 1.5]) {
            const viewport = page.getViewport({ scale, rotation: reading });
            close(viewportTransform(page.view, reading, scale, page.userUnit), viewport.transform);
          }
          // A box read in this rotation, back in user space, then through pdf.js's own viewport.
          const box: Box = [40, 70, 120, 30];
          const rect = boxToUserRect(box, page.view, reading, page.userUnit);
          const viewport = page.getViewport({ scale: 1, rotation: reading });
          const [ax, ay, bx, by] = viewport.convertToViewportRectangle(rect);
          close([Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay)], box);
          // The corner shown top-left in another rotation, at another zoom, is the box's top-left there.
          const shown = page.getViewport({ scale: 2, rotation: page.rotate + 90 });
          const [cx, cy] = topLeftCorner(rect, shown.transform as Transform);
          const [vx, vy] = shown.convertToViewportPoint(cx, cy);
          const r = shown.convertToViewportRectangle(rect);
          close([vx, vy], [Math.min(r[0]!, r[2]!), Math.min(r[1]!, r[3]!)]);
        }
      }
    } finally {
      await destroy();
    }
  });
});

describe('percentRect', () => {
  it('places a viewport rectangle in percentages of the page, padded, corners in any order', () => {
    expect(percentRect([150, 80, 50, 40], 500, 400)).toEqual({ left: 10, top: 10, width: 20, height: 10 });
    expect(percentRect([50, 40, 150, 80], 500, 400, 5)).toEqual({ left: 9, top: 8.75, width: 22, height: 12.5 });
  });
});

describe('unionRect', () => {
  it('holds every rectangle', () => {
    expect(unionRect([[1, 5, 3, 9], [2, 1, 7, 4]])).toEqual([1, 1, 7, 9]);
  });
});

describe('topLeftCorner', () => {
  it('picks the user-space corner that shows top-left', () => {
    const rect: [number, number, number, number] = [100, 200, 150, 260];
    expect(topLeftCorner(rect, viewportTransform([0, 0, 600, 800], 0))).toEqual([100, 260]);
    expect(topLeftCorner(rect, viewportTransform([0, 0, 600, 800], 180))).toEqual([150, 200]);
    expect(topLeftCorner(rect, viewportTransform([0, 0, 600, 800], 90))).toEqual([100, 200]);
    expect(topLeftCorner(rect, viewportTransform([0, 0, 600, 800], 270))).toEqual([150, 260]);
  });
});

describe('targetOf', () => {
  const pos = (page: number | undefined, box?: Box) => ({ line: 1, col: 1, length: 1, ...(page ? { page } : {}), ...(box ? { box } : {}) });
  const analysis = {
    cells: [
      { ref: 'a', pos: pos(2, [1, 2, 3, 4]) },
      { ref: 'b', pos: pos(3, [5, 6, 7, 8]) },
      { ref: 'c', pos: pos(2, [9, 9, 9, 9]) },
      { ref: 'text', pos: pos(undefined) },
    ],
  } as unknown as Parameters<typeof targetOf>[0];

  it('groups a finding’s spans and cells by page, the first place first, duplicates once', () => {
    const finding = { cells: ['b', 'a', 'c', 'a', 'text'], spans: [pos(4, [0, 0, 1, 1])] };
    const target = targetOf(analysis, finding, undefined)!;
    expect(target.first).toEqual({ page: 4, box: [0, 0, 1, 1] });
    expect([...target.pages.entries()]).toEqual([
      [4, [[0, 0, 1, 1]]],
      [3, [[5, 6, 7, 8]]],
      [2, [[1, 2, 3, 4], [9, 9, 9, 9]]],
    ]);
  });

  it('falls back on the focused cell, and is undefined without a box', () => {
    expect(targetOf(analysis, undefined, 'b')?.first).toEqual({ page: 3, box: [5, 6, 7, 8] });
    expect(targetOf(analysis, undefined, 'text')).toBeUndefined();
    expect(targetOf(analysis, undefined, undefined)).toBeUndefined();
    expect(targetOf(analysis, { cells: ['text'], spans: [] }, 'a')).toBeUndefined();
  });

  it('keys a box as page:x,y,w,h', () => {
    expect(boxKey(3, [10.123, 20, 30.5, 4])).toBe('3:10.12,20,30.5,4');
  });
});

describe('sharedExtraRotation', () => {
  it('turns the viewer only when every page was read turned by the same amount', () => {
    const own = () => 0;
    expect(sharedExtraRotation(undefined, 2, own)).toBeUndefined();
    expect(sharedExtraRotation({ 1: 90, 2: 90 }, 2, own)).toBe(90);
    expect(sharedExtraRotation({ 1: 90 }, 2, own)).toBeUndefined(); // page 2 upright already
    expect(sharedExtraRotation({ 1: 90, 2: 270 }, 2, own)).toBeUndefined(); // turned different ways
    // Relative to each page's own /Rotate.
    expect(sharedExtraRotation({ 1: 0, 2: 180 }, 2, (p) => (p === 1 ? 270 : 90))).toBe(90);
  });
});
