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
  return { zh: `PDF 读取失败：${(error as Error)?.message ?? error}`, en: `The PDF could not be read: ${(error as Error)?.message ?? error}` };
}

export function isPdf(bytes: Uint8Array): boolean {
  // The header may be preceded by a little junk; pdf.js accepts it within the first 1024 bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
