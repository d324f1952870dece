// The whole pipeline for one text document: normalize → layout → template → check. Pure TypeScript:
// the page runs it in a Web Worker, the CLI and the tests in Node.

import type { Analysis, Bilingual, Cell, NormLine } from '../model/types.ts';
import { normalizeLines } from '../source/normalize/normalizeLines.ts';
import { textStream } from '../narrative/textStream.ts';
import { overlongCounts, readClaims } from '../narrative/readClaims.ts';
import { readEnumerations } from '../narrative/readEnumerations.ts';
import { linkClaims } from '../narrative/linkClaims.ts';
import { linkParts } from '../narrative/linkParts.ts';
import { readMeta, readYear } from '../narrative/readMeta.ts';
import { recognize } from '../tables/recognize.ts';
import { hasTable3Heading, table3HasNoNumbers } from '../tables/gov/govHeadings.ts';
import { runRules } from '../check/runRules.ts';
import { withoutSpans } from '../narrative/withoutSpans.ts';

/** The stages of the analysis after the input is read, reported as they begin (the page shows them). */
export type Stage = 'tables' | 'narrative' | 'checks';
export type StageListener = (stage: Stage) => void;

export function analyzeText(text: string, fileName: string, onStage?: StageListener): Analysis {
  return analyzeLines(normalizeLines(text), fileName, { kind: 'text' }, {}, onStage);
}

/** The stages after normalisation, shared by text and PDF input (a PDF's lines are rebuilt from positions). */
/** What the input knows about itself beyond its text: a web page's title from its metadata. */
export interface Hints {
  title?: string;
}

export function analyzeLines(lines: NormLine[], fileName: string, source: Analysis['source'], hints: Hints = {}, onStage?: StageListener): Analysis {
  onStage?.('tables');
  const recognized = recognize(lines, readYear(lines));
  onStage?.('narrative');
  const prose = withoutSpans(lines, recognized.consumed);
  const stream = textStream(prose);
  const meta = { template: recognized.template.id, ...readMeta(lines, stream, hints.title) };
  const claims = readClaims(stream);
  const enumerations = readEnumerations(stream.text, claims);
  const links = linkParts(recognized.template, claims, enumerations, linkClaims(recognized.template, claims, stream.text, meta.year));
  const cells = new Map<string, Cell>(recognized.cells.map((c) => [c.ref, c]));
  onStage?.('checks');
  const ruled = runRules({
    template: recognized.template,
    cells,
    columns: recognized.columns,
    meta,
    claims,
    enumerations,
    links,
  });
  const findings = [...recognized.findings, ...ruled];
  const notices: Bilingual[] = [...recognized.notices];
  const hidden = hiddenInNumbers(lines);
  if (hidden) notices.push(hidden);
  const reordered = reorderedLines(lines);
  if (reordered) notices.push(reordered);
  const overlong = overlongCounts(stream.text).map((o) => ({ line: stream.pos(o.start, o.end).line, raw: o.raw }));
  const overlongCells = recognized.cells.filter((c) => c.value.kind === 'malformed' && (c.value.raw.match(/\d/g)?.length ?? 0) > 15);
  for (const c of overlongCells) overlong.push({ line: c.pos.line, raw: c.value.raw });
  if (overlong.length) notices.push(tooManyDigits(overlong));
  if (recognized.template.id === 'none') {
    // A 2019/2021 report whose table 三 heading is printed but whose cells could not be placed (text one
    // cell per line, out of order) is told so: its tables are there, they were not read.
    notices.push(
      hasTable3Heading(lines) && table3HasNoNumbers(lines)
        ? {
            zh: '文中有“收到和处理政府信息公开申请情况”表，但表中的数字不在文字中（可能是表单域、图片，或没有文字映射的字体），表格未读取，只核对了正文中的数字。',
            en: 'The text has the table “收到和处理政府信息公开申请情况”, but its numbers are not in the text (form fields, images, or a font without a text map): the tables were not read and only the narrative was checked.',
          }
        : hasTable3Heading(lines)
        ? {
            zh: '文中有“收到和处理政府信息公开申请情况”表，但其单元格的次序无法确定（例如无版式、逐格换行的文本），表格未读取，只核对了正文中的数字。请改用原 PDF 或网页。',
            en: 'The text has the table “收到和处理政府信息公开申请情况”, but the order of its cells cannot be established (e.g. text without layout, one cell per line); the tables were not read and only the narrative was checked. The original PDF or web page reads fully.',
          }
        : {
            zh: '没有找到可识别的统计表（统计指标 / 单位 / 统计数）。只核对了正文中的数字。',
            en: 'No recognisable statistics table (统计指标 / 单位 / 统计数) was found; only the narrative was checked.',
          },
    );
  }
  return {
    version: 1,
    fileName,
    source,
    meta,
    tables: recognized.tables,
    cells: recognized.cells,
    unmatched: recognized.unmatched,
    claims,
    enumerations,
    links,
    findings,
    lines,
    notices,
  };
}

