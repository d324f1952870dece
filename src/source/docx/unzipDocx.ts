// Takes the parts the reader needs out of a .docx (a zip): the document, its styles and numbering, and
// the core properties (for the title). Nothing else is inflated, so images and embedded files cost
// nothing. Each part's declared size is checked before it is inflated (fflate writes into a buffer of
// exactly the declared size, so a part that lies about its size is cut short, never grown): a zip bomb
// is refused with the cap it passed, not unpacked.

import { unzipSync } from 'fflate';
import type { Bilingual } from '../../model/types.ts';
import { docxPartTooLarge, INPUT_LIMITS } from '../limits.ts';
import { DOCX_MESSAGES } from './messages.ts';

export const DOCUMENT_PART = 'word/document.xml';
const WANTED = new Set([DOCUMENT_PART, 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']);

export type DocxParts = Partial<Record<string, Uint8Array>>;

export function unzipDocx(bytes: Uint8Array): { ok: true; parts: DocxParts } | { ok: false; reason: Bilingual } {
  let refused: Bilingual | undefined;
  let sawDocument = false;
  let parts: DocxParts;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => {
        if (!WANTED.has(entry.name) || refused) return false;
        if (entry.name === DOCUMENT_PART) sawDocument = true;
        const limit = entry.name === DOCUMENT_PART ? INPUT_LIMITS.docxXmlBytes : INPUT_LIMITS.docxPartBytes;
        if (entry.originalSize > limit) {
          refused = docxPartTooLarge(entry.name, entry.originalSize, limit);
          return false;
        }
        return true;
      },
    });
  } catch {
    // fflate throws on a zip without its central directory (a download cut short), on a damaged
    // compressed stream and on a compression method it does not know.
    return { ok: false, reason: refused ?? DOCX_MESSAGES.damaged };
  }
  if (refused) return { ok: false, reason: refused };
  if (!sawDocument || !parts[DOCUMENT_PART]) return { ok: false, reason: DOCX_MESSAGES.noDocument };
  return { ok: true, parts };
}

/** A part's XML as text: UTF-8, or UTF-16 when it starts with that byte-order mark. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
