// Cuts a run of table digits that lost its cell borders (「640020470」) into a row's cells, and chooses
// among the readings of several rows at once by the table's own linear identities. A run has many
// readings; only those where every cell is a well-formed number survive, and a caller's check on the
// numbers (总计 = the six applicant columns) prunes them as they are built. Nothing here guesses: when
// several readings survive, all of them are returned and the caller decides what is still undecided.
// The helpers that find a row's label and run in the flattened line, and the bilingual explanations of
// what could not be settled, live here too, so that readers of other glued tables can share them.

import { DEFAULT_TABLE_SETTINGS } from '../settings.ts';
import type { Bilingual, Finding } from '../../model/types.ts';
import type { Span } from '../splitRowLine.ts';
import type { ColumnDef } from '../../template/definition.ts';

export type CellKind = ColumnDef['kind'];

/** A printed value never starts with 0 unless it is 0; only a signed column may carry a minus sign. */
const PATTERN: Record<CellKind, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/,
  signed: /^(?:0|-?[1-9]\d*)$/,
  amount: /^(?:0|[1-9]\d*)(?:\.\d+)?$/,
};

/** Steps tried before giving up on a run; far above what a real row needs. */
const LIMIT = DEFAULT_TABLE_SETTINGS.gluedRowSearchLimit;

// Labels and runs are found in the flattened line by the printed words, spaces allowed anywhere.

/** A label as a pattern that allows stray spaces between its characters (「本年度办 理结果」). */
export function wordPattern(word: string): string {
  return [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
}

/** The first place in [from, to) where one of the words is printed, spaces allowed between characters. */
export function find(text: string, words: string[], from: number, to: number): Span | undefined {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const match = matchFrom(new RegExp(sorted.map(wordPattern).join('|'), 'g'), text, from);
  return match && match.index + match[0].length <= to ? { text: match[0], start: match.index } : undefined;
}

/** The first match of `pattern` at or after `from` (a fresh global copy, so callers share no state). */
export function matchFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  const global = new RegExp(pattern.source, 'g');
  global.lastIndex = from;
  return global.exec(text);
}

/** The start of the last match that begins within `reach` characters before `before`. */
export function lastBefore(pattern: RegExp, text: string, before: number, reach: number): number | undefined {
  let found: number | undefined;
  for (let m = matchFrom(pattern, text, Math.max(0, before - reach)); m && m.index < before; m = matchFrom(pattern, text, m.index + 1)) found = m.index;
  return found;
}

/** The text without its surrounding spaces, with its start moved past the leading ones. */
export function trimmed(text: string, start: number): Span {
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), start: start + lead };
}

/** The whitespace-separated tokens of a run: a stray space is a cell border the page really had. */
export function tokensOf(run: Span): Span[] {
  return [...run.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: run.start + m.index }));
}

/**
 * Every way to cut the tokens into `kinds.length` cells, each cell inside one token and well formed for
 * its column. `accept` sees the numbers read so far after each cell and may reject the prefix. Returns
 * undefined when the readings are too many to list, so that the caller says so instead of choosing.
 */
export function splitDigitsRow(
  tokens: Span[],
  kinds: CellKind[],
  accept: (numbers: number[]) => boolean = () => true,
  limit = LIMIT,
): Span[][] | undefined {
  const out: Span[][] = [];
  const cells: Span[] = [];
  const numbers: number[] = [];
  const charsAfter = tokens.map((_, i) => tokens.slice(i).reduce((n, t) => n + t.text.length, 0));
  let steps = 0;
  const visit = (t: number, offset: number): boolean => {
    if (++steps > limit) return false;
    if (t === tokens.length) {
      if (cells.length === kinds.length) out.push([...cells]);
      return true;
    }
    const token = tokens[t]!;
    const kind = kinds[cells.length];
    const cellsLeft = kinds.length - cells.length;
    // Each remaining token needs a cell of its own, and no cell can be shorter than one character.
    if (!kind || cellsLeft < tokens.length - t || cellsLeft > charsAfter[t]! - offset) return true;
    for (let end = offset + 1; end <= token.text.length; end++) {
      const text = token.text.slice(offset, end);
      if (!PATTERN[kind].test(text)) continue;
      cells.push({ text, start: token.start + offset });
      numbers.push(Number(text));
      const ok = !accept(numbers) || (end === token.text.length ? visit(t + 1, 0) : visit(t, end));
      cells.pop();
      numbers.pop();
      if (!ok) return false;
    }
    return true;
  };
  return visit(0, 0) ? out : undefined;
}

