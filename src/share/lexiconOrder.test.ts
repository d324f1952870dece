// Share links name a narrative link's lexicon entry by its index in the template's lexicon (payloadFormat.ts,
// LinkT). A link made before a change must still name the same rows when it is opened after it, so entries
// are only ever added at the end: every entry of the order recorded from the release before (test/fixtures/
// share/lexicon-order.json: "rows|words") is still at its index with the same rows. Its words may change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateFor } from '../template/registry.ts';

const recorded = JSON.parse(readFileSync(new URL('../../test/fixtures/share/lexicon-order.json', import.meta.url), 'utf8')) as Record<string, string[]>;

describe('lexicon order (share links)', () => {
  it.each(Object.keys(recorded))('%s: every recorded entry keeps its index and its rows; new ones come after', (id) => {
    const now = (templateFor(id).lexicon ?? []).map((e) => e.indicators.join('+'));
    const before = recorded[id]!.map((entry) => entry.split('|')[0]);
    expect(now.slice(0, before.length)).toEqual(before);
  });
});
