// The analysis as `npm run analyze -- FILE --json` prints it: everything but `lines` (the whole normalised
// text, large and already the user's own file), pretty-printed, so a download and the CLI agree.

import type { Analysis } from '../model/types.ts';

export function toJson(analysis: Analysis): string {
  const { lines: _lines, ...rest } = analysis;
  return JSON.stringify(rest, null, 2) + '\n';
}

/** A download name derived from the report's file name: 「报告.pdf」 → 「报告.duizhang.csv」. */
export function exportFileName(fileName: string, extension: 'csv' | 'json'): string {
  const base = fileName.replace(/\.[^./\\]+$/, '') || 'duizhang';
  return `${base}.duizhang.${extension}`;
}
