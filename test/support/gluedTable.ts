// A 2021-format report whose tables lost every blank between their numbers (as text copied from some
// PDFs prints them): table 三 with the given runs of digits by row id ('0000000' otherwise), labelled as
// real reports print it (a typo, 「2、」 numbering, a stray space), and table 四 as one run. Used by the
// glued-digit reader's tests and by the page's correction test (a glued cell offering its readings).

import { gov2021 } from '../../src/template/gov2021.ts';

/** Table 三 in the 2021 format with the given runs (by row id, '0000000' otherwise), labels as printed. */
export function gluedTable3(runs: Record<string, string>, table4 = '000000000000000'): string {
  const labels = gov2021.indicators.filter((d) => d.table === '三').map((d) => {
    const item = /\)(\d)$/.exec(d.id)?.[1];
    const group = /\((.)\)$/.exec(d.id)?.[1];
    const marker = item ? `${item}.` : group ? `（${group}）` : `${d.id.slice(-1)}、`;
    // The typo, the 、 numbering and the stray space real reports print.
    if (d.id === '三.三(三)2') return { d, text: '2、其他法律行政止公开' };
    if (d.id === '三.三(三)3') return { d, text: '3. 危及“三 安全一稳定”' };
    return { d, text: marker + d.label };
  });
  const body = labels.map(({ d, text }) => text + (d.group ? '' : (runs[d.id] ?? '0000000'))).join('');
  return `说明文字。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000三、收到和处理政府信息公开申请情况申请人情况${body}四、政府信息公开行政复议、行政诉讼情况结果维持结果纠正其他结果尚未审结总计${table4}五、存在的主要问题。`;
}

