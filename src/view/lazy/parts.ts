// The parts of the page that the first screen (the sample's findings, tables, text and coverage) does not
// need, each loaded the first time it is wanted: the document viewer, with pdf.js's viewer and its styles,
// when a PDF is shown; the batch overview when a batch is dropped; the review memo in idle time after the
// first screen (for the built-in sample, after the visitor's first action); the charts when their tab is opened. Printing (the memo's button, Ctrl+P) brings in the
// memo and the charts first, since the memo copies the charts (App.svelte).

import { once } from './once.ts';
import { useChartComposer } from '../memo/composeCharts.ts';

export const loadDocumentViewer = once(() => import('../viewer/DocumentViewer.svelte'));
export const loadBatchView = once(() => import('../batch/BatchView.svelte'));
/** A batch's run (reading, overview rows, years paired): wanted only once a batch is dropped or restored. */
export const loadBatchRun = once(() => import('../batch/batchRun.svelte.ts'));
/** The charts, with their composer handed to the memo, which copies them when printing starts. */
export const loadChartsPanel = once(async () => {
  const [panel, { composeChart }] = await Promise.all([import('../charts/ChartsPanel.svelte'), import('../charts/exportChart.ts')]);
  useChartComposer(composeChart);
  return panel;
});
export const loadReviewMemo = once(() => import('../memo/ReviewMemo.svelte'));
