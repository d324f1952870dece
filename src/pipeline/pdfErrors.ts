// What pdf.js's exceptions mean for the user, in both languages.

import type { Bilingual } from '../model/types.ts';
import { InputLimitError } from '../source/limits.ts';

export function pdfErrorMessage(error: unknown): Bilingual & { password?: 'needed' | 'wrong' } {
  if (error instanceof InputLimitError) return error.reason;
  const name = (error as { name?: string })?.name ?? '';
  const code = (error as { code?: number })?.code;
  if (name === 'PasswordException') {
    // pdf.js: code 1 = a password is needed, 2 = the password given is wrong.
    return code === 2
      ? { zh: 'PDF 密码不正确，请重试。', en: 'The PDF password is wrong; try again.', password: 'wrong' }
      : { zh: '这个 PDF 已加密，需要密码才能打开。', en: 'This PDF is encrypted and needs a password.', password: 'needed' };
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') {
    return { zh: '这个 PDF 文件已损坏或不是有效的 PDF，无法打开。', en: 'This PDF is damaged or not a valid PDF and cannot be opened.' };
  }
  if (name === 'AbortError') return { zh: '已取消。', en: 'Cancelled.' };
  // Anything else pdf.js throws is a fault in the file's structure (a cyclic page tree, a broken object):
  // said as such, with pdf.js's own words for whoever reports it.
  const detail = (error as Error)?.message ?? String(error);
  return {
    zh: `这个 PDF 的结构有误，无法读取（${detail}）。请重新导出或下载该文件。`,
    en: `This PDF’s structure is broken and it cannot be read (${detail}). Export or download it again.`,
  };
}

export function isPdf(bytes: Uint8Array): boolean {
  // The header may be preceded by a little junk; pdf.js accepts it within the first 1024 bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
