// What the review memo (复核意见) says, as plain data: the flagged findings in the memo's order, where each
// is in the document, the excerpt that stands in for a page crop, and the memo's summary figures. Kept free
// of the DOM and pdf.js so the tests can run it in Node; the counts come from the same functions the meta
// panel and the coverage view use, so the memo never says something the page does not.

import type { Analysis, Finding, NormLine, SourcePos } from '../../model/types.ts';
import { targetOf, type Box } from '../viewer/boxes.ts';
import { sentenceExcerpts, type SentenceExcerpt } from '../components/sentenceExcerpt.ts';
import { coverageOf, type Coverage } from '../coverage/coverage.ts';
import { headlineTiles, type HeadlineTile } from '../charts/headline.ts';

/** A flagged finding as the memo prints it. */
export interface MemoFinding {
  /** Its index in `analysis.findings`, which the findings list and the charts use too. */
  index: number;
  finding: Finding;
  /** The pages its places are on, each with its boxes (reading viewport at scale 1), in the order they come. */
  pages: Array<{ page: number; boxes: Box[] }>;
  /** The lines of the document its places are on (every source has lines; a PDF's are rebuilt ones). */
  lines: number[];
}

/**
 * A correction the user made to a cell's reading, as the memo's 校正记录 lists it: the cell's label, what
 * was read, what it was corrected to, and when. AppState's corrections are mapped to this by App.svelte.
 */
export interface MemoCorrection {
  label: string;
  original: string;
  value: string;
  at: string;
}

export interface MemoSummary {
  errors: number;
  toReview: number;
  consistent: number;
  coverage: Coverage;
  tiles: HeadlineTile[];
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The flagged findings, errors first and then those to review (待核), each group in the findings' own order.
 * Consistent checks (severity info) are not part of the memo: it files what needs an answer.
 */
export function memoFindings(analysis: Pick<Analysis, 'cells' | 'findings'>): MemoFinding[] {
  const posByRef = new Map(analysis.cells.map((c) => [c.ref, c.pos]));
  return analysis.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => finding.severity !== 'info')
    .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding, index }) => {
      const target = targetOf(analysis, finding, undefined);
      const pages = target ? [...target.pages].map(([page, boxes]) => ({ page, boxes })) : [];
      const places = placesOf(finding, posByRef);
      const lines = [...new Set(places.map((p) => p.line))].sort((a, b) => a - b);
      return { index, finding, pages, lines };
    });
}

/** The finding's text spans, then the positions of the cells it names (those that were read). */
function placesOf(finding: Finding, posByRef: Map<string, SourcePos>): SourcePos[] {
  return [...(finding.spans ?? []), ...finding.cells.map((ref) => posByRef.get(ref)).filter((p): p is SourcePos => !!p)];
}

/**
 * The sentences and table rows a finding used, each marked where its numbers are: what a text or web report
 * prints instead of a page crop (and a PDF finding whose crop was not made). At most `limit` excerpts.
 */
export function memoExcerpts(lines: Map<number, NormLine>, analysis: Pick<Analysis, 'cells'>, finding: Finding, limit = 4): SentenceExcerpt[] {
  const posByRef = new Map(analysis.cells.map((c) => [c.ref, c.pos]));
  return sentenceExcerpts(lines, placesOf(finding, posByRef)).slice(0, limit);
}

/** The memo's summary: the counts the meta panel shows, the coverage view's figures and the headline tiles. */
export function memoSummary(analysis: Analysis): MemoSummary {
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const toReview = analysis.findings.filter((f) => f.severity === 'warning').length;
  return {
    errors,
    toReview,
    consistent: analysis.findings.length - errors - toReview,
    coverage: coverageOf(analysis),
    tiles: headlineTiles(analysis),
  };
}

/** Fills `{name}` placeholders of a translated string (the i18n table keeps whole sentences). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A day as the memo dates it: year, month and day in the reader's language, in local time. */
export function reviewDate(date: Date, lang: 'zh' | 'en'): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
