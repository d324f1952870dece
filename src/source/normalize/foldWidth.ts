// Fold the character variants that PDF extraction and Chinese typesetting produce onto the plain forms
// the later stages match against: full-width and Arabic-Indic digits, full-width Latin letters, ％, a full-width decimal point,
// odd spaces, and CJK radical code points that some fonts map ordinary characters to (⺠ for 民).
//
// Every replacement is exactly one UTF-16 unit for one UTF-16 unit, so the output has the input's length
// and the column map built by collapseFakeBold stays valid without being rewritten.
// Chinese punctuation （）、：，。 is kept: row labels such as （一） and 1、 are matched with it.

/**
 * CJK Radicals Supplement code points that fonts use for whole simplified characters. These have no
 * Unicode decomposition, so NFKC leaves them alone; the targets are the unified ideographs Unicode lists
 * as their equivalents. Component-only forms (氵, 扌, …) are left out: they never stand alone in prose,
 * and a code point not in this table is kept rather than guessed at.
 */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺟': '母',
  '⺠': '民',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};

/**
 * Kangxi radicals whose NFKC form is an old variant that simplified Chinese never prints, while Chinese
 * fonts draw the radical exactly like the modern character: ⼾ is shown as 户 (NFKC gives 戶) and ⾭ as 青
 * (NFKC gives 靑). Without this, 门户网站 written with ⼾ would not match the label a template expects.
 */
const KANGXI_OVERRIDES: Readonly<Record<string, string>> = {
  '⼾': '户',
  '⾭': '青',
};

const FULLWIDTH_OFFSET = 0xff01 - 0x21;

function isFullwidthDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

function isFullwidthLatin(c: number): boolean {
  return (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Arabic-Indic (٠…٩) and Extended Arabic-Indic (۰…۹) digits: a file that passed an Arabic-locale system. */
function arabicIndicValue(c: number): number | undefined {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return undefined;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isFullwidthDigit(c) || arabicIndicValue(c) !== undefined;
}

/** Folds one UTF-16 unit, looking at its neighbours only for the decimal point. */
function foldUnit(text: string, i: number): string {
  const ch = text.charAt(i);
  const c = text.charCodeAt(i);
  if (isFullwidthDigit(c) || isFullwidthLatin(c)) return String.fromCharCode(c - FULLWIDTH_OFFSET);
  const arabic = arabicIndicValue(c);
  if (arabic !== undefined) return String(arabic);
  // ٫ (Arabic decimal separator) between two digits, ٬ (Arabic thousands separator) likewise.
  if ((c === 0x066b || c === 0x066c) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return c === 0x066b ? '.' : ',';
  if (c === 0xff05) return '%';
  // ． is also used as a list marker after a full-width number (１．), so it only becomes a decimal point
  // between two digits, where it cannot mean anything else.
  if (c === 0xff0e) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) ? '.' : ch;
  if (c === 0x3000 || c === 0xa0) return ' ';
  if (c >= 0x2e80 && c <= 0x2eff) return RADICAL_SUPPLEMENT[ch] ?? ch;
  if (c >= 0x2f00 && c <= 0x2fdf) {
    const folded = KANGXI_OVERRIDES[ch] ?? ch.normalize('NFKC');
    // Every Kangxi radical folds to one BMP ideograph today; the check keeps the length promise even if
    // a future Unicode version decided otherwise.
    return folded.length === 1 ? folded : ch;
  }
  return ch;
}

/** Folds width and radical variants character for character; the result has the same length as `text`. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text, i);
  return out;
}
