// The typed protocol between the page and the analysis worker. Every request carries an id and its
// answers carry the same id, so answers to cancelled or superseded requests can be told apart.

import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import type { Claim, NormLine } from '../../model/types.ts';
import type { Stage } from '../../pipeline/analyzeText.ts';

export interface AnalyzeRequest {
  id: number;
  type: 'analyze';
  /** The file as dropped; the worker gets a copy, the page keeps its own. */
  bytes: Uint8Array;
  fileName: string;
  password?: string;
  /** The site's base URL (document.baseURI): pdf.js's CMaps and fonts are served under it. */
  siteBase: string;
}

export type WorkerRequest = AnalyzeRequest;

export type WorkerResponse =
  | { id: number; type: 'progress'; page: number; pages: number }
  /** A stage of the analysis has begun (after a PDF's pages are read, or at once for other input). */
  | { id: number; type: 'stage'; stage: Stage }
  /**
   * A slice of the analysis's two long lists, sent ahead of the result: each message is copied into the
   * page in a task of its own, so a long report never costs one long task to receive.
   */
  | { id: number; type: 'lines'; items: NormLine[] }
  | { id: number; type: 'claims'; items: Claim[] }
  | { id: number; type: 'result'; result: AnalyzeResult; needsPassword?: 'needed' | 'wrong' }
  | { id: number; type: 'crash'; message: string };
