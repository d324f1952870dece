// Page numbers that PDF converters leave between the lines of a table broken across pages:
// 「- 13 -」, 「—13—」, 「第 13 页」, 「第13页 共20页」, 「13 / 20」.

const PAGE_NUMBER = /^\s*([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)\s*$/;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}
