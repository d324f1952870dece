// The shape of eval/summary.json: every figure of a run and the details behind it.

import type { FormScore } from './score.ts';
import type { MutationResult } from './mutate.ts';
import type { NarrativeCorpusScore } from './narrativeCorpus.ts';

export interface FormResult {
  form: string;
  ok: boolean;
  /** Why the form could not be read or analysed. */
  error?: string;
  tablesOnly?: boolean;
  /** The template the analysis recognised (the key's is `template`). */
  template?: string;
  seconds: number;
  score?: FormScore;
}

export interface MutationTally {
  total: number;
  detected: number;
  clean: number;
  results: MutationResult[];
}

export interface ReportResult {
  id: string;
  forms: FormResult[];
  mutation: {
    /** The plain-text form the mutations were made in. */
    form?: string;
    skipped?: string;
    table?: MutationTally;
    narrative?: MutationTally;
    /** Number cells of the key that no check covers (no finding of the unchanged report names them): not drawn. */
    uncoveredCells?: number;
  };
}

export interface Summary {
  generatedAt: string;
  seconds: number;
  totals: {
    cellsRight: number;
    cellsExpected: number;
    findingsFound: number;
    findingsExpected: number;
    falseAlarms: number;
    tableMutations: number;
    tableDetected: number;
    tableClean: number;
    narrativeMutations: number;
    narrativeDetected: number;
    narrativeClean: number;
    unreadableForms: number;
  };
  /** The same totals over the scanned forms (read by OCR), kept apart from the text and PDF forms'. */
  scanTotals?: Summary['totals'];
  reports: ReportResult[];
  /** The narrative stage against the labelled corpus (test/fixtures/narrative/); run on every full run. */
  narrativeCorpus?: NarrativeCorpusScore;
  /** The same scores on the held-out sentences (test/fixtures/narrative-holdout/). */
  narrativeHoldout?: NarrativeCorpusScore;
}

export function tally(results: MutationResult[]): MutationTally {
  return {
    total: results.length,
    detected: results.filter((r) => r.detected).length,
    clean: results.filter((r) => r.clean).length,
    results,
  };
}

/** JSON with every value that fits on a line of `width` characters written on one line: readable and short. */
export function compactJson(value: unknown, indent = '', width = 140): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (flat.length + indent.length <= width || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compactJson(v, inner, width)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`).join(',\n')}\n${indent}}`;
}
