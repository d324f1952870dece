// What the charts need from the page's state: the language, the selection, and the two ways of selecting.
// AppState (a .svelte.ts class with a worker and pdf.js behind it) satisfies this structurally, and the
// snapshot tests pass a plain object, so the charts render on the server without a browser.

import type { Analysis, Bilingual } from '../../model/types.ts';
import type { Lang } from '../i18n.ts';

export interface ChartApp {
  readonly lang: Lang;
  readonly selected: number | undefined;
  /** Refs of the cells the selected finding (or the focused cell) involves. */
  readonly highlighted: ReadonlySet<string>;
  text(message: Bilingual): string;
  /** Selects a finding, or clears the selection when it is already selected. */
  select(index: number | undefined): void;
  /** Selects the first flagged finding a cell takes part in, or just shows the cell. */
  focusCell(ref: string): void;
}

/** Severities a chart marks: an info finding reports agreement and marks nothing. */
export type Flag = 'error' | 'warning';

/** The first flagged finding involving any of `refs`, in the findings' order (errors are listed first). */
export function flaggedFinding(analysis: Analysis, refs: readonly string[]): number | undefined {
  const index = analysis.findings.findIndex((f) => f.severity !== 'info' && f.cells.some((ref) => refs.includes(ref)));
  return index < 0 ? undefined : index;
}

/** The worst flag on each cell: a cell in an error and a warning is marked as an error. */
export function flagsByRef(analysis: Analysis): Map<string, { flag: Flag; findingIndex: number }> {
  const flags = new Map<string, { flag: Flag; findingIndex: number }>();
  analysis.findings.forEach((f, findingIndex) => {
    if (f.severity === 'info') return;
    for (const ref of f.cells) {
      const seen = flags.get(ref);
      if (!seen || (seen.flag === 'warning' && f.severity === 'error')) flags.set(ref, { flag: f.severity, findingIndex });
    }
  });
  return flags;
}

/**
 * A click on a chart element that stands for cells: select the first flagged finding among them, so the
 * finding list, the table and the PDF page show the same thing; with none, show the first cell.
 */
export function chooseCells(app: ChartApp, analysis: Analysis, refs: readonly string[]): void {
  const index = flaggedFinding(analysis, refs);
  if (index !== undefined) app.select(index);
  else if (refs[0]) app.focusCell(refs[0]);
}

/** Enter and Space activate an SVG element that plays a button, as they do a real <button>. */
export function activateOnKey(event: Pick<KeyboardEvent, 'key' | 'preventDefault'>, action: () => void): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    action();
  }
}
