// The scan reader's image steps on drawn pictures whose answer is known: a red seal fades while black
// print under it stays, a page turned by a known angle is found turned by it, a drawn grid gives its
// rulings and no ruling from text strokes, and the characters of a word join one run while two cells
// separated by a ruling stay two.

import { describe, expect, it } from 'vitest';
import { binarize } from './binarize.ts';
import { rotate, skewAngle } from './deskew.ts';
import { grayFromDecoded, IMAGE_KIND, type GrayImage } from './grayImage.ts';
import { findRulings, withoutRulings } from './rulings.ts';
import { textRuns } from './textLines.ts';

function paper(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}

function box(image: GrayImage, x0: number, y0: number, x1: number, y1: number, value = 0): void {
  for (let y = y0; y < y1; y++) image.data.fill(value, y * image.width + x0, y * image.width + x1);
}

/** Lines of "text": blocks the size of characters with small gaps, as a page of print looks to the reader. */
function printed(width: number, height: number): GrayImage {
  const image = paper(width, height);
  for (let y = 40; y + 20 < height - 40; y += 36) for (let x = 40; x + 18 < width - 40; x += 22) box(image, x, y, x + 18, y + 20);
  return image;
}

const RULINGS = { minHorizontal: 60, minVertical: 30, minOpenVertical: 100, maxGap: 2, minFill: 0.85, maxThickness: 6, maxLean: 0.02 };

describe('grayFromDecoded', () => {
  it('turns red seal ink into paper and keeps black print black', () => {
    // Three pixels: red ink, black print, black print under red ink (multiplied: still black).
    const rgb = Uint8Array.from([220, 30, 40, 10, 10, 10, 30, 5, 8]);
    const gray = grayFromDecoded(3, 1, IMAGE_KIND.rgb, rgb);
    expect(gray.data[0]).toBeGreaterThan(200);
    expect(gray.data[1]).toBeLessThan(20);
    expect(gray.data[2]).toBeLessThan(40);
  });

  it('reads one-bit images with 1 as white', () => {
    const gray = grayFromDecoded(8, 1, IMAGE_KIND.gray1, Uint8Array.from([0b10100000]));
    expect([...gray.data.slice(0, 3)]).toEqual([255, 0, 255]);
  });
});

describe('skewAngle', () => {
  it('finds the angle a page of print was turned by, either way', () => {
    const page = printed(600, 500);
    for (const degrees of [0.6, -1.2, 0]) {
      const turned = rotate(page, -degrees);
      const found = skewAngle(binarize(turned, { radius: 15, k: 0.25 }), { maxDegrees: 3, coarseStep: 0.1, fineStep: 0.02 });
      expect(Math.abs(found - degrees)).toBeLessThan(0.08);
    }
  });
});

describe('findRulings', () => {
  it('finds a grid and no ruling in the text inside it', () => {
    const page = paper(400, 200);
    for (const y of [20, 80, 140]) box(page, 20, y, 380, y + 2);
    for (const x of [20, 200, 378]) box(page, x, 20, x + 2, 142);
    // A "character" with a long vertical stroke, shorter than a row, inside a cell.
    box(page, 60, 40, 62, 66);
    box(page, 50, 50, 80, 52);
    const { horizontal, vertical } = findRulings(binarize(page, { radius: 10, k: 0.25 }), RULINGS);
    expect(horizontal.map((r) => Math.round(r.at))).toEqual([21, 81, 141]);
    expect(vertical.map((r) => Math.round(r.at)).sort((a, b) => a - b)).toEqual([21, 201, 379]);
  });

  it('takes no ruling from a heading’s long strokes just above a table', () => {
    const page = paper(400, 200);
    for (const y of [100, 160]) box(page, 20, y, 380, y + 2);
    for (const x of [20, 378]) box(page, x, 100, x + 2, 162);
    // A large character's vertical stroke ending 6 px above the table's top border.
    box(page, 100, 50, 104, 94);
    const { vertical } = findRulings(binarize(page, { radius: 10, k: 0.25 }), RULINGS);
    expect(vertical.map((r) => Math.round(r.at))).toEqual([21, 379]);
  });

  it('finds lines that lean as a photographed page’s do, thin and whole, and paints out their ink', () => {
    const page = paper(400, 300);
    // Horizontal lines dropping 1 px every 80 px, vertical lines drifting 1 px every 60 px (about 1°).
    for (const y of [20, 150, 280]) for (let x = 20; x < 380; x++) box(page, x, y + Math.floor((x - 20) / 80), x + 1, y + Math.floor((x - 20) / 80) + 2);
    for (const x of [20, 200, 378]) for (let y = 20; y < 282; y++) box(page, x + Math.floor((y - 20) / 60), y, x + Math.floor((y - 20) / 60) + 2, y + 1);
    const ink = binarize(page, { radius: 10, k: 0.25 });
    const { horizontal, vertical } = findRulings(ink, RULINGS);
    expect(horizontal).toHaveLength(3);
    expect(vertical).toHaveLength(3);
    expect([...horizontal, ...vertical].every((r) => r.thickness <= 3 && r.to - r.from > 250)).toBe(true);
    // Nothing of them is left to be read as a bracket or a 1 beside the text.
    const left = withoutRulings(ink, { horizontal, vertical });
    expect(left.data.some((v) => v !== 0)).toBe(false);
  });

  it('takes no ruling from a filled band, however it leans', () => {
    const page = paper(400, 120);
    for (let x = 20; x < 380; x++) box(page, x, 40 + Math.floor((x - 20) / 80), x + 1, 60 + Math.floor((x - 20) / 80));
    expect(findRulings(binarize(page, { radius: 10, k: 0.25 }), RULINGS).horizontal).toEqual([]);
  });

  it('keeps apart a row of text that is long but full of gaps', () => {
    const page = paper(400, 60);
    for (let x = 10; x < 390; x += 10) box(page, x, 20, x + 6, 23);
    expect(findRulings(binarize(page, { radius: 10, k: 0.25 }), RULINGS).horizontal).toEqual([]);
  });
});

