// A finding is only as sure as the cells it rests on. A cell the reader could not be sure of (`Cell.doubt`:
// its place in the text's order unconfirmed, an OCR reading below the threshold) turns an error that uses
// it into a finding to review (待核), saying which cell and why, so that a misreading of ours is never
// reported as the report's mistake.

import type { Bilingual, Cell, Finding } from '../model/types.ts';
import { columnName, rowName, type RuleContext } from './context.ts';

export function reviewDoubtfulCells(context: RuleContext, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.severity !== 'error') return finding;
    const doubted = finding.cells.map((ref) => context.cells.get(ref)).filter((cell): cell is Cell => cell?.doubt !== undefined);
    if (doubted.length === 0) return finding;
    const first = doubted[0]!;
    const row = rowName(context, first.indicator);
    const column = columnName(context, first.column, first.indicator);
    const more = doubted.length > 1 ? { zh: `等 ${doubted.length} 格`, en: ` and ${doubted.length - 1} more` } : { zh: '', en: '' };
    const message: Bilingual = {
      zh: `待核：所用的 ${row.zh}${column.zh}${more.zh}读取不确定（${first.doubt!.zh}）。${finding.cause ? finding.cause.message.zh : ''}`,
      en: `To review: ${row.en}${column.en}${more.en} was not read with certainty (${first.doubt!.en}).${finding.cause ? ` ${finding.cause.message.en}` : ''}`,
    };
    return { ...finding, severity: 'warning', cause: { kind: 'doubtful-cell', message } };
  });
}
