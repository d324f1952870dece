// What the narrative checks say about the held-out sentences: each sentence (with the one before it, when
// labelled) is analysed alone, as a report of one paragraph, and every flagged finding with a span in the
// sentence is counted. The writers kept each imaginary report's numbers consistent except where a label
// says `"contradiction": true` (a planted inconsistency): a finding on any other sentence is a false alarm,
// an error or a 「待核」. This is the measure of issue 12's "no false alarm on prose never seen".

import { analyzeText } from '../src/pipeline/analyzeText.ts';
import type { CorpusFile } from './narrativeCorpus.ts';

export interface NarrativeFindingsScore {
  sentences: number;
  /** Sentences labelled with a planted inconsistency, and those of them a flagged finding names. */
  contradictions: number;
  contradictionsFlagged: number;
  /** Flagged findings on sentences labelled consistent: errors, and findings to review. */
  falseErrors: number;
  falseReviews: number;
  falseList: Array<{ sentence: string; severity: string; rule: string; message: string }>;
}

export function scoreFindings(files: CorpusFile[]): NarrativeFindingsScore {
  const score: NarrativeFindingsScore = { sentences: 0, contradictions: 0, contradictionsFlagged: 0, falseErrors: 0, falseReviews: 0, falseList: [] };
  for (const file of files) {
    for (const sentence of file.sentences) {
      score.sentences++;
      const before = sentence.before ?? '';
      const analysis = analyzeText(`${before}${sentence.text}`, `${sentence.id}.txt`);
      // Spans are 1-based columns of the one line: those past the sentence before are this sentence's.
      const own = analysis.findings.filter((f) => f.severity !== 'info' && (f.spans ?? []).some((s) => s.col > before.length));
      if (sentence.contradiction) {
        score.contradictions++;
        if (own.length > 0) score.contradictionsFlagged++;
        continue;
      }
      for (const f of own) {
        const review = f.severity !== 'error' || f.cause?.kind === 'review';
        if (review) score.falseReviews++;
        else score.falseErrors++;
        score.falseList.push({ sentence: sentence.id, severity: review ? 'review' : 'error', rule: f.rule, message: f.message.zh });
      }
    }
  }
  return score;
}
