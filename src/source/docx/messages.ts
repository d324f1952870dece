// What the user reads when a Word file (.docx) cannot be read: what is wrong with it, and what to do.
// The caps' messages live with the caps, in limits.ts.

import type { Bilingual } from '../../model/types.ts';

const SAVE_AGAIN_ZH = '请在 Word 或 WPS 中打开它，另存为 .docx 或 PDF 后再拖入，或复制报告文字粘贴到文本框。';
const SAVE_AGAIN_EN = 'Open it in Word or WPS and save it again as .docx or PDF, then drop that, or paste the report text into the text box.';

export const DOCX_MESSAGES = {
  damaged: {
    zh: `这个 Word 文件（.docx）已损坏或不完整（可能没有下载完），无法打开。请重新下载；若仍不行，${SAVE_AGAIN_ZH}`,
    en: `This Word file (.docx) is damaged or incomplete (perhaps it was not fully downloaded) and cannot be opened. Download it again; if that does not help: ${SAVE_AGAIN_EN}`,
  },
  noDocument: {
    zh: `这个文件像 Word 文件（.docx），但其中缺少正文（word/document.xml），文件不完整或已损坏。${SAVE_AGAIN_ZH}`,
    en: `This file looks like a Word file (.docx) but lacks its main text (word/document.xml): it is incomplete or damaged. ${SAVE_AGAIN_EN}`,
  },
  noBody: {
    zh: '这个 Word 文件（.docx）中没有文字。请确认选对了文件。',
    en: 'This Word file (.docx) contains no text. Check that this is the right file.',
  },
  encrypted: {
    zh: '这是设有打开密码的加密 Word 文件（或其他加密的 Office 文件），无法读取。请在 Word 或 WPS 中输入密码打开，取消密码（文件 → 信息 → 保护文档 → 用密码进行加密）后另存，或另存为 PDF 再拖入。',
    en: 'This is a Word file (or another Office file) encrypted with a password to open, which cannot be read. Open it in Word or WPS with its password, remove the password (File → Info → Protect Document → Encrypt with Password) and save it again, or save it as PDF, and drop that.',
  },
} satisfies Record<string, Bilingual>;

/** The document's XML is not well formed; `detail` says where it breaks, in English. */
export function malformedXml(part: string, detail: string): Bilingual {
  return {
    zh: `这个 Word 文件（.docx）的 ${part} 不是完好的 XML（${detail}），文件可能已损坏。${SAVE_AGAIN_ZH}`,
    en: `This Word file's ${part} is not well-formed XML (${detail}); the file may be damaged. ${SAVE_AGAIN_EN}`,
  };
}
