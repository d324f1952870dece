// 2008 statistics tables that leave a zero blank but print its unit (「涉及商业秘密  件」 with nothing
// after it), as a browser prints a table with empty cells and text extraction lays it out: the row is a
// whole row with a blank value. Before, the next row's label was joined to it and the next row's value
// moved up into it (a wrong cell), seen on a blind Firefox rendering. Made from the two seeds'
// pdftotext -layout forms, with the zeros of 三(三)4's 其中 rows blanked.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';

async function cells(text: string) {
  const outcome = await analyzeFileNode(new TextEncoder().encode(text), 'blanked.txt');
  if (!outcome.ok) throw new Error(outcome.reason.en);
  return new Map(outcome.analysis.cells.map((c) => [c.ref, c.value]));
}

describe('a row that prints its unit and no value', () => {
  for (const seed of ['seed-000', 'seed-003']) {
    it(`is read as blank, and the row after it keeps its own label and value (${seed})`, async () => {
      const layout = readFileSync(`test/fixtures/forms/${seed}/pdftotext-layout.txt`, 'utf8');
      // Blank the zeros of the 其中 rows of 不同意公开 (a short label and a long one).
      const blanked = layout.replace(/^(涉及商业秘密\s+件)\s+0$/m, '$1').replace(/^(危及国家安全、公共安全、经济安全和社会稳定\s+件)\s+0$/m, '$1');
      expect(blanked).not.toBe(layout);
      const before = await cells(layout);
      const after = await cells(blanked);
      expect(after.get('三(三)4其中2@0')).toMatchObject({ kind: 'blank' });
      expect(after.get('三(三)4其中4@0')).toMatchObject({ kind: 'blank' });
      for (const ref of ['三(三)4其中1@0', '三(三)4其中3@0', '三(三)4其中5@0', '三(三)4其中6@0']) expect(after.get(ref)).toEqual(before.get(ref));
    });
  }
});
