// Markdown tables (「| 统计指标 | 单位 | 统计数 |」), as some converters write report tables, become tab-
// separated rows, which the layout stage already reads cell by cell; their |---| rule lines become blank.
// Each kept character keeps its source column, so positions still point into the ingested line.

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const RULE_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function unpipe(text: string, cols: number[]): { text: string; cols: number[] } {
  if (RULE_ROW.test(text) && text.includes('|')) return { text: '', cols: [] };
  if (!PIPE_ROW.test(text)) return { text, cols };
  const first = text.indexOf('|');
  const last = text.lastIndexOf('|');
  let out = '';
  const outCols: number[] = [];
  for (let i = first + 1; i < last; i++) {
    out += text[i] === '|' ? '\t' : text[i];
    outCols.push(cols[i]!);
  }
  return { text: out, cols: outCols };
}
