import { describe, expect, it } from 'vitest';
import { holds, solveSplits, splitCandidates, type OptionNumbers } from './splitGlued.ts';

const readings = (run: string) => splitCandidates(run).map((s) => `${s.year}|${s.total}`);
/** The options of a glued run as the solver sees them. */
const numbers = (run: string): OptionNumbers[] => splitCandidates(run).map((s) => [Number(s.year), Number(s.total)]);

describe('splitCandidates', () => {
  it('lists every reading with no leading zero and 历年累计 ≥ 年度', () => {
    expect(readings('4251516')).toEqual(['4|251516', '42|51516', '425|1516']);
    expect(readings('4181509')).toEqual(['4|181509', '41|81509', '418|1509']);
    expect(readings('77')).toEqual(['7|7']);
    expect(readings('2121')).toEqual(['2|121', '21|21']);
    expect(readings('0182')).toEqual(['0|182']);
    expect(readings('00')).toEqual(['0|0']);
    expect(readings('20263542')).toEqual(['20|263542', '202|63542', '2026|3542']);
  });

  it('has no reading for a run that cannot be two cells', () => {
    expect(readings('5')).toEqual([]);
    expect(readings('')).toEqual([]);
    expect(readings('90')).toEqual([]);
  });

  it('keeps decimal amounts whole', () => {
    expect(readings('12.501500.5')).toEqual(['12.50|1500.5', '12.501|500.5']);
  });
});

describe('holds', () => {
  it('checks each column on its own and skips a column with a missing number', () => {
    expect(holds([425, 1516], [[418, 1509], [7, 7]])).toBe(true);
    expect(holds([425, 1516], [[418, 1508], [7, 7]])).toBe(false);
    expect(holds([undefined, 1516], [[1, 1509], [7, 7]])).toBe(true);
  });
});

describe('solveSplits', () => {
  it('finds the one reading of 2011 主动公开 = 网站公开 + 政府公报公开', () => {
    const solution = solveSplits([numbers('4251516'), numbers('4181509'), numbers('77')], [{ parent: 0, parts: [1, 2] }]);
    // 425|1516, 418|1509 and 7|7 are the only readings that add up in both columns.
    expect(solution.possible).toEqual([[2], [2], [0]]);
    expect(solution.unsatisfiable).toEqual([]);
  });

  it('keeps every reading that some solution uses', () => {
    const solution = solveSplits([numbers('1212'), numbers('1212'), [[0, 0]]], [{ parent: 0, parts: [1, 2] }]);
    expect(solution.possible).toEqual([[0, 1], [0, 1], [0]]);
  });

  it('reports a group no reading satisfies and leaves its rows open', () => {
    const solution = solveSplits([numbers('20263542'), numbers('17953304'), numbers('07')], [{ parent: 0, parts: [1, 2] }]);
    expect(solution.unsatisfiable).toEqual([[0, 1, 2]]);
    expect(solution.possible).toEqual([[0, 1, 2], [0, 1, 2, 3], [0]]);
  });

  it('solves identities that share a row together', () => {
    // Row 0 = row 1 + row 2 alone admits both 2|213 = 1|212 + 1|1 and 13|13 = 12|12 + 1|1; row 1 = row 3
    // then rules out 1|212, and with it 2|213.
    const options = [[[2, 213], [13, 13]], numbers('1212'), [[1, 1]], [[12, 12]]];
    expect(solveSplits(options, [{ parent: 0, parts: [1, 2] }]).possible.slice(0, 2)).toEqual([[0, 1], [0, 1]]);
    const solution = solveSplits(options, [{ parent: 0, parts: [1, 2] }, { parent: 1, parts: [3] }]);
    expect(solution.possible).toEqual([[1], [1], [0], [0]]);
  });

  it('gives up past its limit rather than running on', () => {
    const solution = solveSplits([numbers('1212'), numbers('1212'), numbers('00')], [{ parent: 0, parts: [1, 2] }], 3);
    expect(solution.gaveUp).toEqual([[0, 1, 2]]);
    expect(solution.possible).toEqual([[0, 1], [0, 1], [0]]);
  });

  it('leaves rows outside every identity with all their readings', () => {
    expect(solveSplits([numbers('2121')], []).possible).toEqual([[0, 1]]);
  });
});
