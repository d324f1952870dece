// The statistics tables of a report as grids of cells with their spans, laid out as each template prints
// them. Every writer (web page, CMS page, markdown) renders from these grids.

import type { ReportDoc } from './loadReport.ts';

export interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
  head?: boolean;
  /** label: a row label; unit; value: a number cell; note: the table-wide header note. */
  role?: 'label' | 'group' | 'unit' | 'value' | 'title';
}

export interface Grid {
  /** Heading printed above the table (二、主动公开政府信息情况 …), if any. */
  heading?: string;
  caption?: string;
  /** 二(一) … 三, 四, or 'old' for the 2008–2018 tables. */
  id: string;
  cols: number;
  /** Columns on the left that hold labels (and the unit). */
  labelCols: number;
  head: Cell[][];
  body: Cell[][];
  /** The template has a unit column (the old tables): its index. */
  unitCol?: number;
}

const v = (doc: ReportDoc, ind: string, col: number): Cell => ({ text: doc.values.get(`${ind}@${col}`) ?? '', role: 'value' });

function valueCells(doc: ReportDoc, ind: string, n: number): Cell[] {
  const glued = doc.glued.get(ind);
  if (glued !== undefined) {
    const before = Array.from({ length: glued.from }, (_, i) => v(doc, ind, i));
    return [...before, { text: glued.text, colspan: n - glued.from, role: 'value' }];
  }
  return Array.from({ length: n }, (_, i) => v(doc, ind, i));
}

// ---------- 2008–2018 tables ----------

const NATIONAL_DEFAULT_UNITS: Record<string, string> = {};

/** The national appendix's printed label for an id when the original's reading has none. */
function nationalLabel(doc: ReportDoc, id: string): string {
  return doc.labels.get(id) ?? id;
}

function oldTable(doc: ReportDoc): Grid {
  const national = doc.template === 'national-2008';
  const header = doc.header.length
    ? doc.header
    : national
      ? ['统计指标', '单位', '统计数']
      : ['指标名称', '计量单位', `${doc.year}年度`, '历年累计'];
  const nValues = national ? 1 : 2;
  const head: Cell[][] = [header.map((t) => ({ text: t.replace(/^统计$/, '统计数'), head: true }))];
  const body: Cell[][] = [];
  for (const ind of doc.indicators) {
    const label = national ? nationalLabel(doc, ind) : (doc.labels.get(ind) ?? ind);
    const unit = doc.units.get(ind) ?? NATIONAL_DEFAULT_UNITS[ind] ?? '';
    body.push([{ text: label, role: 'label' }, { text: unit, role: 'unit' }, ...valueCells(doc, ind, nValues)]);
  }
  return { id: 'old', caption: doc.caption, cols: 2 + nValues, labelCols: 1, unitCol: 1, head, body };
}

// ---------- 2019 / 2021 tables ----------

interface SubTable {
  id: string;
  title: string;
  columns: string[];
  rows: Array<[string, string]>; // indicator suffix, printed label
}

const TABLE2_2019: SubTable[] = [
  { id: '二(一)', title: '第二十条第（一）项', columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [['规章', '规章'], ['规范性文件', '规范性文件']] },
  { id: '二(五)', title: '第二十条第（五）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政许可', '行政许可'], ['其他对外管理服务事项', '其他对外管理服务事项']] },
  { id: '二(六)', title: '第二十条第（六）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政处罚', '行政处罚'], ['行政强制', '行政强制']] },
  { id: '二(八)', title: '第二十条第（八）项', columns: ['上一年项目数量', '本年增/减'], rows: [['行政事业性收费', '行政事业性收费']] },
  { id: '二(九)', title: '第二十条第（九）项', columns: ['采购项目数量', '采购总金额'], rows: [['政府集中采购', '政府集中采购']] },
];

const TABLE2_2021: SubTable[] = [
  { id: '二(一)', title: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '规章'], ['规范性文件', '行政规范性文件']] },
  { id: '二(五)', title: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: [['行政许可', '行政许可']] },
  { id: '二(六)', title: '第二十条第（六）项', columns: ['本年处理决定数量'], rows: [['行政处罚', '行政处罚'], ['行政强制', '行政强制']] },
  { id: '二(八)', title: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], rows: [['行政事业性收费', '行政事业性收费']] },
];

function table2(doc: ReportDoc): Grid[] {
  const subs = doc.template === 'gov-2019' ? TABLE2_2019 : TABLE2_2021;
  return subs.map((s, i) => {
    const cols = 1 + s.columns.length;
    return {
      id: s.id,
      heading: i === 0 ? '二、主动公开政府信息情况' : undefined,
      cols,
      labelCols: 1,
      head: [[{ text: s.title, colspan: cols, head: true, role: 'title' }], [{ text: '信息内容', head: true }, ...s.columns.map((t) => ({ text: t, head: true }))]],
      body: s.rows.map(([suffix, label]) => [{ text: label, role: 'label' as const }, ...valueCells(doc, `${s.id}.${suffix}`, s.columns.length)]),
    };
  });
}

