// Whether a file's bytes are a Word document (.docx), told by its content, never by its name: a zip
// whose entries include the document part (or other parts under word/, when the document part itself
// is missing, so that the reader can say so). Entry names stand in the zip's central directory at its end
// and in a header before each entry, so the first and last megabyte are enough, as in knownContainer.ts.

const WINDOW = 1024 * 1024;

export function isWordZip(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
  if (!zip) return false;
  const latin1 = new TextDecoder('latin1');
  const names = latin1.decode(bytes.subarray(0, WINDOW)) + latin1.decode(bytes.subarray(Math.max(WINDOW, bytes.length - WINDOW)));
  return names.includes('word/document.xml') || (names.includes('[Content_Types].xml') && /word\/[A-Za-z_]+\.xml/.test(names));
}
