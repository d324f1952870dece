// UTF-7 (RFC 2152) keeps ASCII as it is and writes everything else as "+<modified base64 of UTF-16BE>-".
// TextDecoder does not know it, and read as UTF-8 such a report is a sea of ASCII in which the digits
// still stand bare — exactly what would be misread as a table with the labels missing. A text is taken
// for UTF-7 only when it is pure ASCII and its shifted runs decode, in the main, to Han characters.

const SHIFTED_RUN = /\+([A-Za-z0-9+/]*)-?/g;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The text decoded from UTF-7 when it clearly is UTF-7, otherwise undefined. */
export function decodeUtf7(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(text)) return undefined;
  let runs = 0;
  let han = 0;
  let decodedChars = 0;
  const decoded = text.replace(SHIFTED_RUN, (_whole, run: string) => {
    if (run === '') return '+';
    const chars = utf16FromBase64(run);
    runs++;
    decodedChars += chars.length;
    han += [...chars].filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(c)).length;
    return chars;
  });
  // Three runs and a dozen characters at least, mostly Chinese: "a+b" or a base64 blob in an ASCII file
  // is not UTF-7.
  return runs >= 3 && decodedChars >= 12 && han >= decodedChars * 0.8 ? decoded : undefined;
}

/** Modified base64 (no padding) to UTF-16BE code units; bits left over at the end are dropped, as the RFC says. */
function utf16FromBase64(run: string): string {
  let bits = 0;
  let bitCount = 0;
  const units: number[] = [];
  for (const c of run) {
    bits = ((bits << 6) | BASE64.indexOf(c)) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 16) {
      bitCount -= 16;
      units.push((bits >> bitCount) & 0xffff);
    }
  }
  return String.fromCharCode(...units);
}
