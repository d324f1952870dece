import { describe, expect, it } from 'vitest';
import type { NormLine } from '../model/types.ts';
import { templateFor } from '../template/registry.ts';
import { readNarrative } from './readNarrative.ts';
import { textStream } from './textStream.ts';

const gov2021 = templateFor('gov-2021');
const line = (text: string): NormLine => ({ line: 1, text, cols: [...text].map((_, i) => i + 1), fold: 1 });

/** The link of the claim printed as `raw` in the sentence. */
function linkOf(text: string, raw: string) {
  const { claims, links } = readNarrative(gov2021, textStream([line(text)]));
  const index = claims.findIndex((c) => c.raw === raw);
  return links.find((l) => l.claim === index);
}

describe('a total printed after its parts', () => {
  it('counts what the words before the list name', () => {
    expect(linkOf('今年收到的申请中，公民申请45件、企业申请6件，共计51件。', '51件')).toMatchObject({ indicators: ['三.一'], column: 6 });
    expect(linkOf('办理结果方面，同意公开30件、不予公开4件，总计34件。', '34件')).toMatchObject({ indicators: ['三.三(七)'], column: 6 });
  });
  it('borrows no words across another count of the sentence, and none when the list has a whole before it', () => {
    expect(linkOf('全年编发信息1200条，同意公开30件、不予公开4件，合计34件。', '34件')).toBeUndefined();
    expect(linkOf('全年收到申请34件，其中同意公开30件、不予公开4件，合计34件。', '30件')).toMatchObject({ indicators: ['三.三(一)'] });
  });
});
