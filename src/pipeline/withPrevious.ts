// The report on screen checked against the same body's report of the year before: the cross-year
// findings join its own (an earlier comparison's are replaced), with a notice naming the other report.
// Pure: the page, the CLI (compareYears) and share links all merge through it.

import type { Analysis, Bilingual } from '../model/types.ts';
import { CROSS_YEAR, crossYear, crossYearSummary } from '../check/crossYear.ts';

export type WithPrevious = { ok: true; analysis: Analysis; summary: Bilingual; replaced: boolean } | { ok: false; reason: Bilingual };

/** `previousSummary` is the notice of an earlier comparison, removed with its findings. */
export function withPrevious(current: Analysis, other: Analysis, previousSummary?: Bilingual): WithPrevious {
  if (current.meta.year !== undefined && other.meta.year === current.meta.year + 1) {
    return {
      ok: false,
      reason: {
        zh: `所选报告是 ${other.meta.year} 年度，比当前报告晚一年。请先打开较晚年度的报告，再选上一年度的报告核对。`,
        en: `The chosen report is for ${other.meta.year}, a year after this one. Open the later report first, then check it against the earlier one.`,
      },
    };
  }
  const { findings, notices } = crossYear(current, other);
  if (findings.length === 0) return { ok: false, reason: notices[0] ?? { zh: '没有可核对的数字。', en: 'Nothing to compare.' } };
  const summary = crossYearSummary(other, findings);
  // Findings are appended, so a selected finding keeps its index unless an earlier comparison goes.
  const kept = current.findings.filter((f) => f.rule !== CROSS_YEAR);
  return {
    ok: true,
    analysis: { ...current, findings: [...kept, ...findings], notices: [...current.notices.filter((n) => n !== previousSummary), summary, ...notices] },
    summary,
    replaced: kept.length !== current.findings.length,
  };
}
