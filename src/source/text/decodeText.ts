// Turns the bytes of a dropped or pasted file into text. Chinese government sites still publish
// GBK/GB18030 files, so UTF-8 is tried strictly first and GB18030 is the fallback; a file that is
// neither (a binary, an image, a PDF) is refused with a reason the page can show.

import { knownContainer } from './knownContainer.ts';
import { decodeUtf7 } from './utf7.ts';
import type { Bilingual } from '../../model/types.ts';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030' | 'utf-7' }
  | { ok: false; reason: Bilingual };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    return { ok: false, reason: { zh: '文件是空的。', en: 'The file is empty.' } };
  }
  if (PDF_MAGIC.every((b, i) => bytes[i] === b)) {
    return {
      ok: false,
      reason: {
        zh: '这是一个 PDF 文件，应按 PDF 读取；它没有被当作 PDF 打开。请重新拖入该文件，或复制其文字粘贴到文本框。',
        en: 'This is a PDF file and should be read as one; it was not opened as a PDF. Drop the file again, or paste its text into the text box.',
      },
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return utf32(bytes.subarray(4), true);
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return utf32(bytes.subarray(4), false);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return markedUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return markedUtf16(bytes.subarray(2), 'utf-16be');
  const container = knownContainer(bytes);
  if (container) return { ok: false, reason: container };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  // UTF-16 saved without a byte-order mark (Windows Notepad's "Unicode" when the mark is stripped): its
  // ASCII carries NUL bytes, so it is tried before the binary test.
  if (start === 0) {
    const utf16 = withoutMark(body);
    if (utf16) return utf16;
  }
  if (looksBinary(body)) {
    return {
      ok: false,
      reason: {
        zh: '这不是文本文件（含有二进制内容），无法读取。请拖入 .txt 文本文件，或粘贴报告文字。',
        en: 'This is not a text file (it contains binary data). Drop a .txt file or paste the report text.',
      },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    const utf7 = decodeUtf7(text);
    return utf7 === undefined ? { ok: true, text, encoding: 'utf-8' } : { ok: true, text: utf7, encoding: 'utf-7' };
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, which is what such files use.
    const decoded = decodeWith(body, 'gb18030');
    const other = decoded.ok ? otherLegacyEncoding(body, decoded.text) : undefined;
    if (other) return { ok: false, reason: other };
    return decoded.ok ? decoded : { ok: false, reason: mixedEncoding(body) };
  }
}

/**
 * Neither UTF-8 nor GB18030 reads the whole file: it says on which line UTF-8 stops making sense, which
 * is where a second paste in another encoding (or a damaged byte) begins.
 */
function mixedEncoding(bytes: Uint8Array): Bilingual {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\ufffd');
  const line = lenient.slice(0, Math.max(bad, 0)).split('\n').length;
  return {
    zh: `文件编码无法识别：第 ${line} 行起不是有效的 UTF-8，整个文件也不是 GBK/GB18030。文件可能混有两种编码（例如两次粘贴的来源不同），或有损坏的字节。请用同一种编码（UTF-8）重新保存后再拖入。`,
    en: `The file's encoding cannot be recognised: from line ${line} on it is not valid UTF-8, and the whole file is not GBK/GB18030 either. It may mix two encodings (two pastes from different sources) or hold damaged bytes. Save it again in one encoding (UTF-8) and drop it again.`,
  };
}

/** Characters every simplified report is full of, and their traditional forms. */
const SIMPLIFIED_COMMON = /[的政府信息公开申请年报告本机关件条情况工作行复议诉讼数量其中总计]/g;
const TRADITIONAL_ONLY = /[資訊開報關處請機數議訟個與為這條]/g;
const KANA = /[\u3040-\u30ff]/g;
/** The Japanese forms a report's words take when a simplified text is saved as Shift-JIS. */
const JAPANESE_FORMS = /[政府公開申請年件本機関情報処理数行訴訟総計]/g;

/**
 * Bytes that are not UTF-8 decode as GB18030 without complaint whatever they are. When the result holds
 * almost none of the characters a report is made of, but Big5 or Shift-JIS reads the bytes into
 * traditional Chinese or Japanese, the file is named for what it is rather than read as nonsense.
 */
function otherLegacyEncoding(bytes: Uint8Array, asGb: string): Bilingual | undefined {
  if ((asGb.match(SIMPLIFIED_COMMON)?.length ?? 0) >= 20) return undefined;
  const decode = (label: string) => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      return '';
    }
  };
  const big5 = decode('big5');
  if ((big5.match(TRADITIONAL_ONLY)?.length ?? 0) >= 10) {
    return {
      zh: '这是繁体中文（Big5 编码）的文件。对账读取简体中文的报告：请转换为简体中文（UTF-8 或 GBK）后再拖入。',
      en: 'This is a traditional Chinese file (Big5). Duizhang reads reports in simplified Chinese: convert it to simplified Chinese (UTF-8 or GBK) and drop it again.',
    };
  }
  const sjis = decode('shift_jis');
  if ((sjis.match(KANA)?.length ?? 0) >= 20 || (sjis.match(JAPANESE_FORMS)?.length ?? 0) >= 15) {
    return {
      zh: '这个文件是日文编码（Shift-JIS）保存的，简体字可能已变成“?”。请用 UTF-8 编码重新保存原文后再拖入。',
      en: 'This file was saved in a Japanese encoding (Shift-JIS), in which simplified characters may have become “?”. Save the original again as UTF-8 and drop it again.',
    };
  }
  return undefined;
}

