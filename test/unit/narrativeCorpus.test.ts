// The labelled narrative corpus (test/fixtures/narrative/, see its README) is the truth `npm run eval`
// scores the narrative stage against: every file must follow its shape, or the scores mean nothing.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusLink } from '../../eval/narrativeCorpus.ts';
import { isTemplateId, templateFor } from '../../src/template/registry.ts';

const root = join(import.meta.dirname, '..', '..');
const labelled = loadCorpus(join(root, 'test', 'fixtures', 'narrative'));
const corpus = [...labelled, ...loadCorpus(join(root, 'test', 'fixtures', 'narrative-holdout'))];

describe('the labelled narrative corpus', () => {
  it('holds at least 200 sentences with quantities, from the fixture reports and the classes file', () => {
    const withQuantities = labelled.flatMap((f) => f.sentences).filter((s) => s.quantities.length > 0);
    expect(withQuantities.length).toBeGreaterThanOrEqual(200);
    expect(labelled.map((f) => f.report)).toContain('classes');
  });

  for (const file of corpus) {
    it(`${file.report}: sentences come from their source, and labels name what exists`, () => {
      // Sentences written for the corpus (classes, the held-out sets) have no source file.
      const source = file.sentences.some((s) => s.template) ? undefined : readFileSync(join(root, file.source), 'utf8');
      // PDF text is copied with wrapped lines joined (see the files' provenance).
      const joined = source?.replace(/[ \t]*\r?\n[ \t]*/g, '');
      const ids = new Set<string>();
      for (const s of file.sentences) {
        expect(ids.has(s.id), `${s.id} is unique`).toBe(false);
        ids.add(s.id);
        if (source !== undefined) expect(source.includes(s.text) || joined!.includes(s.text), `${s.id} is in ${file.source}`).toBe(true);
        const templateId = s.template ?? file.template ?? '';
        expect(isTemplateId(templateId), `${s.id}: template ${templateId}`).toBe(true);
        const known = new Set(templateFor(templateId).indicators.map((d) => d.id));
        let from = 0;
        for (const q of s.quantities) {
          const at = s.text.indexOf(q.raw, from);
          expect(at, `${s.id}: ${q.raw} in reading order`).toBeGreaterThanOrEqual(0);
          from = at + q.raw.length;
          expect(Number.isFinite(q.value), `${s.id}: ${q.raw} has a value`).toBe(true);
          for (const id of linkIds(q.link)) expect(known.has(id), `${s.id}: ${q.raw} → ${id} exists in ${templateId}`).toBe(true);
        }
        const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < s.quantities.length;
        for (const r of s.relations) {
          const indices = r.kind === 'parts' ? [r.whole, ...r.parts] : r.kind === 'share' ? [r.part, r.whole, r.percent] : [r.numerator, r.denominator, r.rate];
          expect(indices.every(inRange), `${s.id}: ${JSON.stringify(r)} in range`).toBe(true);
        }
      }
    });
  }
});

function linkIds(link: CorpusLink | null | undefined): string[] {
  if (!link) return [];
  return [...(link.indicators ?? [link.indicator!]), ...(link.or ?? [])];
}

describe('scoring the checks on labelled sentences (eval/narrativeFindings.ts)', () => {
  it('counts a flagged planted contradiction as found, and a finding on a consistent sentence as false', async () => {
    const { scoreFindings } = await import('../../eval/narrativeFindings.ts');
    const sentence = (id: string, text: string, contradiction?: boolean) => ({ id, text, template: 'gov-2021', quantities: [], relations: [], ...(contradiction ? { contradiction } : {}) });
    const score = scoreFindings([
      {
        report: 't',
        source: 'written for this test',
        provenance: 'test',
        sentences: [
          sentence('planted', '全年共受理申请30件，其中当面申请20件、网上申请15件。', true),
          sentence('consistent', '全年共受理申请35件，其中当面申请20件、网上申请15件。'),
          sentence('wrongly read', '全年共受理申请3件，其中当面申请20件、网上申请15件。'),
        ],
      },
    ]);
    expect(score).toMatchObject({ sentences: 3, contradictions: 1, contradictionsFlagged: 1, falseErrors: 1, falseReviews: 0 });
    expect(score.falseList.map((f) => f.sentence)).toEqual(['wrongly read']);
  });
});
