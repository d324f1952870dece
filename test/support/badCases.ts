// The shape of the bad-input corpus (test/fixtures/bad/cases.json, written by scripts/bad/makeBadCorpus.ts)
// and the small report its readable cases are made from.

import type { Analysis, Bilingual } from '../../src/model/types.ts';

export interface BadCase {
  /** File name under test/fixtures/bad/ (or, for a share link, the case's name). */
  file: string;
  /** For a share link: the URL fragment to open. */
  hash?: string;
  /** What the case is, in a few words. */
  what: string;
  expect: {
    /** A pattern the refusal's Chinese message must match. */
    refused?: string;
    /** With `refused`: a correct reading is accepted instead of a refusal (pdf.js may recover a file). */
    orReads?: boolean;
    /** The report must be read; each of `values` must be a number it read, none of `absent`. */
    reads?: { values: readonly number[]; absent?: readonly number[] };
    /** With `reads`: a pattern one of the analysis's notices must match (what it says it did with the input). */
    notice?: string;
    /** With `reads`: the numbers as stored do not add up, and error findings are expected. */
    errors?: true;
  };
}

/** A short report whose numbers add up: read right it has no finding; a number cut or merged breaks its sum. */
export const BAD_REPORT = {
  text: [
    '某县人民政府2023年政府信息公开工作年度报告',
    '一、总体情况',
    '2023年，本机关共收到政府信息公开申请647件，其中当面申请200件、网上申请447件。',
    '全年办结申请647件。',
  ].join('\n'),
  values: [647, 200, 447],
} as const;

export type Outcome = { ok: true; analysis: Analysis } | { ok: false; reason: Bilingual };

/** Every number the analysis read: table cells and prose claims. */
export function numbersRead(analysis: Analysis): number[] {
  const cells = analysis.cells.flatMap((c) => (c.value.kind === 'number' && c.value.value !== undefined ? [c.value.value] : []));
  return [...cells, ...analysis.claims.map((c) => c.value)];
}

/** Every number the analysis hands on (values, findings, claims): none may be NaN or ±Infinity. */
export function nonFiniteNumbers(analysis: Analysis): string[] {
  const bad: string[] = [];
  JSON.stringify(analysis, (key, value) => {
    if (typeof value === 'number' && !Number.isFinite(value)) bad.push(`${key}=${value}`);
    return value;
  });
  return bad;
}

/** What is wrong with an outcome for its case, or '' when it is what the case expects. */
export function judge(badCase: BadCase, outcome: Outcome): string {
  const { refused, orReads, reads } = badCase.expect;
  if (!outcome.ok) {
    if (!refused) return `refused although it should be read: ${outcome.reason.zh}`;
    if (!new RegExp(refused).test(outcome.reason.zh)) return `refused with the wrong message: ${outcome.reason.zh}`;
    if (/\n\s+at /.test(outcome.reason.zh + outcome.reason.en)) return 'the message carries a stack trace';
    return '';
  }
  const nonFinite = nonFiniteNumbers(outcome.analysis);
  if (nonFinite.length) return `non-finite numbers reached the analysis: ${nonFinite.slice(0, 3).join(', ')}`;
  if (refused && !orReads) return `read although it should be refused (${refused})`;
  if (reads) {
    const read = numbersRead(outcome.analysis);
    const missing = reads.values.filter((v) => !read.includes(v));
    if (missing.length) return `numbers not read: ${missing.join(', ')} (read: ${read.slice(0, 12).join(', ')})`;
    const wrong = (reads.absent ?? []).filter((v) => read.includes(v));
    if (wrong.length) return `numbers read that are not in the report: ${wrong.join(', ')}`;
    const notice = badCase.expect.notice;
    if (notice && !outcome.analysis.notices.some((n) => new RegExp(notice).test(n.zh))) {
      return `no notice matching ${notice} (notices: ${outcome.analysis.notices.map((n) => n.zh).join(' | ')})`;
    }
    const errors = outcome.analysis.findings.filter((f) => f.severity === 'error');
    if (badCase.expect.errors) return errors.length ? '' : 'no error finding, although the stored numbers do not add up';
    if (errors.length) return `findings on a report that adds up: ${errors.map((f) => f.message.en).join('; ')}`;
  }
  return '';
}
