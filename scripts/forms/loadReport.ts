// Loads one keyed report as the forms need it: the table values (from test/fixtures/keys/<id>.json, or the
// project's own reading of the original while no key exists), the printed row labels and units, and the
// narrative as paragraphs (the original's text with the table region cut out).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { REPORTS } from './reports.ts';

export const root = join(import.meta.dirname, '..', '..');
export const fixtures = join(root, 'test', 'fixtures');

export type Block =
  | { kind: 'h2' | 'h3' | 'p' | 'sign'; text: string }
  | { kind: 'tables' };

export interface ReportDoc {
  id: string;
  title: string;
  template: string; // national-2008 | fujian-2008 | fujian-2014 | gov-2019 | gov-2021
  /** 2021 format printed with one （六）其他处理 row (洪泽 2023). */
  singleSix: boolean;
  year: number;
  /** indicator@column → printed string ('' blank). */
  values: Map<string, string>;
  /** Indicators the report prints (in key order). */
  indicators: string[];
  units: Map<string, string>;
  labels: Map<string, string>;
  /** Column headers of the old tables (e.g. ['指标名称','计量单位','2012年度','历年累计']). */
  header: string[];
  caption: string;
  blocks: Block[];
  source: 'key' | 'analysis';
  /** Glued cells rendered as one cell spanning the row's value columns from `from` on. */
  glued: Map<string, { text: string; from: number }>;
  notes: string[];
}

interface KeyCell { indicator: string; column: number; value?: number; kind?: string; raw?: string; orValue?: number }

const HAN = /[\u3000-\u9fff\uff00-\uffef]/;

function cellText(c: KeyCell): string {
  if (c.value !== undefined) return String(c.value);
  if (c.kind === 'blank') return '';
  if (c.kind === 'dash') return c.raw ?? '/';
  return c.raw ?? '';
}

export async function loadReport(id: string): Promise<ReportDoc> {
  const original = REPORTS[id];
  if (!original) throw new Error(`unknown report ${id}`);
  const result = await analyzeFileNode(new Uint8Array(readFileSync(join(fixtures, original))), original.split('/').pop()!);
  if (!result.ok) throw new Error(`${id}: ${result.reason.en}`);
  const a = result.analysis as any;
  const keyPath = join(fixtures, 'keys', `${id}.json`);
  const key = existsSync(keyPath) ? JSON.parse(readFileSync(keyPath, 'utf8')) : undefined;
  const notes: string[] = [];
  const values = new Map<string, string>();
  const indicators: string[] = [];
  const glued = new Map<string, { text: string; from: number }>();
  const cells: KeyCell[] = key
    ? key.cells
    : a.cells.map((c: any) => ({ indicator: c.indicator, column: c.column, ...(c.value.kind === 'number' ? { value: c.value.value } : { kind: c.value.kind, raw: c.value.raw }) }));
  for (const c of cells) {
    if (!indicators.includes(c.indicator)) indicators.push(c.indicator);
    values.set(`${c.indicator}@${c.column}`, cellText(c));
  }
  // Numbers keep the digits the original prints (decimals such as 135. or 96171.6).
  for (const c of a.cells) {
    const k = `${c.indicator}@${c.column}`;
    if (c.value.kind === 'number' && values.get(k) === String(c.value.value)) values.set(k, c.value.raw.replace(/[,，]/g, ''));
  }
  // Glued cells: the key's orValue (the split the report's prose settles) where it gives one; otherwise
  // the glued string is printed once, spanning the row's value columns.
  for (const c of cells) {
    if (c.kind === 'text' && c.orValue !== undefined) {
      values.set(`${c.indicator}@${c.column}`, String(c.orValue));
      notes.push(`${c.indicator}@${c.column}: glued 「${c.raw}」 printed as ${c.orValue} (the key's orValue)`);
    }
  }
  // A row glued across columns: the columns the key splits (orValue) printed apart, the rest as one cell
  // holding what is left of the glued string.
  const byRow = new Map<string, KeyCell[]>();
  for (const c of cells) if (c.kind === 'text') byRow.set(c.indicator, [...(byRow.get(c.indicator) ?? []), c]);
  for (const [ind, row] of byRow) {
    const raw = row[0]?.raw ?? '';
    const rest = row.filter((c) => c.orValue === undefined).sort((x, y) => x.column - y.column);
    if (row.length < 2 || rest.length < 2 || !row.every((c) => c.raw === raw)) continue;
    const from = rest[0]!.column;
    const prefix = row.filter((c) => c.column < from && c.orValue !== undefined).map((c) => String(c.orValue)).join('');
    const text = raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
    glued.set(ind, { text, from });
    notes.push(`${ind}: glued 「${raw}」: columns ${from}… kept as one cell 「${text}」 spanning them (the key gives them as text)`);
  }
  const units = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const c of a.cells) {
    if (c.unit && !units.has(c.indicator)) units.set(c.indicator, c.unit);
    if (c.label && !labels.has(c.indicator)) labels.set(c.indicator, c.label.replace(/\s+/g, ' ').trim());
  }
  const template: string = key?.template ?? a.meta.template;
  const singleSix = template === 'gov-2021' && values.has('三.三(六)@0') && !values.has('三.三(六)1@0');
  const { blocks, caption } = narrative(a, template);
  return {
    id,
    title: key?.title ?? a.meta.title,
    template,
    singleSix,
    year: key?.year ?? a.meta.year,
    values,
    indicators,
    units,
    labels,
    header: a.tables?.[0]?.header ?? [],
    caption,
    blocks,
    source: key ? 'key' : 'analysis',
    glued,
    notes,
  };
}

