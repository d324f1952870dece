// Word's number formats (w:numFmt), as a list level prints its counter: 「三」 for chineseCounting, 「③」
// for decimalEnclosedCircle and so on. The report's headings are numbered this way (「一、总体情况」,
// 「（三）不予公开」), and recognising the template needs the number as text. A format this file does not
// know prints the decimal number, as Word falls back to it too; a bullet prints nothing, since a bullet
// carries no meaning for the analysis and is often a private-use symbol-font glyph.

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(value, ['', '十', '百', '千'], DIGITS, '零') ?? String(value);
    case 'chineseLegalSimplified':
      return chinese(value, ['', '拾', '佰', '仟'], LEGAL_DIGITS, '零', true) ?? String(value);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(value).replace(/[0-9]/g, (d) => DIGITS[Number(d)]!);
    case 'ideographTraditional':
      return value >= 1 && value <= 10 ? HEAVENLY_STEMS[value - 1]! : String(value);
    case 'ideographZodiac':
      return value >= 1 && value <= 12 ? EARTHLY_BRANCHES[value - 1]! : String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(value);
    case 'ideographEnclosedCircle':
      return value >= 1 && value <= 10 ? String.fromCharCode(0x3220 + value - 1) : String(value);
    case 'decimalEnclosedParen':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`;
    case 'decimalEnclosedFullstop':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2488 + value - 1) : `${value}.`;
    case 'upperLetter':
      return letter(value).toUpperCase();
    case 'lowerLetter':
      return letter(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    default:
      return String(value);
  }
}

/**
 * A number in Chinese counting words below 10,000 (一, 十, 十一, 二十, 一百零五, 一千零一十); larger
 * numbers, which no heading reaches, give undefined so the caller prints digits. A leading 一 before 十
 * is dropped (十二, not 一十二), as Word prints it, except in the legal (financial) form, which keeps it.
 */
function chinese(value: number, units: readonly string[], digits: readonly string[], zero: string, keepLeadingOne = false): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value >= 10_000) return undefined;
  if (value === 0) return zero;
  const parts = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    out += d === 1 && unit === units[1] && out === '' && !keepLeadingOne ? unit : digits[d]! + unit;
  });
  return out;
}

function enclosedCircle(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCharCode(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCharCode(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCharCode(0x32b1 + value - 36);
  return String(value);
}

/** a…z, then aa…zz, as Word repeats the letter. */
function letter(value: number): string {
  if (value < 1) return String(value);
  const char = String.fromCharCode(0x61 + ((value - 1) % 26));
  return char.repeat(Math.min(Math.floor((value - 1) / 26) + 1, 10));
}

function roman(value: number): string {
  if (value < 1 || value >= 4000) return String(value);
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = value;
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
