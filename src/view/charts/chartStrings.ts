// The charts' own UI strings, Chinese first. Kept apart from src/view/i18n.ts so the charts can be
// added or removed without touching the app's string table.

import type { Bilingual } from '../../model/types.ts';
import type { Lang } from '../i18n.ts';

export const chartStrings = {
  charts: { zh: '图表', en: 'Charts' },
  headline: { zh: '主要数字', en: 'Key figures' },
  identity: { zh: '加起来对不对', en: 'Does it add up' },
  identityHint: {
    zh: '每个小图上方是填报的总数，下方是各分项的累加；阴影部分是两者之差。',
    en: 'Each small chart shows the stated total above and its parts stacked below; the hatched band is the gap.',
  },
  showTable: { zh: '以表格显示', en: 'Show as table' },
  showChart: { zh: '以图形显示', en: 'Show as chart' },
  exportSvg: { zh: '导出 SVG', en: 'Export SVG' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  showAll: { zh: '显示全部', en: 'Show all' },
  showFewer: { zh: '只显示前 {n} 项', en: 'Show the first {n} only' },
  noIdentities: { zh: '没有可以画出的核对。', en: 'No checks to draw.' },
  noHeadline: { zh: '未识别表格格式，无主要数字可显示。', en: 'Template not recognised: no key figures to show.' },
  stated: { zh: '填报', en: 'stated' },
  parts: { zh: '分项', en: 'parts' },
  computed: { zh: '验算', en: 'computed' },
  gap: { zh: '差', en: 'gap' },
  value: { zh: '数值', en: 'Value' },
  item: { zh: '项目', en: 'Item' },
  status: { zh: '状态', en: 'Status' },
  cell: { zh: '单元格', en: 'Cell' },
  ok: { zh: '相符', en: 'consistent' },
  bad: { zh: '不一致', en: 'inconsistent' },
  warn: { zh: '提示', en: 'warning' },
  missing: { zh: '无数值', en: 'no number' },
  table: { zh: '表中', en: 'table' },
  listedParts: { zh: '正文所列分项', en: 'listed parts' },
  secondPrint: { zh: '第二处', en: 'second print' },
  counts: { zh: '显示 {shown} / {total} 项', en: 'Showing {shown} of {total}' },
} satisfies Record<string, Bilingual>;

export type ChartStringKey = keyof typeof chartStrings;

/** A chart string in the given language, with {name} placeholders filled in. */
export function ct(lang: Lang, key: ChartStringKey, vars: Record<string, string | number> = {}): string {
  return chartStrings[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Sentence case for table headers, where the SVG captions use the same words in lower case. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Numbers as the reader's language groups them; decimals kept as printed (万元 amounts). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 }).format(value);
}
