// page.html: the report as a clean web page (title, narrative paragraphs, the statistics tables as real
// <table>s laid out as the template prints them). `extraCss` gives the print variants (landscape, fonts).

import type { Block, ReportDoc } from './loadReport.ts';
import { reportTables, type Cell, type Grid } from './tables.ts';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellHtml(c: Cell, tag: 'td' | 'th'): string {
  const attrs = [c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : '', c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''].join('');
  const cls = c.role === "value" ? ' class="num" align="center"' : c.role === "unit" ? ' class="unit" align="center"' : c.role === "group" ? ' class="group" align="center"' : "";
  return `<${tag}${attrs}${cls}>${esc(c.text)}</${tag}>`;
}

export function gridHtml(g: Grid, indent = '  '): string {
  const out: string[] = [];
  if (g.heading) out.push(`${indent}<h2>${esc(g.heading)}</h2>`);
  if (g.caption) out.push(`${indent}<p class="caption">${esc(g.caption)}</p>`);
  out.push(`${indent}<table class="stat t${g.id.replace(/[()]/g, '')}" border="1" cellspacing="0" cellpadding="3">`);
  out.push(`${indent}  <thead>`);
  for (const row of g.head) out.push(`${indent}    <tr>${row.map((c) => cellHtml(c, 'th')).join('')}</tr>`);
  out.push(`${indent}  </thead>`, `${indent}  <tbody>`);
  for (const row of g.body) out.push(`${indent}    <tr>${row.map((c) => cellHtml(c, 'td')).join('')}</tr>`);
  out.push(`${indent}  </tbody>`, `${indent}</table>`);
  return out.join('\n');
}

export const BASE_CSS = `
  @page { size: A4; margin: 20mm 18mm; }
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; line-height: 1.6; margin: 0 auto; max-width: 60em; }
  h1 { font-size: 18pt; text-align: center; }
  h2 { font-size: 14pt; margin: 1em 0 .4em; }
  h3 { font-size: 12pt; margin: .8em 0 .3em; }
  p { text-indent: 2em; margin: .3em 0; }
  p.sign { text-align: right; text-indent: 0; }
  p.caption { text-align: center; text-indent: 0; font-weight: bold; }
  table.stat { border-collapse: collapse; margin: .5em auto 1em; font-size: 10.5pt; }
  table.stat th, table.stat td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
  table.stat th { font-weight: bold; text-align: center; }
  table.stat td.num, table.stat td.unit { text-align: center; }
  table.stat td.group { text-align: center; }
  table.t四 th, table.t四 td { font-size: 9pt; padding: 2px 2px; }
`;

export function blocksHtml(doc: ReportDoc, blocks: Block[], tables: (grids: Grid[]) => string): string {
  const grids = reportTables(doc);
  return blocks
    .map((b) => {
      if (b.kind === 'tables') return tables(grids);
      if (b.kind === 'sign') return `  <p class="sign">${esc(b.text)}</p>`;
      return `  <${b.kind}>${esc(b.text)}</${b.kind}>`;
    })
    .join('\n');
}

export function pageHtml(doc: ReportDoc, extraCss = ''): string {
  const body = blocksHtml(doc, doc.blocks, (grids) => grids.map((g) => gridHtml(g)).join('\n'));
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(doc.title)}</title>
<style>${BASE_CSS}${extraCss}</style>
</head>
<body>
<article>
  <h1>${esc(doc.title)}</h1>
${body}
</article>
</body>
</html>
`;
}
