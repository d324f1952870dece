// The typed protocol between the page and the analysis worker. Every request carries an id and its
// answers carry the same id, so answers to cancelled or superseded requests can be told apart.

import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';

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
  | { id: number; type: 'result'; result: AnalyzeResult; needsPassword?: 'needed' | 'wrong' }
  | { id: number; type: 'crash'; message: string };
