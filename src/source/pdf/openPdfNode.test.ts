import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPdfNode } from './openPdfNode.ts';

// The engine's own, taken before pdf.js is first imported (this file's tests run in a fresh module graph);
// core-js also replaces Function.prototype.toString, so its replacements print as native code.
const ENGINE = [Array.prototype.push, JSON.parse, JSON.stringify];

describe('openPdfNode', () => {
  it('leaves the engine’s own push and JSON in place once pdf.js and its parser have loaded', async () => {
    const { doc, destroy } = await openPdfNode(new Uint8Array(readFileSync('test/fixtures/pdf/seed000-ruled.pdf')));
    try {
      await (await doc.getPage(1)).getOperatorList();
      expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(ENGINE);
    } finally {
      await destroy();
    }
  });
  it('reads a table page’s operators without building glyph outlines', async () => {
    const { doc, destroy } = await openPdfNode(new Uint8Array(readFileSync('test/fixtures/corpus/2024_huaian_city.pdf')));
    try {
      const page = await doc.getPage(2);
      await page.getOperatorList();
      // pdf.js keeps each glyph outline it builds in the document's common objects, named …_path_….
      const names = [...(page as unknown as { commonObjs: Iterable<[string, unknown]> }).commonObjs].map(([name]) => name);
      expect(names.some((name) => name.includes('_path_'))).toBe(false);
      expect(names.length).toBeGreaterThan(0);
    } finally {
      await destroy();
    }
  });
});
