// The typed protocol between the page and the analysis worker. Every request carries an id and its
// answer carries the same id, so answers to cancelled or superseded requests can be told apart.

import type { NormLine, PdfSource } from '../../model/types.ts';
import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';

export type WorkerRequest =
  | { id: number; type: 'analyze'; bytes: Uint8Array; fileName: string }
  | { id: number; type: 'analyze-pdf'; source: PdfSource; fileName: string }
  /** A web page, already turned into lines on the main thread (a worker has no DOMParser). */
  | { id: number; type: 'analyze-lines'; lines: NormLine[]; fileName: string; title?: string };

export type WorkerResponse =
  | { id: number; type: 'result'; result: AnalyzeResult }
  | { id: number; type: 'crash'; message: string };
