// Which TemplateDef an analysis (or a share link) means. The id alone is not enough: gov2021SingleSix
// shares the id 'gov-2021' with gov2021 (it only prints 三（六） as one row), so a variant tells them apart.

import type { Analysis, TemplateId } from '../model/types.ts';
import type { TemplateDef } from './definition.ts';
import { national2008 } from './national2008.ts';
import { fujian2008 } from './fujian2008.ts';
import { fujian2014 } from './fujian2014.ts';
import { gov2019, gov2021, gov2021SingleSix } from './gov2021.ts';
import { noTemplate } from './recognize.ts';

export type Variant = 'single-six';

const BY_ID: Record<TemplateId, TemplateDef> = {
  'national-2008': national2008,
  'fujian-2008': fujian2008,
  'fujian-2014': fujian2014,
  'gov-2019': gov2019,
  'gov-2021': gov2021,
  none: noTemplate,
};

export const TEMPLATE_IDS = Object.keys(BY_ID) as TemplateId[];

export function templateFor(id: TemplateId, variant?: Variant): TemplateDef {
  return id === 'gov-2021' && variant === 'single-six' ? gov2021SingleSix : BY_ID[id];
}

/** The single-six reading has a 三.三(六) row with numbers and none of the 2021 rows （六）1–3. */
export function variantOf(analysis: Analysis): Variant | undefined {
  if (analysis.meta.template !== 'gov-2021') return undefined;
  const has = (indicator: string) => analysis.cells.some((c) => c.indicator === indicator);
  return has('三.三(六)') && !has('三.三(六)1') ? 'single-six' : undefined;
}

/** How many value columns an indicator's table has: the template's table, or the report's own columns. */
export function columnCount(template: TemplateDef, indicator: string, columns: string[]): number {
  const table = template.indicators.find((d) => d.id === indicator)?.table;
  const def = table ? template.tables?.find((t) => t.id === table) : undefined;
  return def ? def.columns.length : Math.max(1, columns.length);
}
