// Builds a small PDF whose text can only be read with pdf.js's packed CMaps, so that the Firefox smoke
// test sees the CMap files fetched and used. None of the committed PDF fixtures needs them: they all
// embed their fonts with Identity-H, which pdf.js decodes without fetching anything.
//
// The font here is the non-embedded Adobe-GB1 font STSong-Light with the predefined UniGB-UCS2-H
// encoding (the way older Chinese PDFs were often written). Its two-byte codes are the characters'
// UCS-2 values, so a string is written as plain UTF-16BE hex; to turn those codes into CIDs, and the CIDs
// back into text, pdf.js must load UniGB-UCS2-H.bcmap and Adobe-GB1-UCS2.bcmap from the cMapUrl.

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const LEFT = 72;
const TOP = 770;
const FONT_SIZE = 11;
const LEADING = 18;
/** Characters per line: 40 × 11 pt fits the 451 pt between the margins. */
const LINE_CHARS = 40;

function utf16Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // UCS-2 has no surrogate pairs; the report texts used here are all in the Basic Multilingual Plane.
    if (code > 0xffff) throw new Error(`makeCmapPdf: ${ch} is outside UCS-2`);
    hex += code.toString(16).padStart(4, '0');
  }
  return hex.toUpperCase();
}

/**
 * Splits a paragraph into lines of at most LINE_CHARS characters, breaking after the last punctuation
 * mark that fits (or anywhere when none does), so that no number is cut off from its unit.
 */
function wrap(paragraph: string): string[] {
  let rest = [...paragraph];
  const lines: string[] = [];
  while (rest.length > LINE_CHARS) {
    let cut = LINE_CHARS;
    for (let i = LINE_CHARS; i > 0; i--) {
      if ('，。；、：'.includes(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  lines.push(rest.join(''));
  return lines;
}

/** A one-page PDF (1.4, uncompressed, with a correct xref table) showing `paragraphs`, one after another. */
export function makeCmapPdf(paragraphs: string[]): Uint8Array {
  const ops: string[] = ['BT', `/F1 ${FONT_SIZE} Tf`, `${LEADING} TL`, `${LEFT} ${TOP} Td`];
  let lineCount = 0;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph)) {
      ops.push(`<${utf16Hex(line)}> Tj T*`);
      lineCount++;
    }
    ops.push('T*'); // A blank line between paragraphs.
    lineCount++;
  }
  ops.push('ET');
  if (TOP - lineCount * LEADING < 40) throw new Error('makeCmapPdf: the text does not fit on one page');
  const content = ops.join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  // Every byte above is ASCII (the text is hex), so string lengths are byte offsets.
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
