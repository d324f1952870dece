import { describe, expect, it } from 'vitest';
import { digitsForLookalikes } from './digitLookalikes.ts';
import type { RecognizedChar } from './recognizer.ts';

const read = (text: string, digits: Record<number, [string, number]> = {}): RecognizedChar[] =>
  [...text].map((char, i) => ({ char, x: i * 10, confidence: 0.97, ...(digits[i] ? { digit: { char: digits[i]![0], confidence: digits[i]![1] } } : {}) }));
const text = (chars: RecognizedChar[]) => chars.map((c) => c.char).join('');

describe('digitsForLookalikes', () => {
  it('reads a lone 「O」 in a number as the model’s digit, with that digit’s low confidence', () => {
    const out = digitsForLookalikes(read('O', { 0: ['0', 0.31] }));
    expect(text(out)).toBe('0');
    expect(out[0]!.confidence).toBe(0.31);
    expect(text(digitsForLookalikes(read('1O5', { 1: ['0', 0.4] })))).toBe('105');
    expect(text(digitsForLookalikes(read('l,234', { 0: ['1', 0.2] })))).toBe('1,234');
  });

  it('leaves labels, units and words as read', () => {
    expect(text(digitsForLookalikes(read('5件', { 1: ['5', 0.01] })))).toBe('5件');
    expect(text(digitsForLookalikes(read('BOSS', { 0: ['8', 0.1], 1: ['0', 0.1], 2: ['5', 0.1], 3: ['5', 0.1] })))).toBe('BOSS');
    expect(text(digitsForLookalikes(read('OA系统', { 0: ['0', 0.1] })))).toBe('OA系统');
    expect(text(digitsForLookalikes(read('120')))).toBe('120');
  });
});

describe('settleOcrShapes', () => {
  it('reads a dash in a heading’s brackets as 一 and leaves other dashes', async () => {
    const { settleOcrShapes } = await import('./ocrText.ts');
    expect(settleOcrShapes('(—) 收到申请数')).toBe('(一) 收到申请数');
    expect(settleOcrShapes('（－）主动公开')).toBe('（一）主动公开');
    expect(settleOcrShapes('—')).toBe('—');
    expect(settleOcrShapes('第二十条第(—)项')).toBe('第二十条第(一)项');
    expect(settleOcrShapes('七, 向图书馆报送信息数')).toBe('七、向图书馆报送信息数');
    expect(settleOcrShapes('收到申请，其中')).toBe('收到申请，其中');
    // In a table's label cell only, a bare numeral before the label is numbering that lost its 、.
    expect(settleOcrShapes('六被举报投诉数量', true)).toBe('六、被举报投诉数量');
    expect(settleOcrShapes('六被举报投诉数量')).toBe('六被举报投诉数量');
    expect(settleOcrShapes('一是加强培训', true)).toBe('一是加强培训');
    expect(settleOcrShapes('十一、查阅点接待人数', true)).toBe('十一、查阅点接待人数');
  });
});
