// Maps the rows the layout read onto a template's indicators. Section rows (一、…十三、) are found by
// label first and by number second; rows inside a section are matched by label among that section's
// indicators, in template order, so a report that misnumbers its rows (seed 000 numbers 十一's rows
// （一）（一）（二）) still maps each row to what it says. A row that matches nothing stays unmatched.

import type { Cell, RawRow, RawTable } from '../model/types.ts';
import { itemMarker } from './itemMarker.ts';
import { hanToNumber } from './itemMarker.ts';
import type { IndicatorDef, TemplateDef } from '../template/definition.ts';
import { bestIndicator } from './labelSimilarity.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from './settings.ts';

// Settings used: statisticsLabelMatch; statisticsOutOfOrder (a row out of the template's order needs a closer
// label); statisticsTie, added to the score of the indicator that carries the row's own number ((二) →
// 十(二)). Labels decide, but a near tie goes to the number: a district report's 「（一）区政府及其部门」
// contains the words of 十(二) 「县（市、区）政府及其部门」 yet is row (一), the reporting government's own level.

/** The number an indicator's id ends with, and its level: 十(二) → item 2, 三(一)3 → sub 3. */
function idMarker(id: string): { level: 'item' | 'sub'; ordinal: number } | undefined {
  const item = /\(([一二三四五六七八九十]+)\)$/.exec(id);
  if (item) return { level: 'item', ordinal: hanToNumber(item[1]!) };
  const sub = /\)(\d+)$/.exec(id);
  return sub ? { level: 'sub', ordinal: Number(sub[1]) } : undefined;
}

export interface Mapping {
  cells: Cell[];
  unmatched: RawRow[];
  /** How many rows matched: the template recogniser compares templates by it. */
  matched: number;
}

export function mapRows(template: TemplateDef, table: RawTable, settings: TableSettings = DEFAULT_TABLE_SETTINGS): Mapping {
  const { statisticsLabelMatch: MATCH, statisticsOutOfOrder: OUT_OF_ORDER, statisticsTie: SAME_NUMBER } = settings;
  const sections = template.indicators.filter((d) => d.section === d.id);
  const used = new Set<string>();
  const cells: Cell[] = [];
  const unmatched: RawRow[] = [];
  let current: IndicatorDef | undefined;
  let lastIndex = -1;

  for (const row of table.rows) {
    const marker = itemMarker(row.label);
    let def: IndicatorDef | undefined;
    if (marker?.level === 'section') {
      def = bestIndicator(sections.filter((s) => !used.has(s.id)), row.label, MATCH, true)
        ?? sections.find((s) => hanToNumber(s.id) === marker.ordinal && !used.has(s.id));
      current = def;
    } else if (current) {
      const inSection = template.indicators.filter((d) => d.section === current!.id && d.id !== current!.id);
      const ahead = inSection.filter((d) => !used.has(d.id) && template.indicators.indexOf(d) > lastIndex);
      const sameNumber = (d: IndicatorDef) => {
        const own = idMarker(d.id);
        return own && marker && own.level === marker.level && own.ordinal === marker.ordinal ? SAME_NUMBER : 0;
      };
      def = bestIndicator(ahead, row.label, MATCH, true, sameNumber)
        ?? bestIndicator(inSection.filter((d) => !used.has(d.id)), row.label, OUT_OF_ORDER, true, sameNumber);
    }
    if (!def) {
      unmatched.push(row);
      continue;
    }
    used.add(def.id);
    lastIndex = template.indicators.indexOf(def);
    // A row printed out of order still places the rows after it; its numbers are not read.
    if (row.outOfOrder) continue;
    row.values.forEach((cell, column) => {
      cells.push({
        ref: `${def.id}@${column}`,
        indicator: def.id,
        label: row.label,
        unit: row.unit,
        column,
        value: cell.value,
        pos: cell.pos,
      });
    });
  }
  return { cells, unmatched, matched: used.size };
}

