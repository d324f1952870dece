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
  warn: { zh: '待核', en: 'to review' },
  missing: { zh: '无数值', en: 'no number' },
  table: { zh: '表中', en: 'table' },
  listedParts: { zh: '正文所列分项', en: 'listed parts' },
  secondPrint: { zh: '第二处', en: 'second print' },
  lastYearReport: { zh: '上一年度报告', en: 'last year’s report' },
  counts: { zh: '显示 {shown} / {total} 项', en: 'Showing {shown} of {total}' },
  flow: { zh: '申请的来龙去脉', en: 'Where the requests went' },
  flowHint: {
    zh: '表三按列：本年新收与上年结转汇成待办理的申请，流向办理结果（总计及各类）与结转下年度。带斜线的流向是报告交代不清的差额。',
    en: 'Table 三 by column: new and carried-over requests make up what there was to handle, which flows to the outcomes (total and by kind) and to next year. Hatched flows are differences the report leaves unexplained.',
  },
  flowNew: { zh: '一、本年新收', en: '一 new requests' },
  flowCarried: { zh: '二、上年结转', en: '二 carried over' },
  flowHandled: { zh: '三（七）办理结果总计', en: '三（七） outcomes in total' },
  flowForward: { zh: '四、结转下年度', en: '四 carried forward' },
  flowHub: { zh: '待办理（一+二）', en: 'to handle (一+二)' },
  unaccounted: { zh: '未交代去向', en: 'unaccounted' },
  unexplained: { zh: '来源不明', en: 'unexplained' },
  applicant: { zh: '申请人类型', en: 'Applicant' },
  noTable3: { zh: '此报告没有表三（2019/2021 年格式），无从画出。', en: 'This report has no table 三 (2019/2021 format) to draw.' },
  flowEmpty: { zh: '此列全部为 0 或没有数字，没有流向可画。', en: 'This column is all 0 or has no numbers: no flow to draw.' },
  flowHolds: { zh: '一+二 = 三（七）+四，三（七）= 各项之和：均相符。', en: '一+二 = 三（七）+四 and 三（七） = the sum of its rows: both hold.' },
  flowBalanceFails: {
    zh: '一+二 = {stated}，三（七）+四 = {computed}，差 {delta}。',
    en: '一+二 = {stated}, 三（七）+四 = {computed}: a difference of {delta}.',
  },
  flowSumFails: {
    zh: '三（七）填报 {stated}，各项合计 {computed}，差 {delta}。',
    en: '三（七） states {stated}, its rows add up to {computed}: a difference of {delta}.',
  },
  flowUnchecked: { zh: '有数字缺失，无法全部核对。', en: 'Some numbers are missing, so not everything can be checked.' },
  from: { zh: '来源', en: 'From' },
  to: { zh: '去向', en: 'To' },
  incomplete: { zh: '不全', en: 'incomplete' },
  notDrawn: { zh: '未画出', en: 'not drawn' },
  matrix: { zh: '表三数字一览', en: 'Table 三 at a glance' },
  matrixHint: {
    zh: '颜色越深数字越大（平方根刻度）；粗框加 ✖/▲ 的格子属于不一致或待核的核对。空白、「/」「—」和文字与 0 显示不同。方向键可在格子间移动。',
    en: 'Darker means larger (square-root scale); a thick border with ✖/▲ marks a cell in a failing or to-review check. Blank, “/”, “—” and text look different from 0. Arrow keys move between cells.',
  },
  row: { zh: '行', en: 'Row' },
  flaggedCells: { zh: '{total} 个格子中有 {n} 个属于不一致或待核的核对', en: '{n} of {total} cells take part in a failing or to-review check' },
  column: { zh: '列', en: 'Column' },
  sections: { zh: '各部分与分项', en: 'Sections and their parts' },
  sectionsHint: {
    zh: '按统计表的顺序，每个部分一图：深色粗条是合计，浅色细条是其分项；合计对不上时以斜线标出分项之和与合计之差，并加 ✖。各图刻度不同。',
    en: 'One chart per section, in the table’s order: dark thick bars are totals, light thin bars their parts; where a total does not add up, the gap to the sum of its parts is hatched and marked ✖. Each chart has its own scale.',
  },
  total: { zh: '合计', en: 'total' },
  partOf: { zh: '{parent} 的分项', en: 'part of {parent}' },
  sumOfParts: { zh: '分项之和', en: 'sum of parts' },
  noSections: { zh: '没有可以画出的部分。', en: 'No sections to draw.' },
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

/**
 * One formatter per language: building an Intl.NumberFormat costs far more than formatting with it, and
 * the charts and tables format thousands of numbers (it was the page's costliest function on a report).
 */
const formatters = new Map<Lang, Intl.NumberFormat>();

/** Numbers as the reader's language groups them; decimals kept as printed (万元 amounts). */
export function formatNumber(value: number, lang: Lang): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 });
    formatters.set(lang, formatter);
  }
  return formatter.format(value);
}
