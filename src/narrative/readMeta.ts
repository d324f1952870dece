// Reads what a report says about itself: title, year, issuing body and region, the statistical period,
// and the date under the signature.

import type { NormLine, ReportMeta, SourcePos } from '../model/types.ts';
import type { TextStream } from './textStream.ts';

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const BODY = /^(.*?(?:人民政府办公室|人民政府|管理委员会|管委会|政府办公室|政府|委员会|办公室|[局厅委办署院]))/;

/** The year a report is about, from its title. */
export function readYear(lines: NormLine[]): number | undefined {
  const year = /(20\d\d|19\d\d)\s*年/.exec(readTitle(lines) ?? '');
  return year ? Number(year[1]) : periodYear(lines.slice(0, 60).map((l) => l.text).join(''));
}

/**
 * The year a statistical period of one whole calendar year names (「统计期限自 2020 年 1 月 1 日起至 2020
 * 年 12 月 31 日止」, wrapped over lines or not), for a report whose title does not reach its text (a
 * converter that dropped it).
 */
export function periodYear(text: string): number | undefined {
  const m = /统计期[限间]?[^。]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日[^。]{0,8}?(?:至|到)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/.exec(text.replace(/\s+/g, ''));
  return m && (m[2] === undefined || m[2] === m[1]) ? Number(m[1]) : undefined;
}

export function readMeta(lines: NormLine[], stream: TextStream, titleHint?: string): Omit<ReportMeta, 'template'> {
  const title = titleHint && /报告/.test(titleHint) ? titleHint : readTitle(lines);
  const meta: Omit<ReportMeta, 'template'> = title ? { title, ...metaFromTitle(title) } : {};
  meta.year ??= periodYear(stream.text);
  if (meta.year === undefined) delete meta.year;
  const period = readPeriod(stream, meta.year);
  if (period) meta.period = period;
  const signed = readSignature(lines);
  if (signed) meta.signed = signed;
  return meta;
}

/** What a title says of the year, the issuing body and its region (share links rebuild these from it). */
export function metaFromTitle(title: string): Pick<ReportMeta, 'year' | 'body' | 'region'> {
  const meta: Pick<ReportMeta, 'year' | 'body' | 'region'> = {};
  const year = /(20\d\d|19\d\d)\s*年/.exec(title);
  if (year) meta.year = Number(year[1]);
  const rest = title.replace(/(20\d\d|19\d\d)\s*年度?/, '').replace(/^关于/, '');
  const body = BODY.exec(rest)?.[1];
  if (body && body.length <= 30) {
    meta.body = body;
    const region = body.replace(/(人民政府办公室|人民政府|政府办公室|政府|管理委员会|管委会).*$/, '');
    if (region) meta.region = region;
  }
  return meta;
}

export function readTitle(lines: NormLine[]): string | undefined {
  const archived = lines.find((l) => /^标题[:：]/.test(l.text));
  if (archived) return archived.text.replace(/^标题[:：]\s*/, '').trim();
  let title = '';
  for (const line of lines.slice(0, 30)) {
    const text = line.text.trim();
    if (text === '') continue;
    title += text;
    // A title ends with 报告 (and perhaps a bracketed note); a sentence that names the report (「本报告根据
    // 《条例》……」) is prose, and no title stands after it.
    if (/报告/.test(text)) return /报告\s*(?:[（(][^）)]{0,12}[）)])?$/.test(title) && !/[。，；]/.test(title) ? title.replace(/(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d])/g, '') : undefined;
    if (title.length > 60) break;
  }
  return undefined;
}

function readPeriod(stream: TextStream, year: number | undefined): ReportMeta['period'] | undefined {
  const m = /统计期[限间]?[^。]{0,12}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。]{0,8}?(?:至|到)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(
    stream.text,
  );
  if (m) {
    const [, y1, m1, d1, y2, m2, d2] = m;
    return {
      start: iso(y1!, m1!, d1!),
      end: iso(y2 ?? y1!, m2!, d2!),
      pos: stream.pos(m.index, m.index + m[0].length),
    };
  }
  // Annual reports cover the calendar year when they do not say otherwise.
  return year ? { start: `${year}-01-01`, end: `${year}-12-31` } : undefined;
}

/** The last line that is nothing but a date: that is the date under the signature. */
function readSignature(lines: NormLine[]): { date: string; pos: SourcePos } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const m = new RegExp(`^\\s*${DATE.source}\\s*$`).exec(line.text);
    if (!m) continue;
    const start = line.text.search(/\d/);
    const first = line.cols[start] ?? 1;
    const last = line.cols[line.text.trimEnd().length - 1] ?? first;
    return { date: iso(m[1]!, m[2]!, m[3]!), pos: { line: line.line, col: first, length: last - first + line.fold } };
  }
  return undefined;
}

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
