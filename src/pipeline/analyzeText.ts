// The whole pipeline for one text document: normalize → layout → template → check. Pure TypeScript:
// the page runs it in a Web Worker, the CLI and the tests in Node.

import type { Analysis, Bilingual, Cell, NormLine } from '../model/types.ts';
import { normalizeLines } from '../source/normalize/normalizeLines.ts';
import { textStream } from '../narrative/textStream.ts';
import { overlongCounts } from '../narrative/readClaims.ts';
import { readNarrative } from '../narrative/readNarrative.ts';
import { readMeta, readYear } from '../narrative/readMeta.ts';
import { recognize } from '../tables/recognize.ts';
import { hasTable3Heading, table3HasNoNumbers } from '../tables/gov/govHeadings.ts';
import { runRules } from '../check/runRules.ts';
import { doubtUnsureReadings } from '../tables/ocrDoubt.ts';
import { withoutSpans } from '../narrative/withoutSpans.ts';
import { inputNotices } from './inputNotices.ts';
import { csvAsTabbedText, isCsvName } from '../source/text/csvText.ts';
import { blankZeroNotice } from '../check/blankAsZero.ts';

/**
 * The stages of the analysis after the input is read, reported as they begin (the page shows them); 'ocr'
 * comes first for a scan, whose pages are then reported as they are recognised.
 */
export type Stage = 'ocr' | 'tables' | 'narrative' | 'checks';
export type StageListener = (stage: Stage) => void;

export function analyzeText(text: string, fileName: string, onStage?: StageListener): Analysis {
  const laid = isCsvName(fileName) ? csvAsTabbedText(text) : text;
  return analyzeLines(normalizeLines(laid), fileName, { kind: 'text' }, {}, onStage);
}

/** The stages after normalisation, shared by text and PDF input (a PDF's lines are rebuilt from positions). */
/** What the input knows about itself beyond its text: a web page's title from its metadata. */
export interface Hints {
  title?: string;
}

export function analyzeLines(lines: NormLine[], fileName: string, source: Analysis['source'], hints: Hints = {}, onStage?: StageListener): Analysis {
  onStage?.('tables');
  const read = recognize(lines, readYear(lines));
  const recognized = { ...read, cells: doubtUnsureReadings(read.cells, lines) };
  onStage?.('narrative');
  const prose = withoutSpans(lines, recognized.consumed);
  const stream = textStream(prose);
  const meta = { template: recognized.template.id, ...readMeta(lines, stream, hints.title) };
  const { claims, enumerations, links } = readNarrative(recognized.template, stream, meta.year);
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
  const blankZero = blankZeroNotice(recognized.template, recognized.cells);
  if (blankZero) notices.push(blankZero);
  const overlong = overlongCounts(stream.text).map((o) => ({ line: stream.pos(o.start, o.end).line, raw: o.raw }));
  const overlongCells = recognized.cells.filter((c) => c.value.kind === 'malformed' && (c.value.raw.match(/\d/g)?.length ?? 0) > 15);
  for (const c of overlongCells) overlong.push({ line: c.pos.line, raw: c.value.raw });
  notices.push(...inputNotices(lines, overlong));
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
