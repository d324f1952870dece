// Turns the bytes of a dropped or pasted file into text. Chinese government sites still publish
// GBK/GB18030 files, so UTF-8 is tried strictly first and GB18030 is the fallback; a file that is
// neither (a binary, an image, a PDF) is refused with a reason the page can show.

import type { Bilingual } from '../../model/types.ts';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
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
        zh: '这是一个 PDF 文件。当前版本只能读取文本（.txt/.md）或粘贴的文字；请先从 PDF 中复制文字粘贴到文本框。',
        en: 'This is a PDF file. This version reads text (.txt/.md) or pasted text only; copy the text out of the PDF and paste it into the text box.',
      },
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
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
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, which is what such files use.
    return decodeWith(body, 'gb18030');
  }
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
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length * 0.05;
}
