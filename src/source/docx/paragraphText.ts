// The text of one Word paragraph (w:p) as HTML-escaped inline markup: what a reader sees in Word, with
// line breaks as <br>. Walked with a stack of its own, so runs nested in hyperlinks in revisions in
// content controls cost no call depth.
//
// Read: text (w:t) in runs, also inside hyperlinks, inserted or moved-in revisions (w:ins, w:moveTo),
// content controls (w:sdt), smart tags, custom XML and simple fields (their shown result); a tab is a
// space (the HTML reader collapses it to one anyway); w:br and w:cr are line breaks; a non-breaking
// hyphen is a hyphen; a w:sym character unless it is a symbol-font glyph in the private-use area.
// Skipped, because Word does not show them as the paragraph's text: hidden text (w:vanish,
// w:specVanish on the run), deleted and moved-away revisions (w:del, w:moveFrom, w:delText), field
// instructions (w:instrText: a field shows only its result), and the contents of drawings, pictures,
// embedded objects and text boxes (w:drawing, w:pict, w:object, mc:AlternateContent, w:txbxContent),
// equations (m:oMath), footnote, endnote and comment references. Hidden text set through a character
// style (w:rStyle) rather than on the run is not detected.

import { firstChild, isOn, textOf, type XmlElement, type XmlNode } from './xml.ts';

const SKIPPED = new Set([
  'w:pPr', 'w:rPr', 'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:drawing',
  'w:pict', 'w:object', 'mc:AlternateContent', 'w:txbxContent', 'w:footnoteReference',
  'w:endnoteReference', 'w:commentReference', 'w:fldData', 'w:ffData', 'w:sdtPr', 'w:sdtEndPr',
  'm:oMath', 'm:oMathPara', 'w:pPrChange', 'w:rPrChange', 'w:fldChar',
]);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

export function paragraphText(paragraph: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = paragraph.children.slice().reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string' || SKIPPED.has(node.name)) continue;
    switch (node.name) {
      case 'w:r':
        if (isHidden(node)) continue;
        break;
      case 'w:t':
        out += escapeHtml(textOf(node));
        continue;
      case 'w:tab':
      case 'w:ptab':
        out += ' ';
        continue;
      case 'w:br':
      case 'w:cr':
        out += '<br>';
        continue;
      case 'w:noBreakHyphen':
        out += '-';
        continue;
      case 'w:softHyphen':
        continue;
      case 'w:sym':
        out += symbol(node);
        continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

function isHidden(run: XmlElement): boolean {
  const rPr = firstChild(run, 'w:rPr');
  return isOn(firstChild(rPr, 'w:vanish')) || isOn(firstChild(rPr, 'w:specVanish'));
}

/** A w:sym's character, unless it is a glyph of a symbol font (Wingdings, Symbol), stored at U+F0xx. */
function symbol(sym: XmlElement): string {
  const code = Number.parseInt(sym.attrs['w:char'] ?? '', 16);
  if (!Number.isFinite(code) || code <= 0 || (code >= 0xe000 && code <= 0xf8ff) || code > 0x10ffff) return '';
  return escapeHtml(String.fromCodePoint(code));
}
