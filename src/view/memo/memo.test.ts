// The review memo's data and crop math, in Node: the order findings are filed in, where they are, what
// stands in for a crop in a text report, and the band of the page a crop shows.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sample } from '../charts/fixture.test-helper.ts';
import { analyzeText } from '../../pipeline/analyzeText.ts';
import { fill, memoExcerpts, memoFindings, memoSummary, reviewDate } from './memoData.ts';
import { CROP_ABOVE, CROP_MAX_HEIGHT, MAX_CROPS, MAX_PAGES_PER_FINDING, boxInCrop, cropRect, planCrops } from './cropRect.ts';
import type { Box } from '../viewer/boxes.ts';
import { CropCache } from './renderCrops.ts';
import type { PDFDocumentProxy } from 'pdfjs-dist';

describe('memoFindings', () => {
  it('files errors first, then those to review, leaving consistent checks out', () => {
    const items = memoFindings(sample());
    expect(items.map((i) => i.finding.severity)).toEqual(['error', 'error', 'warning', 'warning', 'warning']);
    // Within each group the findings keep their order (their index in the analysis).
    expect(items.map((i) => i.index)).toEqual([2, 3, 1, 4, 5]);
  });

  it('gives a text report’s findings their lines and no pages', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../public/samples/dezhou-2018.txt'), 'utf8');
    const analysis = analyzeText(text, 'dezhou.txt');
    const items = memoFindings(analysis);
    const headline = items.find((i) => i.finding.stated === 464 && i.finding.computed === 435)!;
    expect(headline.pages).toEqual([]);
    expect(headline.lines.length).toBeGreaterThan(0);
    const excerpts = memoExcerpts(new Map(analysis.lines.map((l) => [l.line, l])), analysis, headline.finding);
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.flatMap((e) => e.pieces.filter((p) => p.marked).map((p) => p.text))).toContain('464');
  });
});

describe('memoSummary', () => {
  it('counts as the meta panel does and carries the coverage and key figures', () => {
    const s = memoSummary(sample());
    expect([s.errors, s.toReview, s.consistent]).toEqual([2, 3, 1]);
    expect(s.coverage.cellsRead).toBe(12);
    expect(Array.isArray(s.tiles)).toBe(true);
  });
});

describe('cropRect', () => {
  const page = { width: 595, height: 842 };
  it('takes the page’s full width and the band around the boxes', () => {
    const boxes: Box[] = [[300, 400, 30, 12], [300, 430, 30, 12]];
    expect(cropRect(boxes, page.width, page.height, 16, 16)).toEqual({ x: 0, y: 384, width: 595, height: 74 });
  });
  it('stays on the page', () => {
    expect(cropRect([[10, 2, 20, 10]], page.width, page.height).y).toBe(0);
    const low = cropRect([[10, 830, 20, 10]], page.width, page.height);
    expect(low.y + low.height).toBe(842);
  });
  it('caps the height, starting above the first box', () => {
    const boxes: Box[] = [[300, 100, 30, 12], [300, 700, 30, 12]];
    const crop = cropRect(boxes, page.width, page.height);
    expect(crop.height).toBe(CROP_MAX_HEIGHT);
    expect(crop.y).toBe(100 - CROP_ABOVE);
  });
  it('puts a box in the crop’s pixels, padded', () => {
    expect(boxInCrop([100, 200, 10, 10], { x: 0, y: 150, width: 595, height: 100 }, 2)).toEqual({ x: 196, y: 96, width: 28, height: 28 });
  });
});

describe('planCrops', () => {
  it('crops at most two pages a finding and caps the total', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({ index, pages: [1, 2, 3].map((page) => ({ page, boxes: [[0, 0, 1, 1] as Box] })) }));
    const plan = planCrops(many);
    expect(plan.length).toBe(MAX_CROPS);
    expect(plan.filter((p) => p.index === 0).map((p) => p.page)).toEqual([1, 2].slice(0, MAX_PAGES_PER_FINDING));
  });
});

describe('strings', () => {
  it('fills placeholders and dates a review in each language', () => {
    expect(fill('读到 {read} / {expected} 格', { read: 3, expected: 4 })).toBe('读到 3 / 4 格');
    const day = new Date(2026, 11, 2);
    expect(reviewDate(day, 'zh')).toBe('2026年12月2日');
    expect(reviewDate(day, 'en')).toBe('2026-12-02');
  });
});

describe('CropCache', () => {
  it('keys a crop by page and boxes, and frees a crop that finishes after its document left', () => {
    expect(CropCache.key(3, [[1.234, 2, 3, 4], [5, 6, 7, 8]])).toBe('3:1.23,2,3,4;5,6,7,8');
    const cache = new CropCache({} as PDFDocumentProxy);
    const url = URL.createObjectURL(new Blob(['x']));
    cache.set('a', { page: 1, url, width: 1, height: 1 });
    expect(cache.get('a')?.url).toBe(url);
    cache.clear();
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', { page: 1, url: URL.createObjectURL(new Blob(['y'])), width: 1, height: 1 });
    expect(cache.get('b')).toBeUndefined();
  });
});
