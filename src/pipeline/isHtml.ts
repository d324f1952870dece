// A saved web page is read from its DOM (tables keep their cells), not as plain text.

export function isHtml(text: string, fileName: string): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype\s+html|<html[\s>])/i.test(text.slice(0, 1024));
}
