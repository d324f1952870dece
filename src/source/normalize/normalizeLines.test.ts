import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import dezhou from '../../../test/fixtures/seeds/000_87410cd3979e9921.txt?raw';
import liaocheng from '../../../test/fixtures/seeds/003_8ef98a67e9da6293.txt?raw';
import { collapseFakeBold } from './collapseFakeBold.ts';
import { foldWidth } from './foldWidth.ts';
import { normalizeLines } from './normalizeLines.ts';

describe('normalizeLines', () => {
  it('splits on every kind of line break and numbers lines from 1, keeping empty lines', () => {
    const lines = normalizeLines('甲\r\n\r乙\n\n丙');
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, '甲'],
      [2, ''],
      [3, '乙'],
      [4, ''],
      [5, '丙'],
    ]);
  });

  it('collapses fake bold, then folds width, keeping the raw columns', () => {
    const [line] = normalizeLines('收到申请数收到申请数 ４６４');
    expect(line).toEqual({ line: 1, text: '收到申请数 464', cols: [1, 2, 3, 4, 5, 11, 12, 13, 14], fold: 2 });
  });

  it('drops a leading BOM but counts it as column 1 of the raw line', () => {
    const [first, second] = normalizeLines('\uFEFF德德德德 州州州州\n\uFEFF');
    expect(first).toEqual({ line: 1, text: '德 州', cols: [2, 6, 7], fold: 4 });
    // A BOM later in the text is no byte-order mark, but it prints nothing either: it is dropped too.
    expect(second?.text).toBe('');
  });

  it('returns one line per raw line, each column pointing at a raw character', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('德', '州', '1', ' ', '\n', '\r', '４') }), { maxLength: 4 }), (parts) => {
        const text = parts.join('');
        const raws = text.split(/\r\n|\r|\n/);
        const lines = normalizeLines(text);
        expect(lines).toHaveLength(raws.length);
        lines.forEach((l, i) => {
          expect(l.line).toBe(i + 1);
          expect(l.cols).toHaveLength(l.text.length);
          l.cols.forEach((c, j) => expect(foldWidth(raws[i]?.[c - 1] ?? '')).toBe(l.text[j]));
        });
      }),
    );
  });
});

describe('normalizeLines on the Dezhou 2018 report (printed 4 times over)', () => {
  const lines = normalizeLines(dezhou);
  const text = (n: number): string => lines[n - 1]?.text ?? '';
  // The title is letter-spaced and wraps, so whole phrases are checked with whitespace removed.
  const squeezed = lines.map((l) => l.text.replace(/\s+/gu, '')).join('');

  it('reads the title and the statistical period', () => {
    expect(text(1)).toBe(' 德 州 市 人 民 政 府');
    expect(text(2)).toBe('2018 年政府信息公开工作年度报告');
    expect(squeezed).toContain('德州市人民政府2018年政府信息公开工作年度报告');
    expect(text(28)).toBe('本报告中所列数据的统计期自 2018 年 1 月 1日起至 2018');
    expect(text(30)).toBe('年 12 月 31 日止。公众可在德州市政府门户网站（http://www.');
  });

  it('reads the application numbers, which wrap across two lines', () => {
    expect(text(763)).toMatch(/收到依申请公$/u);
    expect(text(765)).toMatch(/^开 464 件，申请办结 464 件，办结率 100%，/u);
    expect(squeezed).toContain('收到依申请公开464件，申请办结464件，办结率100%');
  });

  it('reads table rows whose label is folded but whose value is not', () => {
    expect(text(879)).toBe('一、主动公开情况 285922');
    expect(text(902)).toBe('二、回应解读情况（不同方式回应同一热点或舆情计 1 次） 5918');
    expect(text(974)).toBe('四、行政复议数量 件 40');
    expect(text(924)).toBe('（一）收到申请数 件 464');
    expect(text(1048)).toBe('万元 52.3');
  });

  it('reads numbers whose folded runs split inside them', () => {
    expect(text(714)).toMatch(/已纳入 2018$/u);
    expect(text(77)).toMatch(/（2018-2022$/u);
    expect(text(240)).toMatch(/；11$/u);
  });

  it('leaves no fake bold behind', () => {
    for (const l of lines) {
      expect(l.text).not.toContain('德德');
      expect(l.text).not.toContain('年年年年');
    }
    expect(new Set(lines.map((l) => l.fold))).toEqual(new Set([1, 4]));
    expect(lines.filter((l) => l.fold === 4).length).toBeGreaterThan(400);
  });

  it('does not collapse the page number "- 11 -", which has no Han or letter to go on', () => {
    expect(text(448)).toBe('---- 11111111 ----');
  });

  it('keeps plain lines (links, unfolded table rows) exactly', () => {
    const raw = dezhou.split(/\r\n|\r|\n/);
    for (const n of [167, 877, 884, 935, 960]) expect(text(n)).toBe(raw[n - 1]);
  });
});

describe('normalizeLines on the Liaocheng 2018 report (plain text)', () => {
  it('collapses nothing', () => {
    const raw = liaocheng.split(/\r\n|\r|\n/);
    const lines = normalizeLines(liaocheng);
    expect(lines).toHaveLength(raw.length);
    lines.forEach((l, i) => {
      expect(l.fold).toBe(1);
      expect(collapseFakeBold(raw[i] ?? '').text).toBe(raw[i]);
    });
  });
});

describe('invisible characters', () => {
  it('drops zero-width and bidi characters and NUL inside numbers, keeping each column', () => {
    const [line] = normalizeLines('办结6\u200B47件，共\u202D12\u202C条，计3\u00004件');
    expect(line!.text).toBe('办结647件，共12条，计34件');
    // Every kept character still points at its column in the line as given.
    const raw = '办结6\u200B47件，共\u202D12\u202C条，计3\u00004件';
    expect([...line!.text].map((ch, i) => raw[line!.cols[i]! - 1] === ch)).not.toContain(false);
  });
});
