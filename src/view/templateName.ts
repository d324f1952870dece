import type { Bilingual, TemplateId } from '../model/types.ts';

const NAMES: Record<TemplateId, Bilingual> = {
  'national-2008': { zh: '2008–2018 年统计表（全国通用附表）', en: '2008–2018 statistics appendix (national)' },
  'fujian-2008': { zh: '2008–2013 年福建省统计表（年度 / 历年累计）', en: 'Fujian 2008–2013 table (year / cumulative)' },
  'fujian-2014': { zh: '2014–2018 年福建省统计表（年度 / 历年累计）', en: 'Fujian 2014–2018 table (year / cumulative)' },
  'gov-2019': { zh: '2019–2020 年格式（国办公开办函〔2019〕60号）', en: '2019–2020 format (国办公开办函〔2019〕60号)' },
  'gov-2021': { zh: '2021 年起格式（国办公开办函〔2021〕30号）', en: '2021 format (国办公开办函〔2021〕30号)' },
  none: { zh: '未识别的格式', en: 'Template not recognised' },
};

export function templateName(id: TemplateId): Bilingual {
  return NAMES[id];
}
