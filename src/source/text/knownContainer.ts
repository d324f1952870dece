// Files that are not text and not a PDF, named by their bytes, with what to do instead. A zip is told
// apart by the names of its entries (a .docx holds word/document.xml, an OFD OFD.xml, …), which a zip
// lists in its central directory at the end of the file and in a header before each entry, so the
// first and last megabyte are enough to name it without unzipping anything.
//
// A Word file (.docx) is read (src/source/docx/, before the text is decoded); it is named here only for
// a caller that reads bytes as text alone. An encrypted .docx is no zip at all but an OLE compound file
// holding an EncryptedPackage stream, and is named apart from an old .doc so the message asks for the
// password to be removed, not for a format change.
import type { Bilingual } from '../../model/types.ts';
import { DOCX_MESSAGES } from '../docx/messages.ts';

const WINDOW = 1024 * 1024;

interface ZipKind {
  /** Entry names (or name prefixes) that identify the format. */
  entries: string[];
  message: Bilingual;
}

const ZIP_KINDS: ZipKind[] = [
  {
    entries: ['word/document.xml'],
    message: {
      zh: '这是 Word 文件（.docx），不能作为纯文本读取。请把文件本身拖入页面（或用命令行分析该文件），它会按 Word 文档读取。',
      en: 'This is a Word file (.docx), which cannot be read as plain text. Drop the file itself onto the page (or give it to the command line), where it is read as a Word document.',
    },
  },
  {
    entries: ['OFD.xml', 'Doc_0/'],
    message: {
      zh: '这是 OFD 版式文件（.ofd），暂不能读取。请用 OFD 阅读器（如数科、福昕）将其另存或打印为 PDF 后再拖入。',
      en: 'This is an OFD file (.ofd), which cannot be read yet. Save or print it as PDF with an OFD reader (e.g. Suwell or Foxit) and drop the PDF.',
    },
  },
  {
    entries: ['xl/workbook.xml'],
    message: {
      zh: '这是 Excel 表格（.xlsx），不是年度报告的文档。请拖入报告本身（PDF、网页或文本）。',
      en: 'This is an Excel workbook (.xlsx), not the report’s document. Drop the report itself (PDF, web page or text).',
    },
  },
  {
    entries: ['ppt/presentation.xml'],
    message: {
      zh: '这是 PowerPoint 演示文稿（.pptx），不是年度报告的文档。请拖入报告本身（PDF、网页或文本）。',
      en: 'This is a PowerPoint file (.pptx), not the report’s document. Drop the report itself (PDF, web page or text).',
    },
  },
  {
    entries: ['content.xml'],
    message: {
      zh: '这是 OpenDocument 文件（.odt 等），暂不能直接读取。请在 LibreOffice 或 WPS 中另存为 PDF 或网页（.html）后再拖入。',
      en: 'This is an OpenDocument file (.odt or similar), which cannot be read directly. Save it as PDF or a web page (.html) in LibreOffice or WPS and drop that.',
    },
  },
];

const ZIP: Bilingual = {
  zh: '这是一个压缩包（.zip），不能直接读取。请先解压，再拖入其中的报告文件。',
  en: 'This is a zip archive, which cannot be read directly. Unzip it and drop the report inside.',
};

export function knownContainer(bytes: Uint8Array): Bilingual | undefined {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return zipKind(bytes);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    if (holdsEncryptedPackage(bytes)) return DOCX_MESSAGES.encrypted;
    return {
      zh: '这是旧版 Word（.doc）或 WPS（.wps）文件，无法直接读取。请另存为 PDF、.docx 或网页（.html）后再拖入，或复制文字粘贴。',
      en: 'This is an old Word (.doc) or WPS (.wps) file, which cannot be read directly. Save it as PDF, .docx or a web page (.html) and drop that, or paste the text.',
    };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  if (head.startsWith('%!PS')) {
    return {
      zh: '这是 PostScript 文件（“打印到文件”得到的 .ps），不是 PDF。请用“打印为 PDF”或转换工具把它转成 PDF 后再拖入。',
      en: 'This is a PostScript file (what “print to file” writes), not a PDF. Print or convert it to PDF and drop that.',
    };
  }
  if (/^\s*\{\\rtf/.test(head)) {
    return {
      zh: '这是 RTF 富文本文件，不能直接读取。请在 Word、WPS 或写字板中另存为 PDF 或纯文本（.txt）后再拖入。',
      en: 'This is an RTF (rich text) file, which cannot be read directly. Save it as PDF or plain text (.txt) in Word, WPS or WordPad and drop that.',
    };
  }
  // A saved web page (.mht) or e-mail (.eml): MIME headers, then parts encoded as quoted-printable or base64.
  if (/^(MIME-Version:|From:|Received:|Return-Path:|Content-Type:\s*multipart)/im.test(head.slice(0, 1024)) && /Content-Type:\s*multipart\//i.test(head)) {
    const mhtml = /multipart\/related/i.test(head);
    return mhtml
      ? {
          zh: '这是浏览器保存的“单个文件”网页（.mht/.mhtml），不能直接读取。请在浏览器中打开它，另存为“网页，仅 HTML”（.html）或打印为 PDF 后再拖入。',
          en: 'This is a web page saved as a single file (.mht/.mhtml), which cannot be read directly. Open it in a browser and save it as “Web page, HTML only” (.html), or print it to PDF, and drop that.',
        }
      : {
          zh: '这是一封电子邮件（.eml），不能直接读取。请打开邮件，保存其中的报告附件或正文（PDF、网页或文本）后再拖入。',
          en: 'This is an e-mail message (.eml), which cannot be read directly. Open it and save the report it carries (PDF, web page or text), then drop that.',
        };
  }
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38) || starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) {
    return {
      zh: '这是一张图片（扫描件），其中没有可读取的文字。请使用含文字的 PDF、网页或文本，或复制报告文字粘贴。',
      en: 'This is an image (a scan) with no text to read. Use a PDF with text, a web page or a text file, or paste the report text.',
    };
  }
  return undefined;
}

/**
 * An encrypted Office file (ECMA-376 agile or standard encryption) is a compound file whose directory
 * names a stream 「EncryptedPackage」, in UTF-16LE. The directory may sit anywhere in the file; it is
 * searched for in the first and last megabyte, where writers put it.
 */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const utf16 = new TextDecoder('utf-16le');
  const even = (from: number) => from - (from % 2);
  const text = utf16.decode(bytes.subarray(0, even(Math.min(WINDOW, bytes.length)))) + utf16.decode(bytes.subarray(even(Math.max(WINDOW, bytes.length - WINDOW))));
  return text.includes('EncryptedPackage');
}

function zipKind(bytes: Uint8Array): Bilingual {
  const latin1 = new TextDecoder('latin1');
  const names = latin1.decode(bytes.subarray(0, WINDOW)) + latin1.decode(bytes.subarray(Math.max(WINDOW, bytes.length - WINDOW)));
  return ZIP_KINDS.find((kind) => kind.entries.some((entry) => names.includes(entry)))?.message ?? ZIP;
}