// ---------- narrative ----------

const HEADING = /^([一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))/;
const SECTION_WORDS = [
  '概述', '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况',
  '政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进情况', '其他需要报告的事项', '基本情况', '主要做法',
];

function narrative(a: any, template: string): { blocks: Block[]; caption: string } {
  let lines: string[] = a.lines.map((l: any) => l.text as string);
  // Where the article is: after the archive header (==== 正文 ====) or the CMS page's chrome.
  let from = lines.findIndex((t) => /^=+\s*正文\s*=+$/.test(t.trim())) + 1;
  const links = lines.findIndex((t) => t.trim() === '相关链接：');
  if (from === 0 && links >= 0) from = links + 1;
  // Flat text with offsets of each line, to cut the table region by the cells' positions.
  const starts: number[] = [];
  let flat = '';
  lines.forEach((t, i) => {
    starts.push(flat.length);
    flat += (i >= from ? t : '') + '\n';
  });
  const off = (p: { line: number; col: number }) => (starts[a.lines.findIndex((l: any) => l.line === p.line)] ?? 0) + p.col - 1;
  const positions = a.cells.filter((c: any) => c.pos && c.value.kind !== 'blank').map((c: any) => ({ s: off(c.pos), e: off(c.pos) + c.pos.length }));
  const first = Math.min(...positions.map((p: any) => p.s));
  const last = Math.max(...positions.map((p: any) => p.e));
  let start: number;
  let end = last;
  let caption = '';
  if (template.startsWith('gov')) {
    const re = /二\s*[、.．]\s*主动公开政府信息情况/g;
    start = first;
    for (const m of flat.matchAll(re)) if (m.index! < first) start = m.index!;
    const five = flat.slice(last).search(/五\s*[、.．]/);
    if (five >= 0) end = last + five;
  } else {
    const t = flat.lastIndexOf('统计表', first);
    const back = Math.max(flat.lastIndexOf('。', t), flat.lastIndexOf('\n', t), flat.lastIndexOf('日 ', t) + 1);
    let s = back + 1;
    const span = flat.slice(s, t);
    const m = [...span.matchAll(/附件\s*\d*\s*[：:]?|附表|[一二三四五六七八九十]、/g)].pop();
    if (m) s += m.index!;
    const head = flat.slice(t).search(/指标名称|统计指标/);
    caption = flat.slice(s, t + head).replace(/\s+/g, (w) => (w.includes('\n') ? '' : ' ')).trim();
    start = s;
    const tail = flat.slice(last).search(/[\n 。]|$/);
    end = last + Math.max(0, tail);
  }
  let body = flat.slice(0, start) + '\n\u0000TABLES\u0000\n' + flat.slice(end);
  // A saved page's chrome before the article (「当前位置： 首页… 相关链接： --> 」).
  const chrome = body.slice(0, 600).search(/相关链接：\s*(--(&gt;|>))?/);
  if (chrome >= 0) body = body.slice(0, chrome).replace(/[^\n]*$/, '') + body.slice(chrome).replace(/^相关链接：\s*(--(&gt;|>))?\s*/, '');
  // End of the article in a saved web page.
  const stop = body.search(/\n(附件下载|扫一扫在手机上查看当前页面)\s*\n/);
  if (stop >= 0) body = body.slice(0, stop);
  const end2 = body.lastIndexOf(' 附件下载');
  if (end2 >= 0 && end2 > body.length - 20) body = body.slice(0, end2);
  lines = body.split('\n').map((t) => t.replace(/\*\*/g, '').trim()).filter((t) => t && !/^[-—–]\s*\d+\s*[-—–]$/.test(t) && !/^\d{1,3}$/.test(t));
  // The title printed on the first lines (德 州 市 人 民 政 府 / 2018 年政府信息公开工作年度报告).
  const compactTitle = (a.meta.title as string).replace(/\s/g, '');
  let acc = '';
  while (lines.length > 1) {
    const next = acc + (lines[0] ?? '').replace(/\s/g, '');
    if (!compactTitle.includes(next) && !(next.length >= 8 && /年.*报告$/.test(next) && next.length <= 40)) break;
    acc = next;
    lines.shift();
  }
  // Paragraphs: wrapped lines joined, a new one at a heading or after a sentence end.
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur) paras.push(cur);
    cur = '';
  };
  // A converted document prints a paragraph per line; a PDF's lines are wrapped at the page width.
  const lengths = lines.map((t) => t.length).sort((x, y) => x - y);
  const oneLinePerParagraph = (lengths[Math.floor(lengths.length / 2)] ?? 0) > 40 || lines.length < 5;
  const wrap = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  let lastLine = '';
  for (const t of lines) {
    if (oneLinePerParagraph) {
      paras.push(t);
      continue;
    }
    if (t === '\u0000TABLES\u0000') {
      flush();
      paras.push(t);
      continue;
    }
    const prevEnds = /[。！？：；]$/.test(cur) || lastLine.length < 0.75 * wrap;
    lastLine = t;
    const prevHeading = HEADING.test(cur) && cur.length <= 20 && !/[。，]/.test(cur);
    if (!cur || prevEnds || HEADING.test(t) || prevHeading) {
      flush();
      cur = t;
    } else {
      const glue = HAN.test(cur.slice(-1)) || HAN.test(t[0] ?? '') ? '' : ' ';
      cur += glue + t;
    }
  }
  flush();
  // Long one-line paragraphs (the archive's text): split before headings that follow a sentence end.
  const split: string[] = [];
  for (const p of paras) {
    const parts = p
      .replace(/([。！？；])\s*(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))/g, '$1\n')
      .replace(/\s{1,}(?=[一二三四五六七八九十]+、)/g, '\n')
      .split('\n');
    while (parts.length) {
      const part = (parts.shift() ?? '').trim();
      if (!part) continue;
      // A heading followed by a space, then its text (「五、主要问题和改进措施 虽然…」).
      const spaced = part.match(/^((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．])\s*[^\s，。；：、]{2,24})\s+(?=\S)/);
      if (spaced && part.length > spaced[0].length + 4) {
        split.push((spaced[1] ?? '').trim());
        parts.unshift(part.slice(spaced[0].length));
        continue;
      }
      const m = part.match(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*/);
      if (m) {
        const rest = part.slice(m[0].length);
        const word = SECTION_WORDS.find((w) => rest.startsWith(w) && rest.length > w.length);
        const year = rest.match(/^([^，。0-9]{2,24}?)(?=\d{4}年)/);
        const head = word ?? year?.[1];
        if (head && rest.length > head.length + 4) {
          split.push(m[0] + head);
          parts.unshift(rest.slice(head.length));
          continue;
        }
      }
      const dated = part.match(/^(.*[。！？])\s*((?:二[○〇零]|\d{4})\S{0,4}年\S{1,3}月\S{1,4}日)$/);
      if (dated) split.push(dated[1] ?? '', dated[2] ?? '');
      else split.push(part);
    }
  }
  // The title at the top (printed on one or two lines, or glued before the first sentence).
  const title = (a.meta.title as string).replace(/\s/g, '');
  const head = () => (split[0] ?? '').replace(/\s/g, '');
  while (split.length && title.includes(head()) && split[0] !== '\u0000TABLES\u0000') split.shift();
  const opening = split[0];
  if (opening !== undefined) {
    const m = opening.match(/^(\S{2,20}\s?\S{4,30}?年度?报告)\s*/);
    if (m) split[0] = opening.slice(m[0].length);
    if (head() && title.endsWith(head())) split.shift();
  }
  const blocks: Block[] = [];
  for (const p of split) {
    if (p === '\u0000TABLES\u0000') blocks.push({ kind: 'tables' });
    else if (/^[一二三四五六七八九十]+、/.test(p) && p.length <= 40 && !/[。，]/.test(p)) blocks.push({ kind: 'h2', text: p });
    else if (/^[（(][一二三四五六七八九十]+[）)]/.test(p) && p.length <= 30 && !/[。，]/.test(p)) blocks.push({ kind: 'h3', text: p });
    else if (p.length <= 24 && (/^(\d{4}|二[○〇零]..)\s*年\s*\d*\S*\s*月\s*\S+\s*日$/.test(p) || /(人民政府|办公室|管委会|政府)$/.test(p))) blocks.push({ kind: 'sign', text: p });
    else blocks.push({ kind: 'p', text: p });
  }
  return { blocks, caption };
}