const ORGS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
export const NOTE3 = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const GROUPS: Array<{ id: string; label: string; rows: Array<[string, string]> }> = [
  { id: '三(三)', label: '（三）不予公开', rows: [['1', '1.属于国家秘密'], ['2', '2.其他法律行政法规禁止公开'], ['3', '3.危及“三安全一稳定”'], ['4', '4.保护第三方合法权益'], ['5', '5.属于三类内部事务信息'], ['6', '6.属于四类过程性信息'], ['7', '7.属于行政执法案卷'], ['8', '8.属于行政查询事项']] },
  { id: '三(四)', label: '（四）无法提供', rows: [['1', '1.本机关不掌握相关政府信息'], ['2', '2.没有现成信息需要另行制作'], ['3', '3.补正后申请内容仍不明确']] },
  { id: '三(五)', label: '（五）不予处理', rows: [['1', '1.信访举报投诉类申请'], ['2', '2.重复申请'], ['3', '3.要求提供公开出版物'], ['4', '4.无正当理由大量反复申请'], ['5', '5.要求行政机关确认或重新出具已获取信息']] },
];
const SIX_2021: Array<[string, string]> = [
  ['1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['3', '3.其他'],
];

function table3(doc: ReportDoc): Grid {
  const vals = (ind: string) => valueCells(doc, `三.${ind}`, 7);
  const six = doc.template === 'gov-2021' && !doc.singleSix;
  const resultRows = 2 + 8 + 3 + 5 + (six ? 3 : 1) + 1;
  const body: Cell[][] = [
    [{ text: '一、本年新收政府信息公开申请数量', colspan: 3, role: 'label' }, ...vals('一')],
    [{ text: '二、上年结转政府信息公开申请数量', colspan: 3, role: 'label' }, ...vals('二')],
    [
      { text: '三、本年度办理结果', rowspan: resultRows, role: 'group' },
      { text: '（一）予以公开', colspan: 2, role: 'label' },
      ...vals('三(一)'),
    ],
    [{ text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', colspan: 2, role: 'label' }, ...vals('三(二)')],
  ];
  const group = (id: string, label: string, rows: Array<[string, string]>) =>
    rows.forEach(([n, l], i) =>
      body.push([...(i === 0 ? [{ text: label, rowspan: rows.length, role: 'group' as const }] : []), { text: l, role: 'label' }, ...vals(`${id}${n}`)]),
    );
  for (const g of GROUPS) group(g.id, g.label, g.rows);
  if (six) group('三(六)', '（六）其他处理', SIX_2021);
  else body.push([{ text: '（六）其他处理', colspan: 2, role: 'label' }, ...vals('三(六)')]);
  body.push([{ text: '（七）总计', colspan: 2, role: 'label' }, ...vals('三(七)')]);
  body.push([{ text: '四、结转下年度继续办理', colspan: 3, role: 'label' }, ...vals('四')]);
  return {
    id: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    cols: 10,
    labelCols: 3,
    head: [
      [
        { text: NOTE3, colspan: 3, rowspan: 2, head: true },
        { text: '自然人', rowspan: 2, head: true },
        { text: '法人或其他组织', colspan: 5, head: true },
        { text: '总计', rowspan: 2, head: true },
      ],
      ORGS.map((t) => ({ text: t, head: true })),
    ],
    body,
  };
}

export const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

function table4(doc: ReportDoc): Grid {
  const row = ['四.复议', '四.诉讼直接', '四.诉讼复议后'].flatMap((ind) => valueCells(doc, ind, 5));
  return {
    id: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    cols: 15,
    labelCols: 0,
    head: [
      [{ text: '行政复议', colspan: 5, head: true }, { text: '行政诉讼', colspan: 10, head: true }],
      [...OUTCOMES.map((t) => ({ text: t, rowspan: 2, head: true })), { text: '未经复议直接起诉', colspan: 5, head: true }, { text: '复议后起诉', colspan: 5, head: true }],
      [...OUTCOMES, ...OUTCOMES].map((t) => ({ text: t, head: true })),
    ],
    body: [row],
  };
}

export function reportTables(doc: ReportDoc): Grid[] {
  if (doc.template.startsWith('gov')) return [...table2(doc), table3(doc), table4(doc)];
  return [oldTable(doc)];
}

/** Slot of a flattened grid: the cell's text, and whether this slot is where the cell starts. */
export interface Slot {
  text: string;
  origin: boolean;
  cell: Cell;
  /** The slot repeats a cell spanning rows (not the first row) or columns (not the first column). */
  byRow: boolean;
  byCol: boolean;
}

/** The grid as a rectangle, spans expanded (each slot knows whether it is a copy). */
export function flatten(rows: Cell[][], cols: number): Slot[][] {
  const out: Slot[][] = [];
  rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (out[r][c]) c++;
      const rs = cell.rowspan ?? 1;
      const cs = cell.colspan ?? 1;
      for (let i = 0; i < rs; i++)
        for (let j = 0; j < cs; j++) {
          const target = (out[r + i] ??= []);
          target[c + j] = { text: cell.text, origin: i === 0 && j === 0, cell, byRow: i > 0, byCol: j > 0 };
        }
      c += cs;
    }
  });
  const empty: Cell = { text: '' };
  return out.map((row) => Array.from({ length: cols }, (_, i) => row[i] ?? { text: '', origin: true, cell: empty, byRow: false, byCol: false }));
}
