// Scores one analysis against a key: cells read right, expected findings found, and false alarms
// (findings of severity error or warning that the key does not expect).

import type { Analysis, Finding } from '../src/model/types.ts';
import type { KeyCell, KeyFile, KeyFinding } from './keyTypes.ts';

export interface FormScore {
  /** 1 when the analysis recognised the key's template, else 0. */
  templateRight: number;
  cellsRight: number;
  cellsExpected: number;
  findingsFound: number;
  findingsExpected: number;
  falseAlarms: number;
  /** Key cells the analysis got wrong or did not read, with what it read instead. */
  wrongCells: Array<{ ref: string; expected: string; got: string }>;
  missedFindings: KeyFinding[];
  /** Cells the analysis read that the key does not have (a row or column read where there is none). */
  extraCells: string[];
  falseAlarmList: Array<{ rule: string; severity: string; stated?: number; computed?: number; cells: string[]; message: string }>;
  /**
   * In a generated form, the key cells whose truth the key does not know (kind text: digits glued in the
   * original, no split settled) are not scored, and neither are findings about them: the generator had to
   * print them somehow, and what a reader makes of that print is not right or wrong by the key.
   */
  unjudged?: { cells: number; alarms: number };
}

/** How a value is written in the details: the number itself, or its kind (and raw text). */
function showKey(c: KeyCell): string {
  if (c.value !== undefined) return String(c.value);
  return c.raw !== undefined ? `${c.kind}:${c.raw}` : (c.kind ?? '?');
}

/** A key cell is read right when the kind agrees and, for a number, the value (or the key's orValue). */
export function cellMatches(key: KeyCell, kind: string, value: number | undefined): boolean {
  if (key.value !== undefined) return kind === 'number' && value === key.value;
  if (key.orValue !== undefined && kind === 'number' && value === key.orValue) return true;
  return kind === key.kind;
}

/**
 * An analysis finding matches a key finding when rule, stated and computed agree and, when the key names
 * cells, the finding's first cell is the key's first.
 */
export function findingMatches(key: KeyFinding, f: Finding): boolean {
  if (key.rule !== f.rule || key.stated !== f.stated || key.computed !== f.computed) return false;
  if (key.cells && key.cells.length > 0 && f.cells[0] !== key.cells[0]) return false;
  return true;
}

/** A finding the key accepts without requiring it: only the fields the entry gives must agree. */
export function acceptedBy(entry: KeyFinding, f: Finding): boolean {
  if (entry.rule !== f.rule) return false;
  if (entry.stated !== undefined && entry.stated !== f.stated) return false;
  if (entry.computed !== undefined && entry.computed !== f.computed) return false;
  return !(entry.cells && entry.cells.length > 0 && f.cells[0] !== entry.cells[0]);
}

export function isAlarm(f: Finding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

export function scoreForm(key: KeyFile, analysis: Analysis, tablesOnly: boolean, generated = false): FormScore {
  const byRef = new Map(analysis.cells.map((c) => [`${c.indicator}@${c.column}`, c]));
  const wrongCells: FormScore['wrongCells'] = [];
  const unknown = new Set(generated ? key.cells.filter((k) => k.kind === 'text').map((k) => `${k.indicator}@${k.column}`) : []);
  const judged = key.cells.filter((k) => !unknown.has(`${k.indicator}@${k.column}`));
  for (const k of judged) {
    const ref = `${k.indicator}@${k.column}`;
    const got = byRef.get(ref);
    if (got && cellMatches(k, got.value.kind, got.value.value)) continue;
    const shown = got ? (got.value.kind === 'number' ? String(got.value.value) : `${got.value.kind}:${got.value.raw}`) : 'not read';
    wrongCells.push({ ref, expected: showKey(k), got: shown });
  }
  const score: FormScore = {
    templateRight: analysis.meta.template === key.template ? 1 : 0,
    cellsRight: judged.length - wrongCells.length,
    cellsExpected: judged.length,
    findingsFound: 0,
    findingsExpected: 0,
    falseAlarms: 0,
    wrongCells,
    missedFindings: [],
    falseAlarmList: [],
    extraCells: [],
  };
  const keyRefs = new Set(key.cells.map((k) => `${k.indicator}@${k.column}`));
  for (const ref of byRef.keys()) if (!keyRefs.has(ref)) score.extraCells.push(ref);
  // A form that holds only the tables is scored on its cells alone.
  if (tablesOnly) return score;
  const alarms = analysis.findings.filter(isAlarm);
  score.findingsExpected = key.findings.length;
  for (const k of key.findings) {
    if (alarms.some((f) => findingMatches(k, f))) score.findingsFound++;
    else score.missedFindings.push(k);
  }
  let unjudgedAlarms = 0;
  for (const f of alarms) {
    if (key.findings.some((k) => findingMatches(k, f))) continue;
    if ((key.alsoTrue ?? []).some((k) => acceptedBy(k, f))) continue;
    if (f.cells.length > 0 && f.cells.every((ref) => unknown.has(ref))) {
      unjudgedAlarms++;
      continue;
    }
    score.falseAlarmList.push({ rule: f.rule, severity: f.severity, stated: f.stated, computed: f.computed, cells: f.cells, message: f.message.en });
  }
  score.falseAlarms = score.falseAlarmList.length;
  if (unknown.size > 0) score.unjudged = { cells: unknown.size, alarms: unjudgedAlarms };
  return score;
}
