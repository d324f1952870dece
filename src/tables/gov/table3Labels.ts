// Table 三's rows with their labels as reports print them (「一、本年新收…」, 「（一）予以公开」, 「1.属于国家秘密」),
// in the template's order: what the table readers' tests build their reports from.

import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { gov2021 } from '../../template/gov2021.ts';

const HAN = ['一', '二', '三', '四', '五', '六', '七'];

/** Each value row of table 三 with its printed label. */
export function table3Labels(template: TemplateDef = gov2021): Array<{ def: IndicatorDef; label: string }> {
  return template.indicators
    .filter((d) => d.table === '三' && !d.group)
    .map((def) => {
      const sub = /^三\.三\(([一二三四五六七])\)(\d)$/.exec(def.id);
      const group = /^三\.三\(([一二三四五六七])\)$/.exec(def.id);
      const label = sub ? `${sub[2]}.${def.label}` : group ? `（${group[1]}）${def.label}` : `${HAN[['三.一', '三.二', '', '三.四'].indexOf(def.id)]}、${def.label}`;
      return { def, label };
    });
}
