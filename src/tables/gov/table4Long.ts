// Table 四 laid out long: one row per outcome of each group (「行政复议 | — | 结果维持 | 1」, then 「| | 结果纠正 |
// 1」 …), as a body prints it to fit a portrait page. The group is named once for its five rows (a cell
// merged down them: on its first row, or on a middle one where text laid out with spaces centres it), and
// each row names its outcome and prints one number. A group is read only from five consecutive rows that
// name the five outcomes in the template's order (维持, 纠正, 其他, 尚未审结, 总计) and name exactly one
// group among them; anything else (an outcome missing or twice, a row whose outcome cannot be told, two
// groups' names in one run, one group in two runs) leaves the group unread rather than guessed.

import type { NormLine } from '../../model/types.ts';
import type { TemplateDef } from '../../template/definition.ts';
import { parseValue } from '../parseValue.ts';
import type { Span } from '../splitRowLine.ts';
import type { Found, Row } from './govRow.ts';

/** The outcome column of table 四 (维持 | 纠正 | 其他 | 尚未审结 | 总计) a row's own words name. */
const OUTCOMES: RegExp[] = [/维持/, /纠正|纠错/, /其他结果|其它结果|^其他$|^其它$/, /尚未审结|未审结/, /总计|合计|小计/];

export function outcomeOf(words: string): number | undefined {
  const named = OUTCOMES.flatMap((re, column) => (re.test(words) ? [column] : []));
  return named.length === 1 ? named[0] : undefined;
}

/** Each group read from its five rows: a row of its five values, each with the line it was printed on. */
export function table4Long(template: TemplateDef, rows: Row[], groupOf: (label: string) => string | undefined): Array<Found & { row: { valueLines: NormLine[] } }> {
  const groups = template.indicators.filter((d) => d.table === '四' && !d.group);
  const entries = rows.flatMap((row) => {
    const numbers = row.values.filter((v) => parseValue(v.text).kind === 'number');
    if (numbers.length === 0) return [];
    const words = row.labels.map((l) => l.text.trim()).filter((t) => t !== '');
    const column = row.values.length === 1 && numbers.length === 1 ? outcomeOf(words[words.length - 1] ?? '') : undefined;
    return [{ row, column, group: groupOf(words.slice(0, -1).join(' ')) }];
  });
  // Runs of five rows naming 维持 … 总计 in order; a row out of that order breaks the run it is in.
  const runs: Array<typeof entries> = [];
  let run: typeof entries = [];
  for (const entry of entries) {
    if (entry.column === run.length) run.push(entry);
    else run = entry.column === 0 ? [entry] : [];
    if (run.length === 5) {
      runs.push(run);
      run = [];
    }
  }
  const named = runs.map((r) => [...new Set(r.flatMap((e) => (e.group ? [e.group] : [])))]);
  return groups.flatMap((def) => {
    const at = named.flatMap((names, k) => (names.length === 1 && names[0] === def.id ? [k] : []));
    if (at.length !== 1) return [];
    const placed = runs[at[0]!]!;
    return [{ def, row: { line: placed[0]!.row.line, labels: [], values: placed.map((e) => e.row.values[0]!), valueLines: placed.map((e) => e.row.line) } }];
  });
}

/**
 * A long table-四 row in text whose cells are one space apart (「行政复议 — 其他结果 1」, 「总计 15」): its words
 * and its number as cells, when the word before the number names an outcome; otherwise undefined.
 */
export function table4SpacedRow(text: string): Span[] | undefined {
  if (text.includes('\t')) return undefined;
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }));
  if (words.length < 2 || parseValue(words[words.length - 1]!.text).kind !== 'number') return undefined;
  return outcomeOf(words[words.length - 2]!.text) === undefined ? undefined : words;
}
