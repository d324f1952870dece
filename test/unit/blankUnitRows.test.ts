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

describe('a tabbed 2008 table with rows that lost their tabs', () => {
  const seed = readFileSync('test/fixtures/seeds/003_8ef98a67e9da6293.txt', 'utf8');
  it('reads a row of a label and its unit and no value, without tabs, as blank and goes on', async () => {
    // 「涉及商业秘密 件」: a zero left blank, the row's cells run together (LibreOffice without borders).
    const blanked = seed.replace(/^(涉及商业秘密)\t(件)\t0$/m, '$1 $2').replace(/^(\(一\) 维持具体行政行为数)\t(件)\t0$/m, '$1 $2');
    expect(blanked).not.toBe(seed);
    const [before, after] = [await cells(seed), await cells(blanked)];
    expect(after.get('三(三)4其中2@0')).toMatchObject({ kind: 'blank' });
    expect(after.get('六(一)@0')).toMatchObject({ kind: 'blank' });
    for (const ref of ['三(三)4其中3@0', '三(三)5@0', '七@0', '十三(三)@0']) expect(after.get(ref)).toEqual(before.get(ref));
  });

  it('goes on where every row after a page break lost its tabs (a label, a unit and a value each)', async () => {
    const at = seed.indexOf('八、开通政府信息公开网站');
    const untabbed = seed.slice(0, at) + seed.slice(at).replace(/\t+/g, ' ');
    const [before, after] = [await cells(seed), await cells(untabbed)];
    for (const ref of ['八@0', '八(一)@0', '十@0', '十一(三)@0', '十二(三)1@0', '十三(三)@0']) {
      expect(after.get(ref)).toEqual(before.get(ref));
      expect(after.get(ref)?.kind).toBe('number');
    }
  });

  it('reads a long label wrapped around its unit and value on a line of their own, after rows that lost their tabs', async () => {
    // 「（四）政府信息公开专项经费（不包括…网站建」 / 「万元 135.2」 / 「设维护等方面的经费）」: LibreOffice printing a Word table.
    const at = seed.indexOf('八、开通政府信息公开网站');
    const untabbed = (seed.slice(0, at) + seed.slice(at).replace(/\t+/g, ' ')).replace(
      /^(\(四\) 政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建)(设维护等方面的经费）)? 万元 135\.?\d*$/m,
      '$1\n万元 135.2\n设维护等方面的经费）',
    );
    expect(untabbed).toContain('\n万元 135.2\n');
    const after = await cells(untabbed);
    expect(after.get('十二(四)@0')).toMatchObject({ kind: 'number', value: 135.2 });
    expect(after.get('十三(三)@0')?.kind).toBe('number');
  });
});

