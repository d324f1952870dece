// Finds a whole and its listed parts in the prose: 「申请办结464件，…，其中属于已主动公开范围数为186件、
// 同意公开答复数252件…」. The parts are the numbers after 「其中」 with the unit of the first of them, up
// to the end of the sentence (or the next 「其中」); the whole is the nearest number before 「其中」 with
// that unit, in the same sentence or, when 「其中」 opens a sentence, in the one before.

import type { Claim, Enumeration } from '../model/types.ts';

const SENTENCE_END = /[。！？!?]/;

/** 「在…主动公开的2026条政府信息中，A 161条…」: a whole followed by 「…中，」 opens a list too. */
const WHOLE_THEN_IN = /(\d+(?:\.\d+)?)\s*([条件个项])[^，,。；;：:\d]{0,14}中[，,：:]/g;

export function readEnumerations(text: string, claims: Claim[]): Enumeration[] {
  const openers: Array<{ at: number; length: number; whole?: Claim }> = [...text.matchAll(/其中/g)].map((m) => ({ at: m.index, length: 2 }));
  for (const m of text.matchAll(WHOLE_THEN_IN)) {
    const whole = claims.find((c) => c.offset === m.index);
    if (whole) openers.push({ at: m.index + m[0].length - 1, length: 1, whole });
  }
  openers.sort((a, b) => a.at - b.at);
  const enumerations: Enumeration[] = [];
  for (const opener of openers) {
    const at = opener.at;
    const end = endOfList(text, at + opener.length);
    // Numbers in brackets break down the part before them (「28条（包括撤销的10条和…18条）」), not the whole.
    const inList = claims.filter((c) => c.offset > at && c.offset < end && c.unit !== '%' && depth(text, at, c.offset) === 0);
    const unit = inList.find((c) => c.unit !== '')?.unit;
    if (!unit) continue;
    // A number printed without its unit (「不予公开信息数1402。」) in the list is still one of its parts.
    const parts = inList.filter((c) => c.unit === unit || c.unit === '');
    const sentenceStart = startOfSentence(text, at);
    // 「其中」 at the start of a sentence refers to the sentence before it.
    const opensSentence = text.slice(sentenceStart, at).replace(/[\s，,]/g, '') === '';
    const reach = opensSentence ? startOfSentence(text, Math.max(0, sentenceStart - 1)) : sentenceStart;
    const before = claims.filter((c) => c.offset >= reach && c.offset < at && c.unit === unit);
    if (parts.length === 0 || parts[0]!.unit === '') continue;
    const whole = opener.whole ?? before[before.length - 1];
    if (!whole || whole.unit !== unit || parts.length === 0) continue;
    // Whether the list calls itself partial is said within it or right after its last part (「…20件等」),
    // not in whatever the sentence goes on to say.
    const last = parts[parts.length - 1]!;
    // A heading just before the sentence (「（二）主动公开政府信息的主要类别」) can say so too.
    const listText = text.slice(Math.max(0, sentenceStart - 24), sentenceStart) + text.slice(at, Math.min(end, last.offset + last.raw.length + 4));
    // A percentage printed after a part and before the next one is that part's share of the whole.
    const percents = claims.filter((c) => c.offset > at && c.offset < end && c.unit === '%');
    const shares = parts.flatMap((part, i) => {
      const next = parts[i + 1]?.offset ?? end;
      const percent = percents.find((p) => p.offset > part.offset && p.offset < next);
      return percent ? [{ part: claims.indexOf(part), percent: claims.indexOf(percent) }] : [];
    });
    enumerations.push({
      whole: claims.indexOf(whole),
      parts: parts.map((p) => claims.indexOf(p)),
      complete: !/主要|等[方面类项]|包括但不限于|部分/.test(listText),
      ...(shares.length ? { shares } : {}),
    });
  }
  return enumerations;
}

function depth(text: string, from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '（' || text[i] === '(') d++;
    else if ((text[i] === '）' || text[i] === ')') && d > 0) d--;
  }
  return d;
}

/**
 * A list runs to the end of its sentence, or to the next 「其中」, or to a semicolon after which the prose
 * turns to another whole: 「…；对依申请公开的答复总数21条，其中…」, 「…；因政府信息公开引起的行政复议…」.
 */
const NEW_TOPIC = /^\s*(因|另|此外|同时|对|全年|全区|全市|全县)|^[^，,。；;]*(总数|合计|总计|复议|诉讼)/;

function endOfList(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (SENTENCE_END.test(text[i]!) || text.startsWith('其中', i)) return i;
    if ((text[i] === '；' || text[i] === ';') && NEW_TOPIC.test(text.slice(i + 1, i + 40))) return i;
  }
  return text.length;
}

function startOfSentence(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1]!)) i--;
  return i;
}
