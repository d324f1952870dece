// A row named the way the report prints it, not by the template's id: 「三(三)1」 of table 三 is printed
// 「三、（三）1.」 under the heading 「三、收到和处理政府信息公开申请情况」, so an official who never saw the
// template's ids reads 「表三 三、（三）1. 属于国家秘密」. Ids that carry no printed numbering (the Fujian
// tables' 「答复3」, table 四's 「复议」) are named by their label alone.

const NUMERAL = '[一二三四五六七八九十]+';
const ROW_ID = new RegExp(`^(${NUMERAL})?(?:\\((${NUMERAL})\\))?(\\d+)?(其中\\d*)?$`);
const TABLE_PREFIX = new RegExp(`^(${NUMERAL}(?:\\(${NUMERAL}\\))?)\\.(.+)$`);

/** The numbering the report prints before a row's label, e.g. 「表三 三、（三）1. 」; '' when it prints none. */
export function printedNumber(indicator: string): string {
  const table = TABLE_PREFIX.exec(indicator);
  const tableName = table ? `表${fullWidthParens(table[1]!)} ` : '';
  const row = ROW_ID.exec(table ? table[2]! : indicator);
  if (!row || (!row[1] && !row[2] && !row[3])) return tableName;
  const [, top, group, item, within] = row;
  return `${tableName}${top ? `${top}、` : ''}${group ? `（${group}）` : ''}${item ? `${item}. ` : ''}${within ? '其中：' : ''}`;
}

function fullWidthParens(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** The number alone, for formulas: 「三（七）」, 「一」, 「（三）1」, 「三（三）4其中1」; the id when it has none. */
export function shortNumber(indicator: string): string {
  const table = TABLE_PREFIX.exec(indicator);
  const row = table ? table[2]! : indicator;
  return ROW_ID.test(row) ? fullWidthParens(row) : indicator;
}
