// Mutation testing on a plain-text form: change one number of the report, analyse again, and see whether
// a new finding points at the change. Table mutations change one cell's value; narrative mutations change
// a number of the prose that is linked to a table indicator.

import type { Analysis, Finding, SourcePos } from '../src/model/types.ts';
import { isAlarm } from './score.ts';
import type { KeyCell } from './keyTypes.ts';

export type Analyze = (text: string) => Promise<Analysis>;

export interface MutationResult {
  target: string;
  from: string;
  to: string;
  /** A new finding of severity error or warning names the changed cell (or covers the changed claim). */
  detected: boolean;
  /** Detected, and every new finding is about the change. */
  clean: boolean;
  /** Number of new error/warning findings of any kind. */
  newFindings: number;
  /** Why the change could not be made in the text (the cell was not read as a number where it is printed). */
  notMade?: string;
}

/** A small deterministic PRNG (mulberry32), seeded from a string, so every run draws the same sample. */
export function prng(seedText: string): () => number {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGIT = /[0-9０-９]/;
const digitsOf = (s: string): string => [...s].filter((ch) => DIGIT.test(ch)).map((ch) => String.fromCharCode(ch.charCodeAt(0) >= 0xff10 ? ch.charCodeAt(0) - 0xff10 + 48 : ch.charCodeAt(0))).join('');

/**
 * Another number with as many digits as `digits` (no leading zero unless it is one digit long), and none of
 * `avoid` (a narrative number changed into the very value of its table cell would agree with it).
 */
function otherDigits(digits: string, random: () => number, avoid: ReadonlySet<string> = new Set()): string {
  for (let tries = 0; ; tries++) {
    let out = '';
    for (let i = 0; i < digits.length; i++) {
      const low = i === 0 && digits.length > 1 ? 1 : 0;
      out += String(low + Math.floor(random() * (10 - low)));
    }
    if (out !== digits && (!avoid.has(out) || tries > 50)) return out;
  }
}

/** `digits` written in the shape of `raw` (its decimal point, separators and units kept). */
function shapedLike(raw: string, digits: string): string {
  let i = 0;
  return [...raw].map((ch) => (DIGIT.test(ch) ? (digits[i++] ?? '') : ch)).join('');
}

/**
 * Replaces the digits at `pos` in the text. The text there must hold the digits of `raw`, possibly
 * repeated (a fake-bold source prints every run several times); the replacement is repeated alike.
 * Returns undefined when the text at `pos` does not hold them.
 */
function replaceAt(lines: string[], pos: SourcePos, raw: string, digits: string): string[] | undefined {
  const line = lines[pos.line - 1];
  if (line === undefined) return undefined;
  const start = pos.col - 1;
  const here = line.slice(start, start + pos.length);
  const want = digitsOf(raw);
  const have = digitsOf(here);
  if (want === '' || have.length % want.length !== 0 || have !== want.repeat(have.length / want.length)) return undefined;
  const replacement = digits.repeat(have.length / want.length);
  let i = 0;
  const changed = [...here].map((ch) => (DIGIT.test(ch) ? replacement[i++] : ch)).join('');
  const out = lines.slice();
  out[pos.line - 1] = line.slice(0, start) + changed + line.slice(start + pos.length);
  return out;
}

const signature = (f: Finding): string => `${f.rule}|${f.stated}|${f.computed}|${f.cells.join(',')}`;

function newAlarms(base: Analysis, after: Analysis): Finding[] {
  const before = new Set(base.findings.filter(isAlarm).map(signature));
  return after.findings.filter((f) => isAlarm(f) && !before.has(signature(f)));
}

const covers = (span: SourcePos, pos: SourcePos): boolean =>
  span.line === pos.line && span.col <= pos.col && span.col + span.length >= pos.col + pos.length;

/**
 * Table mutations: `count` single-cell changes, drawn with a PRNG seeded by `seed` from the key's number
 * cells that some check of the template covers (not from what the analysis read, so the sample stays the
 * same when a reader changes). A cell no identity or narrative claim involves (a table-二 count, a row
 * with no total) can change without any finding: such cells are counted apart (`uncovered`), not drawn.
 * A drawn cell the analysis did not read as a number at a position holding its digits cannot be changed
 * in the text; it counts as made and not detected, with the reason.
 */
export async function mutateCells(text: string, base: Analysis, keyCells: KeyCell[], analyze: Analyze, seed: string, count: number): Promise<MutationResult[]> {
  const lines = text.split(/\r\n|\r|\n/);
  // The cells a check covers: those any finding of the unchanged report names, whatever its severity
  // (a consistent identity is an info finding naming all its cells).
  const covered = new Set(base.findings.flatMap((f) => f.cells));
  const numbers = keyCells.filter((c) => c.value !== undefined && covered.has(`${c.indicator}@${c.column}`));
  if (numbers.length === 0) return [];
  const byRef = new Map(base.cells.map((c) => [c.ref, c]));
  const random = prng(seed);
  const results: MutationResult[] = [];
  for (let n = 0; n < count; n++) {
    const key = numbers[Math.floor(random() * numbers.length)] as KeyCell;
    const ref = `${key.indicator}@${key.column}`;
    const cell = byRef.get(ref);
    const raw = cell?.value.kind === 'number' ? cell.value.raw : String(key.value);
    const to = otherDigits(digitsOf(raw), random);
    const mutated = cell?.value.kind === 'number' ? replaceAt(lines, cell.pos, raw, to) : undefined;
    if (!mutated) {
      results.push({ target: ref, from: raw, to: shapedLike(raw, to), detected: false, clean: false, newFindings: 0, notMade: cell ? `read as ${cell.value.kind} “${cell.value.raw}”` : 'not read' });
      continue;
    }
    const fresh = newAlarms(base, await analyze(mutated.join('\n')));
    const naming = fresh.filter((f) => f.cells.includes(ref));
    results.push({
      target: ref,
      from: raw,
      to: shapedLike(raw, to),
      detected: naming.length > 0,
      clean: naming.length > 0 && naming.length === fresh.length,
      newFindings: fresh.length,
    });
  }
  return results;
}

/**
 * Narrative mutations: every claim linked to a table indicator (except claims about a narrower body,
 * which are rightly reported only as a difference of scope) is changed once.
 */
export async function mutateClaims(text: string, base: Analysis, analyze: Analyze, seed: string): Promise<MutationResult[]> {
  const lines = text.split(/\r\n|\r|\n/);
  const random = prng(`${seed}:claims`);
  // A link whose cells were not read as numbers (a glued row left as text) cannot be checked, so a change
  // to its claim cannot be seen: such claims are not drawn.
  const numbers = new Set(base.cells.filter((c) => c.value.kind === 'number').map((c) => c.ref));
  const links = base.links.filter((l) => !l.narrower && l.indicators.some((id) => numbers.has(`${id}@${l.column ?? 0}`)));
  const claimIndices = [...new Set(links.map((l) => l.claim))].sort((a, b) => a - b);
  const results: MutationResult[] = [];
  for (const index of claimIndices) {
    const claim = base.claims[index];
    if (!claim) continue;
    const digits = digitsOf(claim.raw);
    if (digits === '') continue;
    const linked = new Set(links.filter((l) => l.claim === index).flatMap((l) => l.indicators));
    const avoid = new Set(base.cells.filter((c) => linked.has(c.indicator) && c.value.kind === 'number').map((c) => digitsOf(c.value.raw)));
    const to = otherDigits(digits, random, avoid);
    const mutated = replaceAt(lines, claim.pos, claim.raw, to);
    if (!mutated) continue;
    const fresh = newAlarms(base, await analyze(mutated.join('\n')));
    const naming = fresh.filter((f) => (f.spans ?? []).some((s) => covers(s, claim.pos)));
    results.push({
      target: `claim ${claim.raw} (${claim.subject.slice(-12)}) line ${claim.pos.line}`,
      from: claim.raw,
      to: shapedLike(claim.raw, to),
      detected: naming.length > 0,
      clean: naming.length > 0 && naming.length === fresh.length,
      newFindings: fresh.length,
    });
  }
  return results;
}
