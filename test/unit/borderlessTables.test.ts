// Tables printed without ruling lines and with their zeros left blank, as two browsers print them
// (test/fixtures/pdf/borderless/, made by scripts/fixtures/makeBorderless.ts from two keyed reports'
// page.html). Before the stream-table step none of their table cells was read; now every cell of tables
// 三 and 四 must be read as the key has it (a blank where the key has 0, since the fixture blanks zeros),
// no cell anywhere read as a wrong value, and no finding raised that the report does not have.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { loadKey } from '../../eval/loadKey.ts';
import { scoreForm } from '../../eval/score.ts';

// 平潭 2019 had no reconsideration and no lawsuit: blanked, its table 四 is a header with nothing under it.
const CASES = ['hongze-2023', 'pingtan-2021', 'pingtan-2019'].flatMap((id) => [`${id}-chromium`, `${id}-firefox`]);

describe('borderless tables with blank cells, printed by Chromium and Firefox', () => {
  for (const name of CASES) {
    it(`reads ${name}.pdf`, async () => {
      const id = name.replace(/-(chromium|firefox)$/, '');
      const outcome = await analyzeFileNode(readFileSync(`test/fixtures/pdf/borderless/${name}.pdf`), `${name}.pdf`);
      if (!outcome.ok) throw new Error(outcome.reason.en);
      const analysis = outcome.analysis;
      const key = loadKey(`test/fixtures/keys/${id}.json`, id);
      expect(analysis.meta.template).toBe(key.template);
      const score = scoreForm(key, analysis, false);
      const wrong = score.wrongCells.filter((w) => !(w.expected === '0' && w.got === 'blank:'));
      // Tables 三 and 四 whole; of table 二 at most rows left unread (平潭's glued cell, a row all blank).
      expect(wrong.filter((w) => /^[三四]\./.test(w.ref))).toEqual([]);
      expect(wrong.filter((w) => w.got !== 'not read' && !w.expected.startsWith('text:'))).toEqual([]);
      // 洪泽 prints every cell plainly: all of it is read, table 二's one-column sub-tables included.
      if (id === 'hongze-2023') expect(wrong).toEqual([]);
      expect(score.falseAlarmList).toEqual([]);
      expect(analysis.notices.some((n) => n.zh.includes('空白格'))).toBe(true);
    });
  }
});