describe('textRuns', () => {
  it('joins a word and keeps two cells apart across a ruling', () => {
    const page = paper(300, 80);
    // Two "words" of three characters with small gaps, a ruling between them close to both.
    for (const x of [20, 42, 64]) box(page, x, 30, x + 18, 50);
    box(page, 90, 10, 92, 70);
    for (const x of [98, 120]) box(page, x, 30, x + 18, 50);
    const ink = binarize(page, { radius: 10, k: 0.25 });
    const rulings = { horizontal: [], vertical: [{ from: 10, to: 69, at: 90.5, thickness: 2 }] };
    const runs = textRuns(withoutRulings(ink, rulings), rulings, 20, { joinGap: 0.6, punctuationGap: 1.2, stackGap: 0.3, minHeightShare: 0.35, flatMarkWidth: 0.5 });
    expect(runs.map((r) => [r.x0, r.x1])).toEqual([[20, 81], [98, 137]]);
  });

  it('splits two numbers one above the other into two runs when nothing rules them apart', () => {
    const page = paper(200, 120);
    // 「119」 over 「285922」 with their ruling lost, as under a seal.
    for (const x of [20, 34, 48]) box(page, x, 20, x + 10, 40);
    for (const x of [20, 34, 48, 62, 76, 90]) box(page, x, 45, x + 10, 65);
    const ink = binarize(page, { radius: 10, k: 0.25 });
    const settings = { joinGap: 0.6, punctuationGap: 1.2, stackGap: 0.3, minHeightShare: 0.35, flatMarkWidth: 0.5 };
    const runs = textRuns(ink, { horizontal: [], vertical: [] }, 20, settings);
    expect(runs.map((r) => [r.y0, r.y1])).toEqual([[20, 39], [45, 64]]);
  });

  it('joins the two strokes of 「二」 with the line it begins, and keeps a dash alone in a cell', () => {
    const page = paper(300, 80);
    // 「二」: two flat strokes far apart, then two characters; a dash alone further right, past a ruling.
    box(page, 20, 32, 36, 35);
    box(page, 18, 46, 38, 49);
    for (const x of [44, 66]) box(page, x, 30, x + 18, 50);
    box(page, 130, 10, 132, 70);
    box(page, 160, 39, 176, 41);
    const ink = binarize(page, { radius: 10, k: 0.25 });
    const rulings = { horizontal: [], vertical: [{ from: 10, to: 69, at: 130.5, thickness: 2 }] };
    const runs = textRuns(withoutRulings(ink, rulings), rulings, 20, { joinGap: 0.6, punctuationGap: 1.2, stackGap: 0.3, minHeightShare: 0.35, flatMarkWidth: 0.5 });
    expect(runs.map((r) => [r.x0, r.y0, r.x1, r.y1])).toEqual([[18, 30, 83, 49], [160, 39, 175, 40]]);
  });
});
