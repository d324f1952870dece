// Shapes OCR cannot tell apart, settled by where they stand. The numeral 一 and a dash are one stroke
// each: in a heading's bracket, 「（—）」 is always the first item, 「（一）」, since reports never number a
// heading with a dash. A heading's numeral is followed by the enumeration comma 、, which small print
// makes look like a comma or a full stop: 「七，」 at the start of a run is 「七、」. Nothing else is changed:
// a dash elsewhere (a blank cell's 「—」) stays a dash, a comma inside a sentence stays a comma.

const DASH_IN_BRACKETS = /([(（])\s*[—－\-─一]\s*([)）])/g;
const HEADING_NUMERAL = /^([一二三四五六七八九十]{1,3})\s*[,，.．]\s*(?=[\u4e00-\u9fff])/;

/**
 * In a table's label cell, a numeral directly followed by the label's words is the row's numbering whose
 * small, low 「、」 the recogniser dropped (「六被举报投诉数量」): the 、 is put back. Words that begin with a
 * numeral (「一是」「一律」「一般」) are not numbering and are left.
 */
const BARE_NUMBERING = /^([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fff])(?![一二三四五六七八九十是律般些致直起定次样切共同类级批])/;

export function settleOcrShapes(text: string, inTable = false): string {
  const settled = text.replace(DASH_IN_BRACKETS, '$1一$2').replace(HEADING_NUMERAL, '$1、');
  return inTable ? settled.replace(BARE_NUMBERING, '$1、') : settled;
}
