import { describe, expect, it } from 'vitest';
import { unpipe } from './unpipe.ts';

const cols = (text: string) => [...text].map((_, i) => i + 1);

describe('unpipe', () => {
  it('turns a markdown row into tab-separated cells, keeping source columns', () => {
    const text = '| 收到申请数 | 件 | 647 |';
    const out = unpipe(text, cols(text));
    expect(out.text).toBe(' 收到申请数 \t 件 \t 647 ');
    expect(out.cols).toHaveLength(out.text.length);
    // The value's first digit still points at its column in the ingested line.
    expect(out.cols[out.text.indexOf('647')]).toBe(text.indexOf('647') + 1);
  });
  it('blanks a rule line and leaves other lines alone', () => {
    expect(unpipe('|---|:---:|---|', cols('|---|:---:|---|')).text).toBe('');
    expect(unpipe('| --- | --- |', cols('| --- | --- |')).text).toBe('');
    const prose = '全年共收到申请 647 件 | 其中…';
    expect(unpipe(prose, cols(prose)).text).toBe(prose);
    expect(unpipe('---', cols('---')).text).toBe('---');
  });
});
