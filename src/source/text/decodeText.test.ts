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

describe('files that are not text, and text without its mark', () => {
  const utf16 = (text: string, bigEndian = false) => {
    const bytes = new Uint8Array(text.length * 2);
    [...text].forEach((_, i) => {
      const code = text.charCodeAt(i);
      bytes[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
      bytes[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
    });
    return bytes;
  };
  it('reads UTF-16 without a byte-order mark, little- and big-endian', () => {
    const text = '平潭县人民政府2012年政府信息公开工作年度报告\n收到申请21条，办结21条。';
    expect(decodeText(utf16(text))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });
  it('names a Word, OFD, Excel or other zip, an old or encrypted Word or an image file and says what to do', () => {
    // A zip entry's local header: signature, 26 bytes of fields, then the entry's name.
    const zip = (...names: string[]) =>
      new Uint8Array(names.flatMap((name) => [0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), ...new TextEncoder().encode(name)]));
    const reason = (bytes: Uint8Array) => {
      const decoded = decodeText(bytes);
      return decoded.ok ? '' : decoded.reason.zh;
    };
    // A .docx is read by the pipeline before the text is decoded (src/source/docx/); read as text alone it is named.
    expect(reason(zip('[Content_Types].xml', '_rels/.rels', 'word/document.xml'))).toContain('Word 文件（.docx），不能作为纯文本读取');
    expect(reason(zip('OFD.xml', 'Doc_0/Document.xml'))).toContain('OFD');
    expect(reason(zip('[Content_Types].xml', 'xl/workbook.xml'))).toContain('Excel');
    expect(reason(zip('report.pdf'))).toContain('压缩包');
    expect(reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toContain('压缩包');
    expect(reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toContain('.doc');
    const encrypted = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(reason(encrypted)).toContain('加密 Word 文件');
    expect(reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toContain('扫描件');
  });
  it('still refuses binary that is no UTF-16 text', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37 + 11) & 0xff);
    bytes[0] = 0;
    expect(decodeText(bytes).ok).toBe(false);
  });
});

describe('UTF-7', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  it('decodes a report saved as UTF-7 (Python\'s encoder wrote this sample)', () => {
    const utf7 = '+ZT9enE/hYG9RbF8AXeVPXF50XqZipVRK\n+ZyxedGWwZTZlP16cT+Fgb1FsXwB1M4v3-81+Tvb/DFF2Ti2B6nE2Tro-80+TvYwAg\n+TohO5VFsXwA-22+Tvb/DJDoUgZRbF8A-20+TvYwAg-';
    const decoded = decodeText(ascii(utf7));
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-7' });
    expect(decoded.ok && decoded.text).toBe('政府信息公开工作年度报告\n本年新收政府信息公开申请81件，其中自然人80件。\n予以公开22件，部分公开20件。');
  });
  it('leaves ASCII with plus signs, and base64 that is not Chinese, as they are', () => {
    for (const text of ['1+2=3, a+b-c, C++ and +1-800\n', 'data: +QUJDREVGR0hJSktM- +TWFu- +aGVsbG8-\n']) {
      expect(decodeText(ascii(text))).toMatchObject({ ok: true, encoding: 'utf-8', text });
    }
  });
});
