// Builds PDFs whose text can only be read with pdf.js's packed CMaps, for the tests that must see the
// CMaps fetched and used (Firefox smoke, offline, markup-as-text). None of the committed PDF fixtures
// needs them: they all embed their fonts with Identity-H, which pdf.js decodes without fetching anything.
//
// The font is the non-embedded Adobe-GB1 font STSong-Light with the predefined UniGB-UCS2-H encoding
// (the way older Chinese PDFs were often written). Its two-byte codes are the characters' UCS-2 values,
// so a string is written as UTF-16BE hex; to turn those codes into CIDs, and the CIDs back into text,
// pdf.js must load UniGB-UCS2-H.bcmap and Adobe-GB1-UCS2.bcmap from the cMapUrl.

const SIZE = 10.5;
const LEADING = 16;
const TOP = 780;
const BOTTOM = 70;
const LEFT = 72;
/** Characters per line: 40 × 10.5 pt fits between the margins. */
const LINE_CHARS = 40;
/** Where the unit and value columns of a tab-separated table row are drawn. */
const UNIT_X = 402;
const VALUE_X = 472;

function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // UCS-2 has no surrogate pairs; the report texts used here are all in the Basic Multilingual Plane.
    if (code > 0xffff) throw new Error(`cmapPdf: ${ch} is outside UCS-2`);
    hex += code.toString(16).padStart(4, '0');
  }
  return `<${hex.toUpperCase()}>`;
}

/**
 * Splits a line into pieces of at most LINE_CHARS characters, breaking after the last punctuation mark
 * that fits (or anywhere when none does), so that a number is not cut off from its unit.
 */
function wrap(line: string): string[] {
  let rest = [...line];
  const pieces: string[] = [];
  while (rest.length > LINE_CHARS) {
    let cut = LINE_CHARS;
    for (let i = LINE_CHARS; i > 0; i--) {
      if ('，。；、：'.includes(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    pieces.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  pieces.push(rest.join(''));
  return pieces;
}

/**
 * A PDF (1.7, uncompressed, with a correct xref table) of `text`: one line per line, long lines wrapped,
 * a tab-separated table row drawn as three columns (label, unit, value), new pages as needed.
 */
export function cmapPdf(text: string): Uint8Array {
  const pages: string[][] = [[]];
  let y = TOP;
  const draw = (x: number, s: string) => pages[pages.length - 1]!.push(`BT /F1 ${SIZE} Tf 1 0 0 1 ${x} ${y} Tm ${ucs2Hex(s)} Tj ET`);
  const newLine = () => {
    y -= LEADING;
    if (y < BOTTOM) {
      pages.push([]);
      y = TOP;
    }
  };
  for (const line of text.split('\n').map((l) => l.trimEnd())) {
    if (line.includes('\t')) {
      const [label = '', unit = '', value = ''] = line.split('\t');
      draw(LEFT, label);
      draw(UNIT_X, unit);
      draw(VALUE_X, value);
      newLine();
      continue;
    }
    for (const piece of wrap(line)) {
      if (piece) draw(LEFT, piece);
      newLine();
    }
  }
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    ...pages.flatMap((ops, i) => {
      const stream = ops.join('\n');
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`,
        `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      ];
    }),
  ];
  // Every byte is ASCII (the text is hex), so string lengths are byte offsets.
  let pdf = '%PDF-1.7\n';
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
