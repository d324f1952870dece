// The user's corrections to the automatic grouping of bodies (bodyName.ts): two groups merged, a report split
// out into a group of its own. They are kept as a list of steps, applied in the order they were made to the
// groups the names give, so that each step means what it meant on the screen where it was made: a report split
// out after a merge leaves the merged group, and one merged back after a split joins again.
//
// A step names reports, never groups: a group's id comes from the fullest name among its members, which
// changes when a fuller name joins the batch or a title is read differently, while a report stays itself. A
// report is named by its key (its file name as the batch lists it, see reportKeys), not by its place in the
// batch, so the steps survive a batch analysed again or restored in another order. A step naming a report that
// is no longer in the batch, or that would change nothing, is skipped: the batch changes as files come and go.

/** The group holding `report` joins the group holding `into` (whose id it then takes). */
export interface MergeEdit {
  kind: 'merge';
  report: string;
  into: string;
}

/** `report` leaves its group for a group of its own. */
export interface SplitEdit {
  kind: 'split';
  report: string;
}

export type GroupEdit = MergeEdit | SplitEdit;

/** Plain data (JSON as it is), for the batch to keep and store: the steps in the order they were made. */
export interface GroupEdits {
  steps: GroupEdit[];
}

export const NO_GROUP_EDITS: GroupEdits = { steps: [] };

/**
 * Each report's key: its file name, which the batch shows and which does not change when the report is read
 * again. Two reports of one name (the same name in two dropped places) are told apart by their order among
 * that name's reports: the first keeps the name, the next is 「name#2」, and so on.
 */
export function reportKeys(reports: Iterable<readonly [id: string, fileName: string]>): Map<string, string> {
  const seen = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const [id, fileName] of reports) {
    const count = (seen.get(fileName) ?? 0) + 1;
    seen.set(fileName, count);
    keys.set(id, count === 1 ? fileName : `${fileName}#${count}`);
  }
  return keys;
}

/** The steps with reports named by their ids in the batch; a step naming a report not in it is dropped. */
export function stepsByIds(edits: GroupEdits, keys: ReadonlyMap<string, string>): GroupEdit[] {
  const idOf = new Map([...keys].map(([id, key]) => [key, id]));
  return edits.steps.flatMap((step): GroupEdit[] => {
    const report = idOf.get(step.report);
    if (report === undefined) return [];
    if (step.kind === 'split') return [{ kind: 'split', report }];
    const into = idOf.get(step.into);
    return into === undefined ? [] : [{ kind: 'merge', report, into }];
  });
}

/** The id of the group that holds a report, if any does. */
function groupOf(groups: ReadonlyMap<string, string[]>, report: string): string | undefined {
  for (const [id, members] of groups) if (members.includes(report)) return id;
  return undefined;
}

/**
 * The groups (id → report ids) after the steps, each applied to the result of the ones before. A split report
 * gets the group id `report:` + its id, as a report the names leave alone does.
 */
export function applyGroupEdits(groups: ReadonlyMap<string, string[]>, steps: readonly GroupEdit[]): Map<string, string[]> {
  const result = new Map([...groups].map(([id, members]) => [id, [...members]]));
  for (const step of steps) {
    const from = groupOf(result, step.report);
    if (from === undefined) continue;
    const members = result.get(from)!;
    if (step.kind === 'split') {
      const own = `report:${step.report}`;
      if (members.length === 1) continue;
      const rest = members.filter((m) => m !== step.report);
      // A group `report:X` always holds X, so the id is free unless X leaves the group named after it; then the
      // others take the id of their first member, which holds for them in turn.
      if (own === from) result.delete(from);
      result.set(own === from ? `report:${rest[0]}` : from, rest);
      result.set(own, [step.report]);
      continue;
    }
    const into = groupOf(result, step.into);
    if (into === undefined || into === from) continue;
    result.set(into, [...result.get(into)!, ...members]);
    result.delete(from);
  }
  return result;
}

/** The edits with one more step. */
export function withStep(edits: GroupEdits, step: GroupEdit): GroupEdits {
  return { steps: [...edits.steps, step] };
}

/** The edits without their last step (the same edits when there is none). */
export function undoStep(edits: GroupEdits): GroupEdits {
  return edits.steps.length === 0 ? edits : { steps: edits.steps.slice(0, -1) };
}

/**
 * Edits read back from storage or a workspace file: the well-formed steps of a `{ steps }` object, anything
 * else dropped, so a damaged or older record gives fewer steps rather than an error.
 */
export function readGroupEdits(value: unknown): GroupEdits {
  const steps = (value as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return { steps: [] };
  return {
    steps: steps.flatMap((s: unknown): GroupEdit[] => {
      const step = s as Partial<Record<'kind' | 'report' | 'into', unknown>> | null;
      if (typeof step?.report !== 'string') return [];
      if (step.kind === 'split') return [{ kind: 'split', report: step.report }];
      if (step.kind === 'merge' && typeof step.into === 'string') return [{ kind: 'merge', report: step.report, into: step.into }];
      return [];
    }),
  };
}
