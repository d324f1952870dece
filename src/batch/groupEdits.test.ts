import { describe, expect, it } from 'vitest';
import { applyGroupEdits, readGroupEdits, reportKeys, stepsByIds, undoStep, withStep, NO_GROUP_EDITS, type GroupEdits } from './groupEdits.ts';
import { batchCarry } from './batchCarry.ts';
import { hongze } from './testFixtures.ts';

const groups = () =>
  new Map([
    ['淮安市洪泽区|人民政府', ['h21', 'h22']],
    ['平潭县|人民政府', ['p11']],
    ['report:x', ['x']],
  ]);

describe('applyGroupEdits', () => {
  it('merges the group of one report into the group of another, which keeps its id', () => {
    const merged = applyGroupEdits(groups(), [{ kind: 'merge', report: 'p11', into: 'h22' }]);
    expect([...merged]).toEqual([
      ['淮安市洪泽区|人民政府', ['h21', 'h22', 'p11']],
      ['report:x', ['x']],
    ]);
  });
  it('splits a report into a group of its own, and a merge after the split takes it back', () => {
    const split = applyGroupEdits(groups(), [{ kind: 'split', report: 'h21' }]);
    expect(split.get('淮安市洪泽区|人民政府')).toEqual(['h22']);
    expect(split.get('report:h21')).toEqual(['h21']);
    const back = applyGroupEdits(groups(), [
      { kind: 'split', report: 'h21' },
      { kind: 'merge', report: 'h21', into: 'h22' },
    ]);
    expect(back.get('淮安市洪泽区|人民政府')).toEqual(['h22', 'h21']);
    expect(back.has('report:h21')).toBe(false);
  });
  it('applies steps in order: a split after a merge takes the report out of the merged group', () => {
    const result = applyGroupEdits(groups(), [
      { kind: 'merge', report: 'x', into: 'p11' },
      { kind: 'split', report: 'x' },
    ]);
    expect(result.get('平潭县|人民政府')).toEqual(['p11']);
    expect(result.get('report:x')).toEqual(['x']);
  });
  it('gives the others a new id when a report leaves the group named after it', () => {
    const result = applyGroupEdits(groups(), [
      { kind: 'merge', report: 'p11', into: 'x' },
      { kind: 'split', report: 'x' },
    ]);
    expect(result.get('report:x')).toEqual(['x']);
    expect(result.get('report:p11')).toEqual(['p11']);
    expect(result.size).toBe(3);
  });
  it('skips steps naming reports that are not there, and steps that change nothing', () => {
    const steps = [
      { kind: 'merge', report: 'gone', into: 'h21' },
      { kind: 'merge', report: 'h21', into: 'gone' },
      { kind: 'merge', report: 'h21', into: 'h22' },
      { kind: 'split', report: 'gone' },
      { kind: 'split', report: 'p11' },
    ] as const;
    expect(applyGroupEdits(groups(), steps)).toEqual(groups());
  });
});

describe('the edits as data', () => {
  it('adds and undoes steps, the last first', () => {
    const one = withStep(NO_GROUP_EDITS, { kind: 'split', report: 'a.pdf' });
    const two = withStep(one, { kind: 'merge', report: 'b.pdf', into: 'c.pdf' });
    expect(two.steps).toHaveLength(2);
    expect(undoStep(two)).toEqual(one);
    expect(undoStep(undoStep(two))).toEqual(NO_GROUP_EDITS);
    expect(undoStep(NO_GROUP_EDITS)).toEqual(NO_GROUP_EDITS);
    // Plain data: what JSON keeps is the whole of it.
    expect(JSON.parse(JSON.stringify(two))).toEqual(two);
  });
  it('names reports by file name, a repeated name by its order, and maps the steps back to ids', () => {
    const keys = reportKeys([
      ['0', 'a.pdf'],
      ['1', 'b.pdf'],
      ['2', 'a.pdf'],
    ]);
    expect([...keys.values()]).toEqual(['a.pdf', 'b.pdf', 'a.pdf#2']);
    const edits: GroupEdits = {
      steps: [
        { kind: 'merge', report: 'a.pdf#2', into: 'b.pdf' },
        { kind: 'split', report: 'gone.pdf' },
        { kind: 'merge', report: 'a.pdf', into: 'gone.pdf' },
        { kind: 'split', report: 'a.pdf' },
      ],
    };
    expect(stepsByIds(edits, keys)).toEqual([
      { kind: 'merge', report: '2', into: '1' },
      { kind: 'split', report: '0' },
    ]);
  });
  it('reads back the well-formed steps of a stored record and drops the rest', () => {
    expect(readGroupEdits(undefined)).toEqual(NO_GROUP_EDITS);
    expect(readGroupEdits({ steps: 'no' })).toEqual(NO_GROUP_EDITS);
    expect(
      readGroupEdits({
        steps: [{ kind: 'split', report: 'a' }, { kind: 'merge', report: 'b' }, { kind: 'merge', report: 'b', into: 'c', extra: 1 }, null, { kind: 'rename', report: 'd' }],
      }),
    ).toEqual({ steps: [{ kind: 'split', report: 'a' }, { kind: 'merge', report: 'b', into: 'c' }] });
  });
});

describe('batchCarry with edits', () => {
  // 2021 is titled as the government's office, another body by its name; 2022 prints 3 requests carried over
  // from 2021, which carried none forward. Only once the user merges 2021 in is that pair compared.
  const reports = new Map([
    ['0', hongze({ year: 2021, body: '洪泽区人民政府办公室' })],
    ['1', hongze({ year: 2022, carried: 3 })],
    ['2', hongze({ year: 2023 })],
  ]);

  it('finds the break that a merge brings together over three years, and loses it again on undo', () => {
    const auto = batchCarry(reports);
    expect(auto.groups).toHaveLength(2);
    expect(auto.pairs).toBe(1);
    expect(auto.breaks).toEqual([]);
    expect([...auto.reportKey.values()]).toEqual(['hongze-2021.txt', 'hongze-2022-edited.txt', 'hongze-2023.txt']);

    const merged = withStep(NO_GROUP_EDITS, { kind: 'merge', report: 'hongze-2021.txt', into: 'hongze-2022-edited.txt' });
    const carry = batchCarry(reports, merged);
    expect(carry.groups).toHaveLength(1);
    expect(carry.pairs).toBe(2);
    expect(new Set(carry.breaks.map((b) => `${b.body} ${b.earlierYear}-${b.year}`))).toEqual(new Set(['洪泽区人民政府 2021-2022']));
    expect(carry.involved).toEqual(new Set(['0', '1']));
    // The CSV's body column names the merged group for all three reports.
    expect(new Set(carry.groupName.values())).toEqual(new Set(['洪泽区人民政府']));

    expect(batchCarry(reports, undoStep(merged)).pairs).toBe(1);
    // A split of the middle year breaks the run in two: no pair is left.
    expect(batchCarry(reports, withStep(merged, { kind: 'split', report: 'hongze-2022-edited.txt' })).pairs).toBe(0);
  });
});