/** `sign` × the number in `column` of `row`; an identity says its terms add up to zero. */
export interface Term {
  row: number;
  column: number;
  sign: 1 | -1;
}

export interface Identity {
  terms: Term[];
}

export interface Joint {
  /** For each row, the indexes of its options that some reading satisfying every identity uses. */
  possible: number[][];
  solutions: number;
  /** Too many combinations to try: `possible` then keeps every option. */
  gaveUp: boolean;
}

/**
 * Chooses one option per row so that every identity holds, and reports which options any such choice
 * uses. Rows are tried fewest options first, and an identity is checked as soon as its last row has an
 * option, so the usual table (most rows have one reading) costs next to nothing.
 */
export function solveJointly(options: number[][][], identities: Identity[], limit = DEFAULT_TABLE_SETTINGS.gluedJointSearchLimit): Joint {
  const all = options.map((list) => list.map((_, i) => i));
  const involved = [...new Set(identities.flatMap((id) => id.terms.map((t) => t.row)))];
  const order = involved.sort((a, b) => options[a]!.length - options[b]!.length || a - b);
  const depthOf = new Map(order.map((row, depth) => [row, depth]));
  const due = order.map((_, depth) =>
    identities.filter((id) => Math.max(...id.terms.map((t) => depthOf.get(t.row)!)) === depth),
  );
  const chosen = new Map<number, number>();
  const seen = new Map(order.map((row) => [row, new Set<number>()]));
  let solutions = 0;
  let steps = 0;
  const holds = (id: Identity) =>
    Math.abs(id.terms.reduce((s, t) => s + t.sign * options[t.row]![chosen.get(t.row)!]![t.column]!, 0)) < 1e-6;
  const visit = (depth: number): boolean => {
    if (++steps > limit) return false;
    if (depth === order.length) {
      solutions++;
      for (const [row, option] of chosen) seen.get(row)!.add(option);
      return true;
    }
    const row = order[depth]!;
    for (let option = 0; option < options[row]!.length; option++) {
      chosen.set(row, option);
      if (due[depth]!.every(holds) && !visit(depth + 1)) return false;
    }
    chosen.delete(row);
    return true;
  };
  if (!visit(0)) return { possible: all, solutions, gaveUp: true };
  if (solutions === 0) return { possible: all, solutions, gaveUp: false };
  const possible = all.map((list, row) => (seen.has(row) ? [...seen.get(row)!].sort((a, b) => a - b) : list));
  return { possible, solutions, gaveUp: false };
}

/**
 * The cells every listed reading agrees on (same digits at the same place), undefined where they differ:
 * a cell all readings share is known even when its neighbours are not.
 */
export function agreed(readings: Span[][], width: number): Array<Span | undefined> {
  return Array.from({ length: width }, (_, c) => {
    const first = readings[0]?.[c];
    const same = first && readings.every((r) => r[c]?.text === first.text && r[c]?.start === first.start);
    return same ? first : undefined;
  });
}

// What could not be settled is said in words, in both languages, naming the row as printed.

/** A row as the report prints it: its label and its glued run. */
export interface Printed {
  label: Span;
  run: Span;
}

const MAX_SHOWN = DEFAULT_TABLE_SETTINGS.gluedReadingsShown;

/**
 * The report's own numbers disagree whatever the split. `table`: the identities named are those a whole
 * table cannot satisfy together, and the cells left undecided are where the rules cannot check them.
 */
