// Scores the narrative stage against the labelled corpus (test/fixtures/narrative/, see its README): each
// sentence is read alone (with the sentence before it when the corpus gives one) under its template, and
// its quantities, links and relations are compared with the labels. Quantities are matched in reading
// order by value and measure word, so a reader that splits a sentence differently is still scored on
// what it found.

import type { NarrativeFindingsScore } from './narrativeFindings.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimLink, Enumeration } from '../src/model/types.ts';
import { normalizeLines } from '../src/source/normalize/normalizeLines.ts';
import { textStream } from '../src/narrative/textStream.ts';
import { readClaims } from '../src/narrative/readClaims.ts';
import { readNarrative } from '../src/narrative/readNarrative.ts';
import { childrenOf } from '../src/narrative/rowNamed.ts';
import { templateFor } from '../src/template/registry.ts';
import { narrativeRate } from '../src/check/rules/narrativeRate.ts';
import { runRule } from '../src/check/rule.ts';
import type { RuleContext } from '../src/check/context.ts';

export interface CorpusLink {
  indicator?: string;
  indicators?: string[];
  column?: number;
  sum?: boolean;
  or?: string[];
  scope?: string;
}
export interface CorpusQuantity {
  raw: string;
  value: number;
  unit: string;
  link?: CorpusLink | null;
}
export type CorpusRelation =
  | { kind: 'parts'; whole: number; parts: number[]; partition?: boolean; complete?: boolean }
  | { kind: 'share'; part: number; whole: number; percent: number }
  | { kind: 'rate'; numerator: number; denominator: number; rate: number };
export interface CorpusSentence {
  id: string;
  text: string;
  before?: string;
  template?: string;
  quantities: CorpusQuantity[];
  relations: CorpusRelation[];
  classes?: string[];
  note?: string;
  /** The sentence's numbers contradict each other on purpose (a planted inconsistency a check must flag). */
  contradiction?: boolean;
}
export interface CorpusFile {
  report: string;
  source: string;
  template?: string;
  provenance: string;
  sentences: CorpusSentence[];
}

export interface Tally {
  right: number;
  /** Produced but wrong or not in the labels. */
  extra: number;
  /** Labelled but not produced (or produced wrong). */
  missed: number;
}
export interface NarrativeCorpusScore {
  files: number;
  sentences: number;
  quantities: Tally;
  links: Tally;
  /** Links right in indicator and column whose scope (narrower, includes carried-over) also agrees. */
  scopesRight: number;
  relations: Tally;
  /** Of the parts relations found, those whose partition / overlap reading agrees (two parts or more). */
  partitionRight: number;
  partitionJudged: number;
  /** Per class of wording: links and relations right / labelled. */
  classes: Record<string, { right: number; labelled: number }>;
  wrong: Array<{ sentence: string; what: string }>;
  /** What the checks flag on each sentence analysed alone (held-out sets: narrativeFindings.ts). */
  findings?: NarrativeFindingsScore;
}

const tally = (): Tally => ({ right: 0, extra: 0, missed: 0 });
const UNIT_ALIKE = [['人次', '人'], ['批次', '批'], ['件次', '件']];
const sameUnit = (label: string, read: string) => label === read || read === '' || UNIT_ALIKE.some((g) => g.includes(label) && g.includes(read));

export function loadCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as CorpusFile);
}

interface Read {
  claims: Claim[];
  links: ClaimLink[];
  enumerations: Enumeration[];
  rates: Array<[rate: number, numerator: number, denominator: number]>;
  /** Index of the sentence's first claim (claims before it belong to `before`). */
  first: number;
}

function readSentence(sentence: CorpusSentence, templateId: string): Read {
  const template = templateFor(templateId);
  const first = sentence.before ? readClaims(textStream(normalizeLines(sentence.before))).length : 0;
  const { claims, enumerations, links } = readNarrative(template, textStream(normalizeLines(sentence.before ? `${sentence.before}${sentence.text}` : sentence.text)));
  const at = new Map(claims.map((c, i) => [JSON.stringify(c.pos), i]));
  const rates = runRule(narrativeRate, { claims } as RuleContext).map((f) => {
    const [r, n, d] = (f.spans ?? []).map((s) => at.get(JSON.stringify(s)) ?? -1);
    return [r!, n!, d!] as [number, number, number];
  });
  return { claims, links, enumerations, rates, first };
}

