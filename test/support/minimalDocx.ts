// Builds small Word files (.docx) from WordprocessingML written by hand, for the tests and for the
// forms generator: deterministic bytes (a fixed date on every zip entry), only the parts a reader needs.

import { strToU8, zipSync, type Zippable } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const FIXED = new Date('2024-01-01T00:00:00Z');

export interface DocxParts {
  /** The inside of <w:body>. */
  body: string;
  /** The inside of <w:numbering>, when the document uses automatic numbering. */
  numbering?: string;
  /** The inside of <w:styles>. */
  styles?: string;
  title?: string;
  /** Extra zip entries, or entries to leave out (value undefined). */
  extra?: Record<string, Uint8Array | undefined>;
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`;
}

export function makeDocx(parts: DocxParts): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml(parts.body)),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${parts.styles}</w:styles>`);
  if (parts.title !== undefined) {
    files['docProps/core.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlEscape(parts.title)}</dc:title></cp:coreProperties>`,
    );
  }
  for (const [name, bytes] of Object.entries(parts.extra ?? {})) {
    if (bytes === undefined) delete files[name];
    else files[name] = bytes;
  }
  return zipSync(files, { mtime: FIXED });
}

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** A paragraph of plain runs; `pPr` is the inside of <w:pPr>. */
export function para(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text === '' ? '' : run(text)}</w:p>`;
}

export function run(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

export function numPr(numId: number, ilvl: number): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** A cell; `tcPr` is the inside of <w:tcPr> (w:gridSpan, w:vMerge). */
export function cell(content: string, tcPr = ''): string {
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content.startsWith('<w:') ? content : para(content)}</w:tc>`;
}

/** The numbering of a Chinese report: 「一、」, 「（一）」, 「1.」, one abstract list, list instance 1. */
export const REPORT_NUMBERING =
  '<w:abstractNum w:abstractNumId="0">' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
  '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
