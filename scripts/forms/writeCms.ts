// cms.html: the report as a government CMS publishes it after someone pasted it from Word: MsoNormal
// paragraphs, <o:p></o:p>, mso-* spans, <font> tags, &nbsp; padding, tables with width attributes, numbers
// whose digits are split over nested spans, and the site's navigation, header and footer around it.

import type { ReportDoc } from './loadReport.ts';
import { esc } from './writeHtml.ts';
import { reportTables, type Cell, type Grid } from './tables.ts';

/** A deterministic pseudo-random sequence (so regenerating gives the same file). */
function rng(seed: string) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

const SPAN = `<span style="font-size:12.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:'Times New Roman';mso-bidi-font-family:宋体;color:#333333;mso-font-kerning:0pt">`;
const NUMSPAN = `<span lang="EN-US" style="font-size:12.0pt;font-family:'Times New Roman';mso-fareast-font-family:仿宋_GB2312;color:#333333">`;

/** Digits of a number split over nested spans, as Word's revision runs leave them. */
function splitDigits(text: string, r: () => number): string {
  if (!/^\d{2,}/.test(text) || r() < 0.35) return esc(text);
  const cut = 1 + Math.floor(r() * (text.length - 1));
  const a = text.slice(0, cut);
  const b = text.slice(cut);
  return r() < 0.5
    ? `${NUMSPAN}${esc(a)}<span style="mso-spacerun:yes">${esc(b)}</span></span>`
    : `<span lang="EN-US">${esc(a)}</span><span lang="EN-US" style="mso-bidi-font-weight:bold">${esc(b)}</span>`;
}

/** Prose with numbers in their own Times New Roman runs. */
function runs(text: string, r: () => number): string {
  return text
    .split(/(\d+(?:\.\d+)?)/)
    .map((part, i) => (i % 2 ? `</span>${NUMSPAN}${splitDigits(part, r)}</span>${SPAN}` : esc(part)))
    .join('');
}

function para(text: string, r: () => number, align?: string): string {
  const style = align ? `text-align:${align};` : 'text-indent:32.0pt;';
  return `<p class="MsoNormal" style="${style}line-height:28.0pt;mso-line-height-rule:exactly;background:white">${SPAN}${runs(text, r)}<o:p></o:p></span></p>`;
}

function cmsCell(c: Cell, r: () => number, widthPx: number): string {
  const span = `${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
  let inner: string;
  if (c.text === '') inner = r() < 0.5 ? '&nbsp;' : '<o:p>&nbsp;</o:p>';
  else if (c.role === 'value') inner = `${splitDigits(c.text, r)}`;
  else inner = esc(c.text);
  const pad = c.role === 'value' && c.text && r() < 0.3 ? '&nbsp;' : '';
  const align = c.role === 'label' ? 'left' : 'center';
  const font = r() < 0.3 ? [`<font face="宋体" size="2">`, '</font>'] : ['', ''];
  return `<td width="${widthPx}"${span} valign="center" style="width:${(widthPx * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="${align}" style="text-align:${align}"><span style="font-size:10.5pt;font-family:宋体;mso-ascii-font-family:'Times New Roman'">${font[0]}${pad}${inner}${pad}${font[1]}<o:p></o:p></span></p></td>`;
}

function cmsTable(g: Grid, r: () => number): string {
  const w = (i: number) => (i < g.labelCols ? 160 : 70);
  const rows = [...g.head, ...g.body].map(
    (row) => `<tr style="mso-yfti-irow:0;height:20.0pt">${row.map((c, i) => cmsCell(c, r, w(i))).join('')}</tr>`,
  );
  const parts: string[] = [];
  if (g.heading) parts.push(`<p class="MsoNormal" style="text-indent:32.0pt"><b><span style="font-size:16.0pt;font-family:黑体">${esc(g.heading)}<o:p></o:p></span></b></p>`);
  if (g.caption) parts.push(`<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:14.0pt;font-family:方正小标宋简体">${esc(g.caption)}<o:p></o:p></span></b></p>`);
  parts.push(
    `<div align="center"><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="${g.cols > 8 ? 900 : 600}" style="width:${g.cols > 8 ? 675 : 450}pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
  );
  return parts.join('\n');
}

export function cmsHtml(doc: ReportDoc): string {
  const r = rng(doc.id);
  const grids = reportTables(doc);
  const body = doc.blocks
    .map((b) => {
      if (b.kind === 'tables') return grids.map((g) => cmsTable(g, r)).join('\n<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n');
      if (b.kind === 'h2') return `<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:'Times New Roman'">${esc(b.text)}<o:p></o:p></span></p>`;
      if (b.kind === 'h3') return `<p class="MsoNormal" style="text-indent:32.0pt"><b><span style="font-size:16.0pt;font-family:楷体_GB2312">${esc(b.text)}<o:p></o:p></span></b></p>`;
      if (b.kind === 'sign') return para(b.text, r, 'right');
      return para(b.text, r);
    })
    .join('\n');
  const date = `${doc.year + 1}-01-20`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(doc.title)}_政府信息公开年报</title>
<meta name="ArticleTitle" content="${esc(doc.title)}" />
<meta name="PubDate" content="${date} 09:30" />
<meta name="ColumnName" content="政府信息公开年报" />
<link rel="stylesheet" type="text/css" href="/images/2019style.css" />
<script type="text/javascript">var _hmt = _hmt || []; var zwgk_nav = "年报";</script>
</head>
<body>
<div class="top"><div class="wrap"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a> | <span>无障碍浏览</span> | <span>长者模式</span></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="人民政府门户网站" /></div><form class="search" action="/search/"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/zfxxgk/">政府信息公开</a></li><li><a href="/zwgk/zfxxgk/zfxxgknb/">政府信息公开年报</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/zfxxgknb/">政府信息公开年报</a></div>
<div class="article">
<div class="article-title"><h1>${esc(doc.title)}</h1></div>
<div class="article-info">发布时间：${date}&nbsp;&nbsp;&nbsp;来源：政府办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1024</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="TRS_Editor"><div class="WordSection1" style="layout-grid:15.6pt">
<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><b><span style="font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:'Times New Roman'">${esc(doc.title)}<o:p></o:p></span></b></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
${body}
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
</div></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/zfxxgk/zfxxgknb/">${doc.year - 1}年政府信息公开工作年度报告</a></li><li><a href="/zwgk/zfxxgk/zfxxgkzn/">政府信息公开指南</a></li></ul></div>
<div class="footer"><p>主办：人民政府办公室&nbsp;&nbsp;承办：大数据中心</p><p>网站标识码：0000000000&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">ICP备00000000号</a>&nbsp;&nbsp;<img src="/images/jiucuo.png" alt="政府网站找错" /></p></div>
</body>
</html>
`;
}
