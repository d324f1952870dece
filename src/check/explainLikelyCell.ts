// Adds the likely misprinted cell to the findings of identities that fail together (likelyCell.ts): a
// cause saying which one cell, changed to which value, makes every identity of the group hold, or the two
// or three cells any one of which would. Findings that already carry a diagnosis keep it.

import type { Finding } from '../model/types.ts';
import { columnName, rowName, type RuleContext } from './context.ts';
import { likelyCells, type CellFix } from './likelyCell.ts';

/** The rules whose findings are table identities the search reasons about. */
const IDENTITY_RULES = new Set(['sum', 'row-sum', 'balance', 'same']);
/** More candidates than this say nothing a reader can use. */
const MOST_CANDIDATES = 3;

export function explainLikelyCells(context: RuleContext, findings: Finding[]): Finding[] {
  const groups = likelyCells(context).filter(
    // One solution is an answer; two or three single cells are candidates; anything else says nothing.
    (g) => g.solutions.length === 1 || (g.solutions.length >= 2 && g.solutions.length <= MOST_CANDIDATES && g.failing.length >= 2),
  );
  if (groups.length === 0) return findings;
  const name = (fix: CellFix) => {
    const cell = context.cells.get(fix.ref)!;
    const row = rowName(context, cell.indicator);
    const column = columnName(context, cell.column, cell.indicator);
    return { zh: `${row.zh}${column.zh}`, en: `${row.en}${column.en}`, was: cell.value.value! };
  };
  const said = (fixes: CellFix[]) => ({
    zh: fixes.map((x) => `${name(x).zh} 为 ${x.value}（而非 ${name(x).was}）`).join('、'),
    en: fixes.map((x) => `${name(x).en} were ${x.value} (not ${name(x).was})`).join(' and '),
  });
  return findings.map((f) => {
    if (f.cause || f.severity === 'info' || !IDENTITY_RULES.has(f.rule)) return f;
    const group = groups.find((g) => g.failing.some((i) => i.terms[0]!.ref === f.cells[0] && i.terms.every((t) => f.cells.includes(t.ref))));
    if (!group) return f;
    const n = group.failing.length;
    const message =
      group.solutions.length === 1
        ? {
            zh: `若 ${said(group.solutions[0]!).zh}，这一组 ${n} 项核对全部相符：很可能是${group.solutions[0]!.length === 1 ? '这一格' : '这两格'}印错。`,
            en: `If ${said(group.solutions[0]!).en}, all ${n} failing checks of this group would hold: ${group.solutions[0]!.length === 1 ? 'that cell is' : 'those cells are'} most likely misprinted.`,
          }
        : {
            zh: `以下任一格改正后，这一组核对即全部相符：${group.solutions.map((s) => said(s).zh).join('；或 ')}。`,
            en: `Any one of these makes every check of this group hold: ${group.solutions.map((s) => said(s).en).join('; or ')}.`,
          };
    const refs = group.solutions.flat().map((x) => x.ref).filter((ref, i, all) => all.indexOf(ref) === i && !f.cells.includes(ref));
    return { ...f, cells: [...f.cells, ...refs], cause: { kind: 'likely-cell', message } };
  });
}
