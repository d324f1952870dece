// Text laid out with spaces (`pdftotext -layout`, or a table typed with spaces) has no tabs between its
// cells. This turns such lines into the tab-separated rows the table readers take: a run of two or more
// spaces separates cells, and numbers separated by single spaces (「30 1 0」) are cells each. Every kept
// character keeps its source column, a tab takes the column of the gap it replaces.

import type { NormLine } from '../model/types.ts';

const NUMBER = /^-?[\d,]+(?:\.\d+)?%?$/;

interface Segment {
  start: number;
  end: number;
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    const words = [...m[0].matchAll(/\S+/g)];
    // 「30 1 0」: numbers with single spaces between them are separate cells; so are two or more numbers
    // ending a label with single spaces (a PDF row rebuilt from positions: 「二、上年结转… 0 0 0 0 0 0 0」).
    // One number after words may be the label's own (「计 1 次」 wraps as 「计 1」), so it stays with them.
    let numbersFrom = words.length;
    while (numbersFrom > 0 && NUMBER.test(words[numbersFrom - 1]![0])) numbersFrom--;
    if (words.length > 1 && (numbersFrom === 0 || words.length - numbersFrom >= 2)) {
      if (numbersFrom > 0) {
        const last = words[numbersFrom - 1]!;
        segments.push({ start: m.index, end: m.index + last.index + last[0].length });
      }
      for (const w of words.slice(numbersFrom)) segments.push({ start: m.index + w.index, end: m.index + w.index + w[0].length });
    } else segments.push({ start: m.index, end: m.index + m[0].length });
  }
  return segments;
}

export function spacedToTabs(lines: NormLine[]): NormLine[] {
  return lines.map((line) => {
    if (line.text.includes('\t')) return line;
    const segments = segmentsOf(line.text);
    if (segments.length < 2) return line;
    let text = '';
    const cols: number[] = [];
    segments.forEach((s, i) => {
      if (i > 0) {
        text += '\t';
        cols.push(line.cols[segments[i - 1]!.end] ?? line.cols[s.start]!);
      }
      text += line.text.slice(s.start, s.end);
      cols.push(...line.cols.slice(s.start, s.end));
    });
    return { ...line, text, cols };
  });
}
