// Tolerant but explicit label matching: labels are compared after their numbering, brackets, spaces and
// punctuation are removed, by the overlap of character pairs (Dice). A label cut short by conversion
// (「…及政府网站建」) still matches the row it begins.

import { stripMarkers } from './itemMarker.ts';

const NOISE = /[\s()（）[\]【】、，,。.．:：;；“”"'《》〈〉<>_\-—]/g;

export function labelKey(label: string): string {
  return stripMarkers(label).replace(NOISE, '');
}

export function labelSimilarity(a: string, b: string): number {
  const x = labelKey(a);
  const y = labelKey(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // A truncated label is a prefix of the full one; a label with a note appended contains the bare one.
  const contained = short.length >= 4 && long.includes(short) ? 0.6 + 0.35 * (short.length / long.length) : 0;
  return Math.max(contained, dice(x, y));
}

function dice(x: string, y: string): number {
  const pairs = (s: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) counts.set(s.slice(i, i + 2), (counts.get(s.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const px = pairs(x);
  const py = pairs(y);
  let shared = 0;
  for (const [pair, n] of px) shared += Math.min(n, py.get(pair) ?? 0);
  const total = Math.max(x.length - 1, 0) + Math.max(y.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * The indicator whose label (or an alias) best matches `label`, scoring above `threshold` — or at it,
 * when `atThreshold` is set; the earliest wins a tie (template order). Undefined when none does.
 * `bonus` adds to a candidate's score (e.g. for carrying the row's own number).
 */
export function bestIndicator<T extends { label: string; aliases?: string[] }>(
  defs: T[],
  label: string,
  threshold: number,
  atThreshold = false,
  bonus: (def: T) => number = () => 0,
): T | undefined {
  let found: T | undefined;
  let score = threshold;
  for (const def of defs) {
    const s = bonus(def) + Math.max(labelSimilarity(label, def.label), ...(def.aliases ?? []).map((a) => labelSimilarity(label, a)));
    if (s > score || (atThreshold && s === score && !found)) [found, score] = [def, s];
  }
  return found;
}
