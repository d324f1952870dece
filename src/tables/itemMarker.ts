// The numbering at the start of a table label (一、 （一） 1. 1、 （1） 其中：). Reports mix full- and
// half-width brackets and 、/./． freely, so every variant is recognised; the marker says where a new
// row starts, while the template, not the marker, decides what the row means.

export type MarkerLevel = 'section' | 'item' | 'sub' | 'of-which';

export interface Marker {
  level: MarkerLevel;
  /** The marker as printed. */
  text: string;
  /** Its ordinal (一 = 1, （三） = 3, 4. = 4); 0 for 其中. */
  ordinal: number;
}

const HAN_DIGITS = '〇一二三四五六七八九';

export function hanToNumber(han: string): number {
  if (han === '十') return 10;
  const ten = han.indexOf('十');
  if (ten < 0) return [...han].reduce((n, c) => n * 10 + HAN_DIGITS.indexOf(c), 0);
  const tens = ten === 0 ? 1 : HAN_DIGITS.indexOf(han[0] ?? '');
  const ones = ten === han.length - 1 ? 0 : HAN_DIGITS.indexOf(han[ten + 1] ?? '');
  return tens * 10 + ones;
}

const PATTERNS: Array<[RegExp, MarkerLevel]> = [
  [/^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*/, 'section'],
  [/^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/, 'item'],
  [/^\s*(\d{1,2})\s*[.、．](?!\d)\s*/, 'sub'],
  [/^\s*[（(]\s*(\d{1,2})\s*[)）]\s*/, 'sub'],
  [/^\s*其中\s*[:：]?\s*/, 'of-which'],
];

export function itemMarker(label: string): Marker | undefined {
  for (const [pattern, level] of PATTERNS) {
    const m = pattern.exec(label);
    if (!m) continue;
    const n = m[1];
    const ordinal = n === undefined ? 0 : /\d/.test(n) ? Number(n) : hanToNumber(n);
    return { level, text: m[0], ordinal };
  }
  return undefined;
}

/** The label without its numbering (and without a leading 其中：, which may precede a number). */
export function stripMarkers(label: string): string {
  let rest = label;
  for (let marker = itemMarker(rest); marker; marker = itemMarker(rest)) rest = rest.slice(marker.text.length);
  return rest.trim();
}
