// pdf.js where nothing is drawn: the CLI in Node and the analysis worker read text, ruling lines and
// images, and never paint a glyph. pdf.js still hands each font it meets to the document to be loaded,
// and where it cannot load one (no document: Node, a worker) it builds every glyph's outline as a path
// instead, which was most of the cost of reading a table page's ruling lines. Given a document whose font
// set takes fonts and does nothing with them, and a FontFace that is loaded at once, it does neither.

class FontFaceNotDrawn {
  readonly loaded = Promise.resolve(this);
  constructor(readonly family: string) {}
}

/** The `ownerDocument` to give pdf.js's getDocument, with `disableFontFace: false`. */
export const DOCUMENT_WITHOUT_DRAWING = { fonts: { add() {}, delete() {} } } as unknown as Document;

/**
 * Makes pdf.js's font faces the ones that are never drawn. `replace`: also where the environment has a
 * FontFace of its own (a worker), which would parse every font for nothing; only for a thread that draws
 * no text.
 */
export function useFontFacesNotDrawn(replace: boolean): void {
  const scope = globalThis as { FontFace?: unknown };
  if (replace || scope.FontFace === undefined) scope.FontFace = FontFaceNotDrawn;
}
