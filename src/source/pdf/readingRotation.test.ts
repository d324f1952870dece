import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf, readingRotation } from './extractPdf.ts';
import { openPdfNode } from './openPdfNode.ts';
import { pdfLines } from './pdfLines.ts';
import { textPdf } from '../../../test/support/rawPdf.ts';

describe('readingRotation', () => {
  const run = (a: number, b: number, str = 'abc') => ({ str, transform: [a, b, -b, a, 0, 0] });

  it('is the quarter turn most of the text runs in, weighted by length', () => {
    expect(readingRotation([run(12, 0), run(12, 0)])).toBe(0);
    expect(readingRotation([run(0, 12, 'long line of text'), run(12, 0, 'x')])).toBe(90);
    expect(readingRotation([run(-12, 0)])).toBe(180);
    expect(readingRotation([run(0, -12)])).toBe(270);
    expect(readingRotation([])).toBe(0);
  });
});

describe('a page whose text runs up the page', () => {
  it('is read turned upright: each run is one line, in order', async () => {
    const bytes = readFileSync('test/fixtures/bad/sideways-page.pdf');
    const opened = await openPdfNode(bytes);
    try {
      const source = await extractPdf(opened.doc);
      expect(source.pages[0]!.rotation).toBe(90);
      expect(pdfLines(source).map((l) => l.text).filter((t) => t.trim())).toEqual(['Received 647 requests in 2023', 'Answered 647 requests']);
    } finally {
      await opened.destroy();
    }
  });

  it('leaves an upright page as it is', async () => {
    const opened = await openPdfNode(textPdf(['BT /F1 12 Tf 72 700 Td (Upright 647) Tj ET']));
    try {
      const source = await extractPdf(opened.doc);
      expect(source.pages[0]!.rotation).toBeUndefined();
      expect(pdfLines(source).map((l) => l.text).filter((t) => t.trim())).toEqual(['Upright 647']);
    } finally {
      await opened.destroy();
    }
  });
});

describe('text placed off the page', () => {
  it('is dropped: a reader never sees it', async () => {
    const opened = await openPdfNode(textPdf(['BT /F1 12 Tf 72 700 Td (Seen 81) Tj ET BT /F1 12 Tf -4000 700 Td (Unseen 999) Tj ET BT /F1 12 Tf 72 5000 Td (Above 998) Tj ET']));
    try {
      const source = await extractPdf(opened.doc);
      expect(pdfLines(source).map((l) => l.text).filter((t) => t.trim())).toEqual(['Seen 81']);
    } finally {
      await opened.destroy();
    }
  });

  it('drops text set smaller than 2 pt, and keeps small print and invisible text of a readable size', async () => {
    // 1 pt (a decoy), 5 pt (a footnote), and 12 pt in render mode 3 (invisible, as a scan's OCR layer is).
    const opened = await openPdfNode(
      textPdf(['BT /F1 12 Tf 72 700 Td (Seen 81) Tj ET BT /F1 1 Tf 72 650 Td (Tiny 999) Tj ET BT /F1 5 Tf 72 600 Td (Footnote 5) Tj ET BT 3 Tr /F1 12 Tf 72 550 Td (Invisible 80) Tj ET']),
    );
    try {
      const source = await extractPdf(opened.doc);
      expect(pdfLines(source).map((l) => l.text).filter((t) => t.trim())).toEqual(['Seen 81', 'Footnote 5', 'Invisible 80']);
    } finally {
      await opened.destroy();
    }
  });
});