/** Labelled quantity index → claim index, matched in order by value and unit. */
function matchQuantities(labels: CorpusQuantity[], claims: Claim[], first: number): Map<number, number> {
  const match = new Map<number, number>();
  let from = first;
  labels.forEach((q, i) => {
    for (let c = from; c < claims.length; c++) {
      if (claims[c]!.value === q.value && sameUnit(q.unit, claims[c]!.unit)) {
        match.set(i, c);
        from = c + 1;
        return;
      }
    }
  });
  return match;
}

/**
 * Rows of a template that print the same figure, so that a sentence restating it restates any of them
 * (README: in the 2008 template 主动公开政府信息 may be 一(一), 一(二) or the section row 一, and 收到申请 三(一)
 * or 三; such links carry 「or」). A label that names one of them and leaves the 「or」 out means the same.
 */
const SAME_FIGURE: Record<string, string[][]> = {
  'national-2008': [['一(一)', '一(二)', '一'], ['三(一)', '三']],
};

/** A label naming a group heading (2021's 三.三(四)) means the sum of its rows, as the linker gives it. */
function canonical(given: CorpusLink, templateId: string): CorpusLink {
  const same = given.indicator && !given.or ? SAME_FIGURE[templateId]?.find((rows) => rows.includes(given.indicator!)) : undefined;
  const label = same ? { ...given, or: same.filter((id) => id !== given.indicator) } : given;
  const template = templateFor(templateId);
  if (!label.indicator || !template.indicators.find((d) => d.id === label.indicator)?.group) return label;
  const children = childrenOf(template, label.indicator);
  return children.length ? { ...label, indicator: undefined, indicators: children, sum: true } : label;
}

/**
 * A label of a row 「including the carried-over requests」 (受理 = 新收 + 结转) and a link to the exact sum
 * of that pair say the same: the sum is the reading the label's scope stands for, made exact by the
 * sentence listing both parts.
 */
function carriedOverSum(label: CorpusLink, link: ClaimLink, templateId: string): boolean {
  if (label.scope !== 'includes-carried-over' || !label.indicator || !link.sum) return false;
  const pair = templateFor(templateId).lexicon?.find((e) => e.orSum?.[0] === label.indicator)?.orSum;
  return !!pair && pair.length === link.indicators.length && pair.every((id) => link.indicators.includes(id)) && (link.column ?? 0) === (label.column ?? 0);
}

function linkRight(label: CorpusLink, link: ClaimLink, templateId: string): boolean {
  if (carriedOverSum(label, link, templateId)) return true;
  const want = label.indicators ?? [label.indicator!, ...(label.or ?? [])];
  const column = (link.column ?? 0) === (label.column ?? 0);
  // 「or」 names other rows that hold the same number: a link to one of them alone is right too.
  if (!link.sum && link.indicators.length === 1 && (label.or ?? []).includes(link.indicators[0]!)) return column;
  if (label.sum || label.indicators) return !!link.sum && column && want.length === link.indicators.length && want.every((id) => link.indicators.includes(id));
  return !link.sum && column && link.indicators.every((id) => want.includes(id));
}

function scopeRight(label: CorpusLink, link: ClaimLink, templateId: string): boolean {
  if (label.scope === 'narrower') return !!link.narrower;
  if (label.scope === 'includes-carried-over') return !!link.orSum || carriedOverSum(label, link, templateId);
  return !link.narrower;
}

