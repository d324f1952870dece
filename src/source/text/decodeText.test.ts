import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

// 「政府信息公开」 encoded in GBK (the bytes Windows tools write for Chinese text files).
const GBK = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]);

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('收到申请数 件 464'))).toEqual({ ok: true, text: '收到申请数 件 464', encoding: 'utf-8' });
  });
  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('统计表')]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: '统计表' });
  });
  it('falls back to GB18030 for GBK files', () => {
    expect(decodeText(GBK)).toEqual({ ok: true, text: '政府信息公开', encoding: 'gb18030' });
  });
  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x33, 0x75, 0xf7, 0x8b]); // 申请 in UTF-16LE
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: '申请', encoding: 'utf-16le' });
  });
  it('refuses binary files, PDFs and empty files with a reason in both languages', () => {
    for (const bytes of [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), new TextEncoder().encode('%PDF-1.7\n'), new Uint8Array()]) {
      const decoded = decodeText(bytes);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) {
        expect(decoded.reason.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(decoded.reason.en.length).toBeGreaterThan(5);
      }
    }
  });
});
