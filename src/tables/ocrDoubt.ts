// A value read by OCR is only as sure as the recogniser was: a cell whose characters were read with a
// confidence under the threshold is marked 「待核」 with that confidence, so the table shows it and a
// finding that uses it is one to review (check/doubtfulCells.ts), never an error. Text from a text layer
// carries no confidence and is never doubted here.

import type { Cell, NormLine } from '../model/types.ts';
import { SCAN_SETTINGS } from '../source/scan/scanSettings.ts';

export function doubtUnsureReadings(cells: Cell[], lines: NormLine[], threshold: number = SCAN_SETTINGS.doubtBelow): Cell[] {
  return cells.map((cell) => {
    if (cell.value.kind === 'blank' || cell.doubt) return cell;
    const least = readingConfidence(cell, lines);
    if (least === undefined || least >= threshold) return cell;
    const shown = least.toFixed(2);
    return {
      ...cell,
      doubt: {
        zh: `OCR 识别置信度 ${shown}，低于 ${threshold}，请对照原件核对`,
        en: `read by OCR with confidence ${shown}, under ${threshold}: check against the page`,
      },
    };
  });
}

/** The least confidence of the OCR'd runs a cell's characters come from; undefined for a text layer. */
export function readingConfidence(cell: Cell, lines: NormLine[]): number | undefined {
  const line = lines[cell.pos.line - 1];
  if (!line?.boxes || line.line !== cell.pos.line) return undefined;
  const start = (line.cols.indexOf(cell.pos.col) + 1 || cell.pos.col) - 1;
  const end = start + Math.max(1, cell.pos.length);
  let least: number | undefined;
  for (const run of line.boxes) {
    if (run.confidence === undefined || run.end <= start || run.start >= end) continue;
    least = Math.min(least ?? 1, run.confidence);
  }
  return least;
}