/**
 * UTF-16 without a byte-order mark, told by its shape: every character of the report is a Han character,
 * CJK punctuation, a full-width form or printable ASCII with line breaks — which random bytes or another
 * encoding almost never decode to. Little-endian is tried first, as Windows writes it.
 */
function withoutMark(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const sample = text.slice(0, 2000);
    const plausible = [...sample].filter((c) => REPORT_CHAR.test(c)).length;
    const han = [...sample].filter((c) => /[\u4e00-\u9fff]/.test(c)).length;
    if (plausible >= sample.length * 0.98 && han >= Math.min(4, sample.length / 4)) return { ok: true, text, encoding };
  }
  return undefined;
}

/**
 * Text after a UTF-16 byte-order mark. An editor sometimes writes the mark before UTF-8 text: when the
 * bytes are no UTF-16 text (odd length, or characters no report has) but are valid UTF-8, they are read
 * as UTF-8.
 */
function markedUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const decoded = decodeWith(bytes, encoding);
  if (decoded.ok && plausibleShare(decoded.text) >= 0.9) return decoded;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decoded;
  }
}

/** A character reports are made of: Han, CJK punctuation, full-width forms, printable ASCII, line breaks. */
const REPORT_CHAR = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\t\r\n]/;

/** The share of characters a report is made of (Han, CJK punctuation, full-width forms, printable ASCII). */
function plausibleShare(text: string): number {
  const sample = [...text.slice(0, 2000)];
  if (sample.length === 0) return 1;
  return sample.filter((c) => REPORT_CHAR.test(c)).length / sample.length;
}

/** UTF-32 after its byte-order mark (TextDecoder has no UTF-32): four bytes per code point. */
function utf32(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 4));
  const points: number[] = [];
  let text = '';
  for (let i = 0; i < view.byteLength; i += 4) {
    const point = view.getUint32(i, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
      return { ok: false, reason: { zh: '文件编码无法识别（标为 UTF-32，但内容不是）。', en: 'The file’s encoding cannot be recognised (marked UTF-32, but it is not).' } };
    }
    points.push(point);
    if (points.length === 4096) {
      text += String.fromCodePoint(...points);
      points.length = 0;
    }
  }
  return { ok: true, text: text + String.fromCodePoint(...points), encoding: littleEndian ? 'utf-32le' : 'utf-32be' };
}

function decodeWith(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be' | 'gb18030'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return {
      ok: false,
      reason: {
        zh: `文件编码无法识别（既不是 UTF-8，也不是 ${encoding.toUpperCase()}）。`,
        en: `The file's encoding is not recognised (neither UTF-8 nor ${encoding.toUpperCase()}).`,
      },
    };
  }
}

/** NUL bytes, or many control characters, never occur in the text encodings we accept. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    // A stray NUL (pasted from a chat app) does not make a text binary; a run of them does, by count.
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length * 0.05;
}
