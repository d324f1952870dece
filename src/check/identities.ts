// The table's identities as linear equations over its cells, Σ coefficient × value = 0, from the
// template's relations: a total and its parts (per column), a row's total and its columns, table 三's
// balance (per column), the same quantity printed twice. Only identities whose every cell holds a whole
// number are listed: they are what the likely-cell search can reason about exactly.

import type { Cell } from '../model/types.ts';
import { cellAt, columnIndexes, columnsOf, type RuleContext } from './context.ts';

export interface Identity {
  /** Cell refs with their coefficient: +1 for a total (left) side, -1 for a part (right) side. */
  terms: Array<{ ref: string; coefficient: number }>;
}

const whole = (cell: Cell | undefined): cell is Cell => cell?.value.kind === 'number' && Number.isInteger(cell.value.value);

export function identitiesOf(context: RuleContext): Identity[] {
  const identities: Identity[] = [];
  const add = (plus: Array<Cell | undefined>, minus: Array<Cell | undefined>) => {
    if (![...plus, ...minus].every(whole)) return;
    identities.push({
      terms: [...(plus as Cell[]).map((c) => ({ ref: c.ref, coefficient: 1 })), ...(minus as Cell[]).map((c) => ({ ref: c.ref, coefficient: -1 }))],
    });
  };
  for (const relation of context.template.relations) {
    if (relation.kind === 'sum') {
      for (const column of columnIndexes(context, relation.parent)) {
        add([cellAt(context, relation.parent, column)], relation.parts.map((id) => cellAt(context, id, column)));
      }
    } else if (relation.kind === 'rowSum') {
      for (const def of context.template.indicators.filter((d) => d.table === relation.table && !d.group)) {
        if (!context.cells.has(`${def.id}@${relation.total}`)) continue;
        add([cellAt(context, def.id, relation.total)], relation.parts.map((c) => cellAt(context, def.id, c)));
      }
    } else if (relation.kind === 'balance') {
      const columns = columnsOf(context, relation.left[0]!).length;
      for (let column = 0; column < columns; column++) {
        add(
          relation.left.map((id) => cellAt(context, id, column)),
          relation.right.map((id) => cellAt(context, id, column)),
        );
      }
    } else if (relation.kind === 'same') {
      for (const column of columnIndexes(context, relation.first)) add([cellAt(context, relation.first, column)], [cellAt(context, relation.second, column)]);
    }
  }
  return identities;
}

/** Σ coefficient × value: 0 when the identity holds. */
export function residual(identity: Identity, cells: Map<string, Cell>): number {
  return identity.terms.reduce((s, t) => s + t.coefficient * cells.get(t.ref)!.value.value!, 0);
}
