import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../model/types.ts';
import { sentenceExcerpts } from './sentenceExcerpt.ts';

const line = (n: number, text: string): NormLine => ({ line: n, text, cols: [...text].map((_, i) => i + 1), fold: 1 });
const at = (l: NormLine, needle: string) => ({ line: l.line, col: l.text.indexOf(needle) + 1, length: needle.length });
const show = (e: ReturnType<typeof sentenceExcerpts>) => e.map((x) => x.pieces.map((p) => (p.marked ? `[${p.text}]` : p.text)).join(''));

describe('sentenceExcerpts', () => {
  it('shows each sentence once, with every number the finding used marked, not the whole line', () => {
    const l = line(3, '一、概述。全年收到申请464件，办结461件，办结率100%。二、其他情况。');
    const lines = new Map([[3, l]]);
    expect(show(sentenceExcerpts(lines, [at(l, '100%'), at(l, '464件'), at(l, '461件')]))).toEqual(['全年收到申请[464件]，办结[461件]，办结率[100%]。']);
  });
  it('keeps the lines of a finding apart and in order', () => {
    const a = line(1, '收到申请60件。');
    const b = line(2, '其中网上申请70件。');
    expect(show(sentenceExcerpts(new Map([[1, a], [2, b]]), [at(b, '70件'), at(a, '60件')]))).toEqual(['收到申请[60件]。', '其中网上申请[70件]。']);
  });
  it('shortens a long sentence around its marks', () => {
    const l = line(1, `${'很长的说明文字'.repeat(40)}收到申请60件${'后面的说明文字'.repeat(40)}。`);
    const [excerpt] = sentenceExcerpts(new Map([[1, l]]), [at(l, '60件')]);
    const text = excerpt!.pieces.map((p) => p.text).join('');
    expect(text.length).toBeLessThan(260);
    expect(text).toContain('60件');
    expect(text.startsWith('…')).toBe(true);
  });
});
