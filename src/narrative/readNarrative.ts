// The narrative stage in one call: the numbers of the prose, the lists they form, and the table cells they
// restate, each step given what it needs. The pipeline and the eval's narrative corpus both read through
// here, so that what is measured is what runs.

import type { Claim, ClaimLink, Enumeration } from '../model/types.ts';
import type { TemplateDef } from '../template/definition.ts';
import type { TextStream } from './textStream.ts';
import { readClaims } from './readClaims.ts';
import { readEnumerations } from './readEnumerations.ts';
import { linkClaims } from './linkClaims.ts';
import { linkParts } from './linkParts.ts';
import { totalsNamedBefore } from './totalsNamedBefore.ts';
import { withItemWords } from './respectively.ts';

export interface Narrative {
  claims: Claim[];
  enumerations: Enumeration[];
  links: ClaimLink[];
}

/** `year`: the report's year, when known, so that a figure of another year is not linked. */
export function readNarrative(template: TemplateDef, stream: TextStream, year?: number): Narrative {
  const claims = readClaims(stream);
  const enumerations = readEnumerations(stream.text, claims);
  const direct = linkClaims(template, totalsNamedBefore(stream.text, claims, enumerations), stream.text, year);
  // A part a 「分别」 pairs with an item (「结果维持、结果纠正分别为3件、1件」) names its row or column by that item.
  return { claims, enumerations, links: linkParts(template, withItemWords(stream.text, claims), enumerations, direct) };
}
