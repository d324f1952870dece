// The narrative is what is left once the tables are taken out. A table printed inside a line of prose
// (the archived 平潭 pages hold a whole report on one line) is cut out of that line only, so the prose
// around it is still read; character columns are kept, so positions stay true.

import type { NormLine } from '../model/types.ts';

export function withoutSpans(lines: NormLine[], spans: Array<{ line: number; start: number; end: number }>): NormLine[] {
  const byLine = new Map<number, Array<{ start: number; end: number }>>();
  for (const s of spans) byLine.set(s.line, [...(byLine.get(s.line) ?? []), s]);
  const out: NormLine[] = [];
  for (const line of lines) {
    const cut = byLine.get(line.line);
    if (!cut) {
      out.push(line);
      continue;
    }
    let text = '';
    const cols: number[] = [];
    for (let i = 0; i < line.text.length; i++) {
      const inside = cut.some((s) => i >= s.start && i < s.end);
      // A sentence break stands where the table was, so prose on either side does not run together.
      if (inside && i > 0 && !cut.some((s) => i - 1 >= s.start && i - 1 < s.end)) {
        text += '。';
        cols.push(line.cols[i] ?? 0);
      }
      if (inside) continue;
      text += line.text[i];
      cols.push(line.cols[i] ?? 0);
    }
    if (text.trim() !== '') out.push({ ...line, text, cols });
  }
  return out;
}
