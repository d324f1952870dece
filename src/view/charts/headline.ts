// The report's key figures per template, as tiles: what a reader looks at first (requests received,
// handled, lawsuits). Pure data, so which cell a tile reads and how its status is decided is testable.

import type { Analysis, Bilingual } from '../../model/types.ts';
import { templateFor } from '../../template/registry.ts';

export type TileStatus = 'error' | 'warning' | 'ok' | 'missing';

export interface HeadlineTile {
  key: string;
  refs: string[];
  label: Bilingual;
  /** Undefined when any of its cells is absent or not a number (blank is not 0). */
  value?: number;
  status: TileStatus;
  /** The first flagged finding involving one of its cells: what a click selects. */
  findingIndex?: number;
}

export function headlineTiles(analysis: Analysis): HeadlineTile[] {
  const byRef = new Map(analysis.cells.map((c) => [c.ref, c]));
  return (templateFor(analysis.meta.template).headline ?? []).map(({ key, refs, label }) => {
    const values = refs.map((ref) => byRef.get(ref)).map((c) => (c?.value.kind === 'number' ? c.value.value : undefined));
    const value = values.every((v): v is number => v !== undefined) ? values.reduce((s, v) => s + v, 0) : undefined;
    const flagged = analysis.findings
      .map((finding, index) => ({ finding, index }))
      .filter(({ finding }) => finding.severity !== 'info' && refs.some((ref) => finding.cells.includes(ref)));
    // A missing number is reported as missing, even if a missing-value warning involves it.
    const status: TileStatus =
      value === undefined ? 'missing' : flagged.some(({ finding }) => finding.severity === 'error') ? 'error' : flagged.length ? 'warning' : 'ok';
    const findingIndex = flagged[0]?.index;
    return { key, refs, label, ...(value !== undefined ? { value } : {}), status, ...(findingIndex !== undefined ? { findingIndex } : {}) };
  });
}

/** The mark that tells the status without colour. */
export const STATUS_MARK: Record<TileStatus, string> = { error: '✖', warning: '▲', ok: '✓', missing: '—' };
