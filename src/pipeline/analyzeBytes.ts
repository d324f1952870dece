// The entry point for a file's bytes: decode, then analyse. Bad input comes back as a reason, never a throw.

import type { Analysis, Bilingual } from '../model/types.ts';
import { decodeText } from '../source/text/decodeText.ts';
import { analyzeText } from './analyzeText.ts';

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; reason: Bilingual };

export function analyzeBytes(bytes: Uint8Array, fileName: string): AnalyzeResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') {
    return { ok: false, reason: { zh: '文件中没有文字。', en: 'The file contains no text.' } };
  }
  try {
    return { ok: true, analysis: analyzeText(decoded.text, fileName) };
  } catch (error) {
    // A bug of ours must still reach the user as a message, with enough detail to report it.
    return {
      ok: false,
      reason: {
        zh: `分析时出错：${(error as Error).message}`,
        en: `The analysis failed: ${(error as Error).message}`,
      },
    };
  }
}
