import type { Bilingual, TemplateId } from '../model/types.ts';

const NAMES: Record<TemplateId, Bilingual> = {
  'national-2008': { zh: '2008–2018 年统计表（全国通用附表）', en: '2008–2018 statistics appendix (national)' },
  'fujian-2008': { zh: '2008–2013 年福建省统计表（年度 / 历年累计）', en: 'Fujian 2008–2013 table (year / cumulative)' },
  'fujian-2014': { zh: '2014–2018 年福建省统计表（年度 / 历年累计）', en: 'Fujian 2014–2018 table (year / cumulative)' },
  none: { zh: '未识别的格式', en: 'Template not recognised' },
};

export function templateName(id: TemplateId): Bilingual {
  return NAMES[id];
}
