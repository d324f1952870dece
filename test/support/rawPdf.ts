// Writes small PDFs object by object, for the bad-input corpus: hostile structures (an empty page tree,
// actions pointing off the site, deep nesting, cycles) that no PDF producer would write on purpose.
// Objects are given as their bodies; numbering starts at 1 and the xref table is computed, so the file is
// well-formed except where a case breaks it on purpose.

export interface RawPdfOptions {
  /** Object number of the catalog (default 1). */
  root?: number;
  /** Extra trailer entries, e.g. `/Prev 9` for a broken chain. */
  trailer?: string;
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

export function rawPdf(objects: string[], options: RawPdfOptions = {}): Uint8Array {
  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${options.root ?? 1} 0 R ${options.trailer ?? ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

/** A content stream object from its operators (uncompressed). */
export function stream(content: string, dict = ''): string {
  return `<< /Length ${content.length} ${dict} >>\nstream\n${content}\nendstream`;
}

/**
 * A one-font document (Helvetica, ASCII text) with the given page contents: catalog 1, pages 2, font 3,
 * then each page and its content stream. `catalogExtra` and `pageExtra` add entries (actions, annotations).
 */
export function textPdf(pages: string[], options: { catalogExtra?: string; pageExtra?: string; extraObjects?: string[] } = {}): Uint8Array {
  const first = 4;
  const kids = pages.map((_, i) => `${first + 2 * i} 0 R`).join(' ');
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${options.catalogExtra ?? ''} >>`,
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  pages.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + 2 * i + 1} 0 R ${options.pageExtra ?? ''} >>`);
    objects.push(stream(content));
  });
  return rawPdf([...objects, ...(options.extraObjects ?? [])]);
}
