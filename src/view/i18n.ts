// UI strings, Chinese first. Findings carry their own bilingual messages from the core.

export type Lang = 'zh' | 'en';

const strings = {
  appTitle: { zh: '对账', en: 'Duizhang' },
  tagline: {
    zh: '政府信息公开工作年度报告核对：表格与正文中的每个数字，逐一验算。全部在浏览器中完成，文件不会上传。',
    en: 'Checks every number in a government information-disclosure annual report, tables and text. Everything runs in your browser; nothing is uploaded.',
  },
  dropHere: { zh: '把报告拖到这里，或', en: 'Drop a report here, or' },
  chooseFile: { zh: '选择文件', en: 'choose a file' },
  dropFormats: { zh: '支持 PDF、网页（.html）以及 .txt / .md 文本（UTF-8、GBK/GB18030）', en: 'PDF, web pages (.html), or text files .txt / .md (UTF-8, GBK/GB18030)' },
  page: { zh: '页', en: 'page' },
  narrativeSays: { zh: '正文', en: 'text' },
  passwordNeeded: { zh: '此 PDF 需要密码：', en: 'This PDF needs a password:' },
  passwordWrong: { zh: '密码不正确，请重新输入：', en: 'Wrong password; try again:' },
  open: { zh: '打开', en: 'Open' },
  pageView: { zh: 'PDF 原页', en: 'PDF page' },
  pageOf: { zh: '第 {page} 页，共 {pages} 页', en: 'Page {page} of {pages}' },
  pageHint: { zh: '点击一项发现或一个表格单元格，在此查看它在原页上的位置。', en: 'Click a finding or a table cell to see where it is on the page.' },
  pasteLabel: { zh: '或粘贴报告全文：', en: 'Or paste the report text:' },
  pastePlaceholder: { zh: '在此粘贴报告文字……', en: 'Paste the report text here…' },
  analyzePaste: { zh: '核对粘贴的文字', en: 'Check the pasted text' },
  loadSample: { zh: '载入示例报告', en: 'Load the sample report' },
  sampleBadge: { zh: '示例报告', en: 'Sample report' },
  pastedName: { zh: '粘贴的文字', en: 'Pasted text' },
  analyzing: { zh: '正在分析……', en: 'Analysing…' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消。', en: 'Cancelled.' },
  findings: { zh: '发现的问题', en: 'Findings' },
  noFindings: { zh: '没有发现不一致。', en: 'No inconsistencies found.' },
  showConsistent: { zh: '显示相符的核对', en: 'Show consistent checks' },
  hideConsistent: { zh: '隐藏相符的核对', en: 'Hide consistent checks' },
  table: { zh: '统计表', en: 'Statistics table' },
  indicator: { zh: '指标', en: 'Indicator' },
  label: { zh: '统计指标', en: 'Label' },
  unit: { zh: '单位', en: 'Unit' },
  unmatched: { zh: '未能对应模板的行', en: 'Rows not matched to the template' },
  template: { zh: '模板', en: 'Template' },
  year: { zh: '年度', en: 'Year' },
  region: { zh: '地区', en: 'Region' },
  body: { zh: '发布机关', en: 'Issued by' },
  period: { zh: '统计期', en: 'Period' },
  signed: { zh: '落款日期', en: 'Signed' },
  stated: { zh: '填报', en: 'stated' },
  computed: { zh: '验算', en: 'computed' },
  delta: { zh: '差', en: 'diff' },
  cause: { zh: '可能原因', en: 'Likely cause' },
  source: { zh: '原文', en: 'Source text' },
  line: { zh: '行', en: 'line' },
  summary: { zh: '项不一致', en: 'inconsistencies' },
  checksPassed: { zh: '项核对相符', en: 'checks consistent' },
  severity_error: { zh: '错误', en: 'Error' },
  severity_warning: { zh: '提示', en: 'Warning' },
  severity_info: { zh: '相符', en: 'Consistent' },
  langToggle: { zh: 'English', en: '中文' },
  blank: { zh: '空白', en: 'blank' },
} as const;

export type StringKey = keyof typeof strings;

export function translate(lang: Lang, key: StringKey): string {
  return strings[key][lang];
}