/** The id of a finding of reading: glued digits that no split makes consistent with the table's identities. */
export const GLUED_SUM = 'glued-sum';

export function gluedSum(zh: string, en: string, cells: string[], table?: Bilingual): Finding {
  const message = table
    ? {
        zh: `无论怎样拆分粘连的数字，${table.zh}的合计关系都不能全部成立：表中的数字本身不一致。读法不一的单元格无法逐项核对，涉及「${zh}」。`,
        en: `However the glued digits are split, the identities of ${table.en} cannot all hold: the table's own numbers disagree. The cells left undecided cannot be checked one by one; they are in “${en}”.`,
      }
    : {
        zh: `无论怎样拆分粘连的数字，「${zh}」都不能成立：表中的数字本身不一致。`,
        en: `However the glued digits are split, “${en}” cannot hold: the table's own numbers disagree.`,
      };
  return { rule: GLUED_SUM, severity: 'error', message, cells };
}

/** solved: every reading satisfies the identities; unsolved: none does; none: the table has no sums. */
export function ambiguous(row: Printed, kept: Span[][], why: 'solved' | 'unsolved' | 'none'): Bilingual {
  const list = kept.slice(0, MAX_SHOWN).map((r) => r.map((s) => s.text).join('|'));
  const more = kept.length > MAX_SHOWN ? { zh: ` 等 ${kept.length} 种`, en: ` and ${kept.length - MAX_SHOWN} more` } : { zh: '', en: '' };
  const reason = {
    solved: { zh: '每一种都与表内的全部合计关系相符', en: 'each satisfies every identity of the table' },
    unsolved: { zh: '表内的合计关系本身不成立，不能据以确定是哪一种', en: "the table's identities fail anyway and cannot decide between them" },
    none: { zh: '这张表没有可据以判断的合计关系', en: 'this table has no sums to decide by' },
  }[why];
  return {
    zh: `「${row.label.text}」的数字粘连为「${row.run.text}」，可读作 ${list.join('、')}${more.zh}；${reason.zh}，故不作猜测，读法不一的单元格按文字保留。`,
    en: `The values of “${row.label.text}” are glued together as “${row.run.text}”, which reads as ${list.join(' or ')}${more.en}; ${reason.en}, so none was chosen and the cells that differ are kept as text.`,
  };
}

/** Table 二 has no sums to decide by; for 规章/规范性文件 the reading with 现行有效件数 largest is the likely one. */
export function table2Notice(row: Printed, readings: Span[][] | undefined, columns: string[]): Bilingual {
  if (readings === undefined || readings.length === 0) return readings ? unreadable(row, columns.length) : tooMany(row);
  const base = ambiguous(row, readings, 'none');
  const likely = columns[columns.length - 1] === '现行有效件数' ? readings.filter((r) => r.every((s) => Number(s.text) <= Number(r[r.length - 1]!.text))) : [];
  if (likely.length === 0) return base;
  const list = likely.slice(0, MAX_SHOWN).map((r) => r.map((s) => s.text).join('|')).join('、');
  return { zh: `${base.zh}（现行有效件数最大的读法有 ${likely.length} 种：${list}。）`, en: `${base.en} (${likely.length} reading(s) have 现行有效件数 largest: ${list}.)` };
}

export function unreadable(row: Printed, width: number): Bilingual {
  return {
    zh: `「${row.label.text}」的数值「${row.run.text}」无法读成 ${width} 栏数字，按文字保留。`,
    en: `The values “${row.run.text}” of “${row.label.text}” cannot be read as ${width} cells; kept as text.`,
  };
}

export function tooMany(row: Printed): Bilingual {
  return { zh: `「${row.label.text}」的粘连数字「${row.run.text}」读法太多，未能逐一核对，按文字保留。`, en: `The glued digits “${row.run.text}” of “${row.label.text}” have too many readings to try; kept as text.` };
}

