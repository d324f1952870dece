// The memo's charts: the charts the page draws, composed into one static SVG each by the charts' own
// export (composeChart: their SVGs in a grid under the chart's title, styles inlined), so paper gets the
// same pictures as the screen and the export. Composed from the charts panel in the page when the memo is
// built and again just before printing, so they follow the language and the analysis on screen.

import type { composeChart as ComposeChart } from '../charts/exportChart.ts';

/**
 * The charts' own composer, handed over when the charts are loaded (with their tab, or when printing
 * starts: lazy/parts.ts). Until then no chart is in the page to compose, and the memo need not load it.
 */
let composeChart: typeof ComposeChart | undefined;

export function useChartComposer(compose: typeof ComposeChart): void {
  composeChart = compose;
}

export interface MemoChart {
  id: string;
  svg: SVGSVGElement;
}

/** Columns of each chart's grid, as the charts panel exports them (ChartsPanel.svelte's CHARTS). */
const COLUMNS: Record<string, number> = { identity: 3, flow: 1, matrix: 1, sections: 3 };

/**
 * Every chart of the charts panel drawn as a picture. The key figures are left out (the memo prints them
 * as text), and so is a chart the user switched to its table view, which has no picture to print.
 */
export function composePanelCharts(root: ParentNode = document): MemoChart[] {
  const charts: MemoChart[] = [];
  if (!composeChart) return charts;
  for (const chart of root.querySelectorAll<HTMLElement>('[data-testid=charts-panel] .chart[data-chart]')) {
    const id = chart.dataset['chart'] ?? '';
    const body = chart.querySelector('.body');
    if (id === 'headline' || !body?.querySelector('svg[data-chart-unit]')) continue;
    const svg = composeChart(body, chart.querySelector('h3')?.textContent?.trim() ?? '', COLUMNS[id] ?? 3);
    inert(svg);
    charts.push({ id, svg });
  }
  return charts;
}

/**
 * Drops what makes a chart's elements interactive or findable (roles, tab stops, labels, data attributes):
 * the memo's copy is a picture, and the page's tests and scripts must keep finding only the live chart.
 */
function inert(svg: SVGSVGElement): void {
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('data-') || name.startsWith('aria-') || name === 'role' || name === 'tabindex') element.removeAttribute(name);
    }
  }
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'memo-chart');
  // The composed size is in pixels; on paper the chart is as wide as the text and keeps its proportions.
  svg.removeAttribute('height');
  svg.setAttribute('width', '100%');
}
