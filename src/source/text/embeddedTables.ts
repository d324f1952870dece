// Markdown written by PDF converters (MinerU, some docling settings) keeps a table as HTML inside the text:
// one `<table>…</table>` block among markdown paragraphs. Read as plain text, such a table is one long line
// of markup and none of its cells are found. A text with such a block is read as a web page instead: each
// text line becomes a paragraph of its own (escaped, so the text stays text), each table block is kept as
// the markup it is, and the web-page reader takes it from there, the same in Node and in the browser.

const TABLE_OPEN = /<table[\s>]/i;
const TABLE_CLOSE = /<\/table\s*>/i;
/** A markdown heading's marks (「# 一、总体情况」): layout, not words of the report. */
const HEADING_MARKS = /^\s{0,3}#{1,6}\s+/;

/** True when the text holds at least one complete HTML table. */
export function hasEmbeddedTable(text: string): boolean {
  const open = text.search(TABLE_OPEN);
  return open >= 0 && TABLE_CLOSE.test(text.slice(open));
}

const escapeText = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text as a web page: its lines as paragraphs, its HTML table blocks as they are. */
export function textWithTablesAsHtml(text: string): string {
  const out: string[] = ['<!doctype html><html><body>'];
  let inTable = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (inTable > 0 || TABLE_OPEN.test(line)) {
      out.push(line);
      inTable += (line.match(/<table[\s>]/gi)?.length ?? 0) - (line.match(/<\/table\s*>/gi)?.length ?? 0);
      if (inTable < 0) inTable = 0;
      continue;
    }
    const words = line.replace(HEADING_MARKS, '');
    if (words.trim() !== '') out.push(`<p>${escapeText(words)}</p>`);
  }
  out.push('</body></html>');
  return out.join('\n');
}