/**
 * Says where characters that print nothing were dropped from inside numbers: the number was read without
 * them (「6\u200B47」 as 647), and a reader checking the source should know the text held more than it shows.
 */
function hiddenInNumbers(lines: NormLine[]): Bilingual | undefined {
  const where = lines.filter((l) => l.hidden).map((l) => l.line);
  if (where.length === 0) return undefined;
  const shown = where.slice(0, 5).join('、');
  const more = where.length > 5 ? { zh: ` 等 ${where.length} 行`, en: ` and ${where.length - 5} more` } : { zh: '', en: '' };
  return {
    zh: `第 ${shown}${more.zh} 行的数字中夹有不可见的字符（零宽空格、方向标记、NUL 等），已去掉后读取。`,
    en: `Numbers on line${where.length > 1 ? 's' : ''} ${where.slice(0, 5).join(', ')}${more.en} had characters that print nothing inside them (zero-width spaces, direction marks, NUL…); they were read without them.`,
  };
}

/** Says where a count had too many digits to be held exactly: it was not read as a number, never rounded. */
function tooManyDigits(where: Array<{ line: number; raw: string }>): Bilingual {
  const digits = (raw: string) => raw.replace(/\D/g, '').length;
  const shown = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 20)}…（${digits(raw)} 位）` : raw);
  const list = where.slice(0, 3).map((w) => `第 ${w.line} 行「${shown(w.raw)}」`).join('、');
  const listEn = where.slice(0, 3).map((w) => `line ${w.line} (${w.raw.length > 24 ? `${w.raw.slice(0, 20)}…, ${digits(w.raw)} digits` : w.raw})`).join(', ');
  return {
    zh: `${list}${where.length > 3 ? ` 等 ${where.length} 处` : ''}的数字超过 15 位，无法精确计数，未作为数字读取，也未参与核对。`,
    en: `The number${where.length > 1 ? 's' : ''} at ${listEn}${where.length > 3 ? ` and ${where.length - 3} more` : ''} ha${where.length > 1 ? 've' : 's'} more than 15 digits, beyond exact counting: not read as numbers and not checked.`,
  };
}

/**
 * Says where direction overrides were dropped: a screen shows those characters in another order than the
 * file stores them (a 「Trojan source」 trick), and the analysis reads them as stored.
 */
function reorderedLines(lines: NormLine[]): Bilingual | undefined {
  const where = lines.filter((l) => l.reordered).map((l) => l.line);
  if (where.length === 0) return undefined;
  const shown = where.slice(0, 5).join('、') + (where.length > 5 ? ` 等 ${where.length} 行` : '');
  return {
    zh: `第 ${shown} 行含有改变文字显示方向的控制字符：屏幕上显示的数字可能与文件中存储的不同（例如显示为 81，存储为 18）。已按存储的顺序读取，请对照原文核实。`,
    en: `Line${where.length > 1 ? 's' : ''} ${where.slice(0, 5).join(', ')}${where.length > 5 ? ` and ${where.length - 5} more` : ''} carr${where.length > 1 ? 'y' : 'ies'} direction overrides: a screen may show their numbers in another order than the file stores them (81 shown, 18 stored). They were read as stored; check them against the original.`,
  };
}
