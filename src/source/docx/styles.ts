// Paragraph styles (word/styles.xml), for the two things a style can give a paragraph that the analysis
// needs: whether it is a heading (and of which level), and automatic numbering (a heading style often
// carries the list that prints 「一、」 before each heading). A style inherits from the style it is
// based on; the chain is followed a bounded number of steps, so a cycle in a crafted file ends.

import { attrAt, childElements, firstChild, type XmlElement } from './xml.ts';

export interface NumberingRef {
  numId: string;
  /** The list level, when the paragraph or style names one. */
  ilvl?: number;
}

interface StyleDef {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: NumberingRef;
}

const MAX_INHERITANCE = 20;

export class Styles {
  readonly #styles = new Map<string, StyleDef>();
  /** Numbering styles (w:type="numbering"): a list defined once and linked from numbering.xml. */
  readonly #numberingStyles = new Map<string, NumberingRef>();
  readonly defaultParagraph: string | undefined;

  constructor(root: XmlElement | undefined) {
    let fallback: string | undefined;
    for (const style of root ? childElements(root, 'w:style') : []) {
      const id = style.attrs['w:styleId'];
      const type = style.attrs['w:type'] ?? 'paragraph';
      const pPr = firstChild(style, 'w:pPr');
      if (id !== undefined && type === 'numbering') {
        const numbering = numberingOf(pPr);
        if (numbering) this.#numberingStyles.set(id, numbering);
      }
      if (id === undefined || type !== 'paragraph') continue;
      const outline = Number.parseInt(attrAt(pPr, ['w:outlineLvl'], 'w:val') ?? '', 10);
      this.#styles.set(id, {
        name: attrAt(style, ['w:name'], 'w:val') ?? id,
        basedOn: attrAt(style, ['w:basedOn'], 'w:val'),
        outlineLevel: Number.isFinite(outline) ? outline : undefined,
        numbering: numberingOf(pPr),
      });
      if (style.attrs['w:default'] === '1' || style.attrs['w:default'] === 'true') fallback = id;
    }
    this.defaultParagraph = fallback;
  }

  /**
   * The heading level 1–9 a style gives, or undefined for body text. By name first (「heading 2」,
   * 「标题 2」, 「Title」, as Word and WPS name them in any language they were saved in), then by the
   * outline level the style or one it is based on sets.
   */
  headingLevel(styleId: string | undefined): number | undefined {
    for (const style of this.#chain(styleId)) {
      const byName = headingByName(style.name);
      if (byName !== undefined) return byName;
      if (style.outlineLevel !== undefined) return style.outlineLevel <= 8 ? style.outlineLevel + 1 : undefined;
    }
    return styleId === undefined ? undefined : headingByName(styleId);
  }

  /** The numbering a style gives, inherited along its chain; the nearest style that sets one wins. */
  numbering(styleId: string | undefined): NumberingRef | undefined {
    for (const style of this.#chain(styleId)) if (style.numbering) return style.numbering;
    return undefined;
  }

  numberingOfStyle(styleId: string): NumberingRef | undefined {
    return this.#numberingStyles.get(styleId);
  }

  *#chain(styleId: string | undefined): Generator<StyleDef> {
    let id = styleId ?? this.defaultParagraph;
    for (let step = 0; id !== undefined && step < MAX_INHERITANCE; step++) {
      const style = this.#styles.get(id);
      if (!style) return;
      yield style;
      id = style.basedOn;
    }
  }
}

function headingByName(name: string): number | undefined {
  const compact = name.replace(/\s+/g, '').toLowerCase();
  if (compact === 'title' || compact === '标题') return 1;
  const m = /^(?:heading|标题)([1-9])$/.exec(compact);
  return m ? Number(m[1]) : undefined;
}

/** A w:numPr inside a paragraph's or a style's properties. */
export function numberingOf(pPr: XmlElement | undefined): NumberingRef | undefined {
  const numPr = firstChild(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = attrAt(numPr, ['w:numId'], 'w:val');
  const ilvl = Number.parseInt(attrAt(numPr, ['w:ilvl'], 'w:val') ?? '', 10);
  // A numPr with only a level (numbering kept from the style, at another level) keeps numId undefined
  // here; the caller fills it from the style.
  return { numId: numId ?? '', ...(Number.isFinite(ilvl) ? { ilvl } : {}) };
}
