// Files that are not text and not a PDF, named by their bytes, with what to do instead. A zip is told
// apart by the names of its entries (a .docx holds word/document.xml, an OFD OFD.xml, …), which a zip
// lists in its central directory at the end of the file and in a header before each entry, so the
// first and last megabyte are enough to name it without unzipping anything.

import type { Bilingual } from '../../model/types.ts';

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
      zh: '这是 Word 文件（.docx），暂不能直接读取。请在 Word 或 WPS 中“另存为” PDF 或网页（.html）后再拖入，或复制报告文字粘贴到文本框。',
      en: 'This is a Word file (.docx), which cannot be read directly yet. In Word or WPS, “Save as” PDF or a web page (.html) and drop that, or paste the report text into the text box.',
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
    return {
      zh: '这是旧版 Word（.doc）或 WPS（.wps）文件，无法直接读取。请另存为 PDF、.docx 或网页（.html）后再拖入，或复制文字粘贴。',
      en: 'This is an old Word (.doc) or WPS (.wps) file, which cannot be read directly. Save it as PDF, .docx or a web page (.html) and drop that, or paste the text.',
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

function zipKind(bytes: Uint8Array): Bilingual {
  const latin1 = new TextDecoder('latin1');
  const names = latin1.decode(bytes.subarray(0, WINDOW)) + latin1.decode(bytes.subarray(Math.max(WINDOW, bytes.length - WINDOW)));
  return ZIP_KINDS.find((kind) => kind.entries.some((entry) => names.includes(entry)))?.message ?? ZIP;
}
