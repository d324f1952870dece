// A saved web page is read from its DOM (tables keep their cells), not as plain text. So is a text whose
// tables are HTML blocks (markdown from MinerU and similar converters), after its lines become paragraphs.

import { hasEmbeddedTable, textWithTablesAsHtml } from '../source/text/embeddedTables.ts';

export function isHtml(text: string, fileName: string): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype\s+html|<html[\s>])/i.test(text.slice(0, 1024));
}

/** The markup to read as a web page, or undefined when the text is to be read as text. */
export function htmlToRead(text: string, fileName: string): string | undefined {
  if (isHtml(text, fileName)) return text;
  return hasEmbeddedTable(text) ? textWithTablesAsHtml(text) : undefined;
}
