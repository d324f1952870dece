// Every template the project knows, in one list. A new template is its data file plus one line here:
// recognition, names, headline tiles, charts, share links and cross-year checks all read the definition.
// The id alone does not always name a definition: gov2021SingleSix shares the id 'gov-2021' with gov2021
// (it only prints 三（六） as one row, as 2019 did), so a variant tells them apart.

import type { Analysis, TemplateId } from '../model/types.ts';
import type { TemplateDef } from './definition.ts';
import { national2008 } from './national2008.ts';
import { fujian2008 } from './fujian2008.ts';
import { fujian2014 } from './fujian2014.ts';
import { gov2019, gov2021, gov2021SingleSix } from './gov2021.ts';

/** What an analysis uses when no template was recognised: nothing to map, nothing to relate. */
export const noTemplate: TemplateDef = { id: 'none', name: { zh: '未识别的格式', en: 'Template not recognised' }, family: 'none', indicators: [], relations: [] };

export const TEMPLATES: readonly TemplateDef[] = [national2008, fujian2008, fujian2014, gov2019, gov2021];

/** Variants of a template that share its id; an analysis says which one it was read with. */
const VARIANTS = { 'single-six': gov2021SingleSix } as const;
export type Variant = keyof typeof VARIANTS;

const BY_ID = new Map<TemplateId, TemplateDef>([...TEMPLATES, noTemplate].map((t) => [t.id, t]));

export const TEMPLATE_IDS: TemplateId[] = [...BY_ID.keys()];

export function isTemplateId(id: string): id is TemplateId {
  return BY_ID.has(id as TemplateId);
}

export function isVariant(id: string, variant: string): variant is Variant {
  return variant in VARIANTS && VARIANTS[variant as Variant].id === id;
}

export function templateFor(id: TemplateId, variant?: Variant): TemplateDef {
  const base = BY_ID.get(id) ?? noTemplate;
  return variant && VARIANTS[variant].id === id ? VARIANTS[variant] : base;
}

/** The single-six reading has a 三.三(六) row with numbers and none of the 2021 rows （六）1–3. */
export function variantOf(analysis: Analysis): Variant | undefined {
  if (analysis.meta.template !== gov2021SingleSix.id) return undefined;
  const has = (indicator: string) => analysis.cells.some((c) => c.indicator === indicator);
  return has('三.三(六)') && !has('三.三(六)1') ? 'single-six' : undefined;
}

/** The definition an analysis was read with, its variant included. */
export function templateOfAnalysis(analysis: Analysis): TemplateDef {
  return templateFor(analysis.meta.template, variantOf(analysis));
}

/** How many value columns an indicator's table has: the template's table, or the report's own columns. */
export function columnCount(template: TemplateDef, indicator: string, columns: string[]): number {
  const table = template.indicators.find((d) => d.id === indicator)?.table;
  const def = table ? template.tables?.find((t) => t.id === table) : undefined;
  return def ? def.columns.length : Math.max(1, columns.length);
}
