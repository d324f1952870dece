// Word's automatic numbering (word/numbering.xml), printed as text where Word prints it: at the start
// of the paragraph. A report's headings are very often numbered this way (「一、总体情况」, 「（三）不予公开」),
// and the template is recognised by those numbers, so losing them (as a converter that turns the list
// into <ol>/<li> does) loses the report's structure.
//
// The model, as Word runs it: a paragraph names a list instance (w:numId) and a level (w:ilvl); the
// instance points to an abstract list (w:abstractNum) whose levels give the start value (w:start), the
// format (w:numFmt) and the text to print (w:lvlText, 「%1、」, 「（%2）」, where %n is level n's counter).
// An instance may override a level's start (w:lvlOverride/w:startOverride) or the whole level. Counters
// are kept per abstract list, so two instances of one list without overrides continue each other's
// numbering, as in Word; an instance with a start override restarts its level when it is first used.
// When a level advances, the levels below it start again, unless a level's w:lvlRestart says otherwise.

import { formatNumber } from './numberFormats.ts';
import type { NumberingRef, Styles } from './styles.ts';
import { attrAt, childElements, firstChild, isOn, type XmlElement } from './xml.ts';

interface Level {
  start: number;
  format: string;
  text: string | undefined;
  /** 1-based level whose use restarts this one; 0 = never restarts; undefined = any higher level. */
  restart: number | undefined;
  legal: boolean;
  suffix: string;
}

interface AbstractList {
  levels: Map<number, Level>;
  /** A list defined by a numbering style: the style's own numbering is the real definition. */
  styleLink: string | undefined;
}

interface ListInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

const LEVELS = 9;
const MAX_LINKS = 5;

export class Numbering {
  readonly #abstracts = new Map<string, AbstractList>();
  readonly #instances = new Map<string, ListInstance>();
  readonly #counters = new Map<string, Array<number | undefined>>();
  readonly #used = new Set<string>();

  constructor(root: XmlElement | undefined, private readonly styles: Styles) {
    if (!root) return;
    for (const abstract of childElements(root, 'w:abstractNum')) {
      const id = abstract.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of childElements(abstract, 'w:lvl')) {
        const ilvl = Number.parseInt(lvl.attrs['w:ilvl'] ?? '', 10);
        if (ilvl >= 0 && ilvl < LEVELS) levels.set(ilvl, readLevel(lvl));
      }
      const styleLink = attrAt(abstract, ['w:numStyleLink'], 'w:val');
      this.#abstracts.set(id, { levels, styleLink });
    }
    for (const num of childElements(root, 'w:num')) {
      const id = num.attrs['w:numId'];
      const abstractId = attrAt(num, ['w:abstractNumId'], 'w:val');
      if (id === undefined || abstractId === undefined) continue;
      const instance: ListInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const override of childElements(num, 'w:lvlOverride')) {
        const ilvl = Number.parseInt(override.attrs['w:ilvl'] ?? '', 10);
        if (!(ilvl >= 0 && ilvl < LEVELS)) continue;
        const start = Number.parseInt(attrAt(override, ['w:startOverride'], 'w:val') ?? '', 10);
        if (Number.isFinite(start)) instance.startOverrides.set(ilvl, start);
        const lvl = firstChild(override, 'w:lvl');
        if (lvl) instance.levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.#instances.set(id, instance);
    }
  }

  /**
   * The text Word prints before a paragraph of this list and level (「三、」), counting the paragraph;
   * '' when the paragraph is not numbered (numId 0, an unknown list, a bullet, a level without text).
   */
  next(ref: NumberingRef): string {
    const instance = this.#instances.get(ref.numId);
    if (!instance) return '';
    const abstractId = this.#abstractId(instance.abstractId);
    const ilvl = Math.min(Math.max(ref.ilvl ?? 0, 0), LEVELS - 1);
    const levelOf = (n: number) => instance.levelOverrides.get(n) ?? this.#abstracts.get(abstractId)?.levels.get(n);
    const level = levelOf(ilvl);
    if (!level) return '';
    let counters = this.#counters.get(abstractId);
    if (!counters) this.#counters.set(abstractId, (counters = new Array<number | undefined>(LEVELS).fill(undefined)));
    const startOf = (n: number) => instance.startOverrides.get(n) ?? levelOf(n)?.start ?? 1;
    if (!this.#used.has(ref.numId)) {
      // A start override restarts its level the first time this instance is used.
      this.#used.add(ref.numId);
      for (const n of instance.startOverrides.keys()) counters[n] = undefined;
    }
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let lower = ilvl + 1; lower < LEVELS; lower++) {
      const restart = levelOf(lower)?.restart;
      if (restart === undefined ? true : restart !== 0 && ilvl + 1 <= restart) counters[lower] = undefined;
    }
    if (level.text === undefined || level.format === 'bullet') return '';
    const printed = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const n = Number(k) - 1;
      const value = counters[n] ?? startOf(n);
      const format = level.legal ? 'decimal' : (levelOf(n)?.format ?? 'decimal');
      return formatNumber(value, n > ilvl ? 'decimal' : format);
    });
    if (printed === '') return '';
    // Word puts a tab (or a space) after the number; where the number ends in a Chinese character or
    // full-width punctuation (「一、」, 「（三）」) that gap is only layout, and 「一、总体情况」 is how the
    // report reads, so the gap is written only after Latin text (「1.」 → 「1. 」).
    const gap = level.suffix === 'nothing' || /[\u2460-\u24ff\u2e80-\u9fff\uff00-\uffef]$/.test(printed) ? '' : ' ';
    return printed + gap;
  }

  /** An abstract list defined through a numbering style resolves to the list that style uses. */
  #abstractId(id: string): string {
    let current = id;
    for (let step = 0; step < MAX_LINKS; step++) {
      const link = this.#abstracts.get(current)?.styleLink;
      const numId = link === undefined ? undefined : this.styles.numberingOfStyle(link)?.numId;
      const next = numId === undefined ? undefined : this.#instances.get(numId)?.abstractId;
      if (next === undefined || next === current) return current;
      current = next;
    }
    return current;
  }
}

function readLevel(lvl: XmlElement): Level {
  const start = Number.parseInt(attrAt(lvl, ['w:start'], 'w:val') ?? '', 10);
  const restart = Number.parseInt(attrAt(lvl, ['w:lvlRestart'], 'w:val') ?? '', 10);
  return {
    start: Number.isFinite(start) ? start : 0,
    format: attrAt(lvl, ['w:numFmt'], 'w:val') ?? 'decimal',
    text: attrAt(lvl, ['w:lvlText'], 'w:val'),
    restart: Number.isFinite(restart) ? restart : undefined,
    legal: isOn(firstChild(lvl, 'w:isLgl')),
    suffix: attrAt(lvl, ['w:suff'], 'w:val') ?? 'tab',
  };
}