export function scoreCorpus(files: CorpusFile[]): NarrativeCorpusScore {
  const score: NarrativeCorpusScore = {
    files: files.length, sentences: 0, quantities: tally(), links: tally(), scopesRight: 0, relations: tally(), partitionRight: 0, partitionJudged: 0, classes: {}, wrong: [],
  };
  const klass = (sentence: CorpusSentence, right: boolean) => {
    for (const c of sentence.classes ?? []) {
      const t = (score.classes[c] ??= { right: 0, labelled: 0 });
      t.labelled++;
      if (right) t.right++;
    }
  };
  for (const file of files) {
    for (const sentence of file.sentences) {
      score.sentences++;
      const read = readSentence(sentence, sentence.template ?? file.template ?? 'none');
      const wrong = (what: string) => score.wrong.push({ sentence: sentence.id, what });
      const match = matchQuantities(sentence.quantities, read.claims, read.first);
      const matched = new Set(match.values());
      score.quantities.right += match.size;
      score.quantities.missed += sentence.quantities.length - match.size;
      for (let c = read.first; c < read.claims.length; c++) {
        if (matched.has(c)) continue;
        score.quantities.extra++;
        wrong(`read a quantity the labels do not have: ${read.claims[c]!.raw}`);
        if (read.links.some((l) => l.claim === c)) score.links.extra++;
      }
      sentence.quantities.forEach((q, i) => {
        const c = match.get(i);
        if (c === undefined) wrong(`did not read ${q.raw}`);
        const link = c === undefined ? undefined : read.links.find((l) => l.claim === c);
        if (!q.link) {
          if (link) {
            score.links.extra++;
            wrong(`linked ${q.raw} to ${link.indicators.join('+')}@${link.column ?? 0}, labelled unlinked`);
          }
          return;
        }
        const templateId = sentence.template ?? file.template ?? 'none';
        const right = !!link && linkRight(canonical(q.link, templateId), link, templateId);
        klass(sentence, right);
        if (right) {
          score.links.right++;
          if (scopeRight(q.link, link!, templateId)) score.scopesRight++;
          return;
        }
        score.links.missed++;
        if (link) {
          score.links.extra++;
          wrong(`linked ${q.raw} to ${link.indicators.join('+')}@${link.column ?? 0}, labelled ${JSON.stringify(q.link)}`);
        } else wrong(`did not link ${q.raw}, labelled ${JSON.stringify(q.link)}`);
      });
      scoreRelations(sentence, read, match, score, klass, wrong);
    }
  }
  return score;
}

function scoreRelations(
  sentence: CorpusSentence,
  read: Read,
  match: Map<number, number>,
  score: NarrativeCorpusScore,
  klass: (s: CorpusSentence, right: boolean) => void,
  wrong: (what: string) => void,
): void {
  const c = (i: number) => match.get(i) ?? -1;
  const inSentence = (i: number) => i >= read.first;
  const produced = new Set<string>();
  for (const e of read.enumerations) {
    // The labels relate quantities of their own sentence only: a whole in the sentence before is not theirs.
    if (!inSentence(e.whole)) continue;
    // A part and its share of a whole (「30件，占…41件的73.2%」) is labelled as the share alone.
    const shareOnly = e.subset && e.parts.length === 1 && (e.shares?.length ?? 0) > 0 && !e.complete;
    if (!shareOnly) produced.add(`parts ${e.whole} ${[...e.parts].sort((a, b) => a - b).join(',')}`);
    for (const s of e.shares ?? []) produced.add(`share ${s.part} ${e.whole} ${s.percent}`);
  }
  for (const [r, n, d] of read.rates) if (inSentence(r)) produced.add(`rate ${n} ${d} ${r}`);
  const found = new Set<string>();
  for (const rel of sentence.relations) {
    const key =
      rel.kind === 'parts'
        ? `parts ${c(rel.whole)} ${rel.parts.map(c).sort((a, b) => a - b).join(',')}`
        : rel.kind === 'share'
          ? `share ${c(rel.part)} ${c(rel.whole)} ${c(rel.percent)}`
          : `rate ${c(rel.numerator)} ${c(rel.denominator)} ${c(rel.rate)}`;
    const right = produced.has(key);
    klass(sentence, right);
    if (!right) {
      score.relations.missed++;
      wrong(`did not find ${rel.kind} ${JSON.stringify(rel)}`);
      continue;
    }
    found.add(key);
    score.relations.right++;
    if (rel.kind === 'parts' && rel.parts.length >= 2 && rel.partition !== undefined) {
      const parts = rel.parts.map(c).sort((a, b) => a - b).join(',');
      const e = read.enumerations.find((x) => x.whole === c(rel.whole) && [...x.parts].sort((a, b) => a - b).join(',') === parts);
      score.partitionJudged++;
      if (e && !e.subset === rel.partition) score.partitionRight++;
      else wrong(`read ${JSON.stringify(rel)} as ${rel.partition ? 'overlapping' : 'a partition'}`);
    }
  }
  for (const key of produced) {
    if (found.has(key)) continue;
    score.relations.extra++;
    wrong(`found a relation the labels do not have: ${key}`);
  }
}
