// Reads tables 二, 三 and 四 of the 2019/2021 templates where an HTML-to-text step flattened the whole
// page onto one line and glued the cells together (平潭 .txt archives: 「一、本年新收政府信息公开申请数量
// 640020470二、…」). The template guides the reading: each row is found by its label, in template order,
// and the digits between a row's label and the next row's label are its run. A run is cut into cells by
// splitDigitsRow.ts under the table's own identities (总计 = the six applicant columns; per column （七） =
// Σ results and 一 + 二 = （七） + 四; each 总计 of table 四 = its four outcomes). A cell that the identities
// do not settle is kept as text and explained; a table whose identities no reading satisfies is reported.

import type { Bilingual, Finding, NormLine, RawCell, RawTable } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import type { Span } from '../splitRowLine.ts';
import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { chooseGovTemplate } from './chooseGovTemplate.ts';
import { articleHeading } from './govHeadings.ts';
import type { GovReading } from './readGovTables.ts';
import {
  agreed, ambiguous, find, gluedSum, lastBefore, matchFrom, solveJointly, splitDigitsRow, table2Notice, tokensOf, tooMany, trimmed, unreadable, wordPattern,
  type CellKind, type Identity,
} from './splitDigitsRow.ts';

/** Text the tables occupy, [start, end) of a line's text, kept out of the narrative. */
export type Consumed = { line: number; start: number; end: number };

export type GluedGovReading = GovReading & { notices: Bilingual[]; findings: Finding[]; consumed: Consumed[] };

const FIRST_ROW = ['本年新收政府信息公开申请数量'];
const TABLE3_HEADING = /三\s*[、.．]\s*收到和处理政府信息公开申请情况/g;
const TABLE4_HEADING = /(?:四\s*[、.．]\s*)?(?:政府信息公开)?行政复议[、，]?\s*行政诉讼情况/g;
const TABLE2_HEADINGS: Array<[string, RegExp]> = ['一', '五', '六', '八', '九'].map((n) => [
  `二(${n})`,
  articleHeading(n, 'g'),
]);
/** What may precede a label as its numbering: （三）, 四、 or an item number 2. glued to the digits before. */
const LEAD = /(?:[（(]\s*[一二三四五六七]\s*[)）]|[一二三四]\s*[、.．]|\d\s*[.、．])\s*$/;
/** A run of table 二 may end in a unit printed inside the cell (「5394432.52元」). */
const UNIT = /^\s*(?:万元|元)/;

interface Out {
  line: NormLine;
  template: TemplateDef;
  reading: GluedGovReading;
  tables: Map<string, RawTable>;
}

/** One template row found in the line: its printed label and the run of digits after it. */
interface Row {
  def: IndicatorDef;
  label: Span;
  run: Span;
  /** False when something other than digits and headings stands between this label and the next. */
  readable: boolean;
}

export function readGluedGovTables(lines: NormLine[], year?: number): GluedGovReading | undefined {
  for (const line of lines) {
    // Tab-separated rows keep their cells; readGovTables reads those.
    if (line.text.includes('\t')) continue;
    const first = find(line.text, FIRST_ROW, 0, line.text.length);
    const reading = first && readLine(line, first, year);
    if (reading) return reading;
  }
  return undefined;
}

function readLine(line: NormLine, first: Span, year: number | undefined): GluedGovReading | undefined {
  const text = line.text;
  const end3 = matchFrom(TABLE4_HEADING, text, first.start)?.index ?? text.length;
  const heading3 = lastBefore(TABLE3_HEADING, text, first.start, 300);
  const start2 = lastBefore(TABLE2_HEADINGS[0]![1], text, first.start, 2000);
  const template = chooseTemplate(text.slice(first.start, end3), start2 === undefined ? '' : text.slice(start2, first.start), year);
  const rows = locateTable3(text, template, first.start, end3);
  const valueRows = rows.filter((r) => !r.def.group);
  if (valueRows.length < 5) return undefined;
  const reading: GluedGovReading = { template, cells: [], tables: [], unmatched: [], table3Rows: valueRows.length, notices: [], findings: [], consumed: [] };
  const out: Out = { line, template, reading, tables: new Map() };
  if (start2 !== undefined) {
    const end2 = readTable2(out, start2, heading3 ?? rows[0]!.label.start);
    reading.consumed.push({ line: line.line, start: start2, end: end2 });
  }
  readTable3(out, valueRows);
  const last = rows[rows.length - 1]!;
  reading.consumed.push({ line: line.line, start: heading3 ?? rows[0]!.label.start, end: last.run.start + last.run.text.length });
  const four = readTable4(out, end3);
  if (four) reading.consumed.push({ line: line.line, start: end3, end: four });
  // Tables separated by spaces only are one stretch of table text: the narrative gets one break, not three.
  reading.consumed = reading.consumed.reduce<Consumed[]>((merged, span) => {
    const previous = merged[merged.length - 1];
    if (previous && text.slice(previous.end, span.start).trim() === '') previous.end = span.end;
    else merged.push({ ...span });
    return merged;
  }, []);
  return reading;
}

function chooseTemplate(table3: string, table2: string, year: number | undefined): TemplateDef {
  const flat = table3.replace(/\s+/g, '');
  return chooseGovTemplate({
    sixSplit: /逾期不补正|逾期未按收费通知/.test(flat),
    sixSingle: /[（(]六[)）]其他处理\d/.test(flat),
    table2,
    year,
  });
}

function locateTable3(text: string, template: TemplateDef, from: number, to: number): Row[] {
  const defs = template.indicators.filter((d) => d.table === '三');
  const found: Array<{ def: IndicatorDef; lead: number; end: number }> = [];
  let floor = from;
  for (const def of defs) {
    const match = find(text, [def.label, ...(def.aliases ?? [])], floor, to);
    if (!match) continue;
    const end = match.start + match.text.length;
    found.push({ def, lead: leadOf(text, match.start, found.length ? floor : match.start - 6), end });
    floor = end;
  }
  // Between a run and the next label there may be a heading printed again at a page break (2019:
  // 「三、本年度办理结果（四）无法提供」); anything else means the row was not read as printed.
  const groups = defs.filter((d) => d.group).map((d) => wordPattern(d.label));
  const noise = new RegExp(`^(?:\\s|[一二三四五六七][、.．]|[（(][一二三四五六七][)）]|${groups.join('|')})*$`);
  return found.map((f, i) => {
    const next = found[i + 1];
    const gapEnd = next ? next.lead : f.end + /^[\d\s]*/.exec(text.slice(f.end, to))![0].length;
    const gap = text.slice(f.end, gapEnd);
    const digits = /^[\d\s]*/.exec(gap)![0];
    const readable = noise.test(gap.slice(digits.length));
    return { def: f.def, label: trimmed(text.slice(f.lead, f.end), f.lead), run: trimmed(readable ? digits : gap, f.end), readable };
  });
}

/** Table 三: each row's runs split into seven cells whose first six add up to the seventh, solved jointly. */
function readTable3(out: Out, rows: Row[]): void {
  const kinds: CellKind[] = Array.from({ length: 7 }, () => 'count');
  const rowSum = (n: number[]) => n.length < 7 || n.slice(0, 6).reduce((a, b) => a + b, 0) === n[6];
  const readings = rows.map((row): Span[][] => {
    if (!row.readable || row.run.text === '') {
      if (!row.readable) out.reading.notices.push(unreadable(row, 7));
      return [];
    }
    const tokens = tokensOf(row.run);
    const valid = splitDigitsRow(tokens, kinds, rowSum);
    if (valid === undefined) out.reading.notices.push(tooMany(row));
    if (valid === undefined || valid.length > 0) return valid ?? [];
    // No reading makes the row's own 总计 hold. The cells are read only where the digits allow one reading
    // whatever the sums (seven digits, seven cells); the rules then report the row's 总计.
    const plain = splitDigitsRow(tokens, kinds) ?? [];
    if (plain.length === 1) return plain;
    if (plain.length === 0) out.reading.notices.push(unreadable(row, 7));
    else out.reading.findings.push(gluedSum(`${short(row.def.id)} 总计 = 六类申请人之和`, `${short(row.def.id)} total = the six applicant columns`, kinds.map((_, c) => `${row.def.id}@${c}`)));
    return [];
  });
  const numbers = readings.map((list) => list.map((r) => r.map((s) => Number(s.text))));
  const index = new Map(rows.map((row, i) => [row.def.id, i]));
  const identities = table3Identities(out.template, index, numbers);
  const joint = solveJointly(numbers, identities.map((x) => x.identity));
  if (joint.gaveUp) out.reading.notices.push({ zh: '表三的粘连数字读法太多，未能逐一核对。', en: 'Table 三: the glued digits have too many readings to try.' });
  const solved = joint.solutions > 0;
  const known = new Set<string>();
  rows.forEach((row, i) => {
    const kept = joint.possible[i]!.map((k) => readings[i]![k]!);
    const values = emitRow(out, '三', row, kept, 7);
    values.forEach((v, c) => v.value.kind === 'number' && known.add(`${row.def.id}@${c}`));
    if (kept.length > 1) out.reading.notices.push(ambiguous(row, kept, solved ? 'solved' : 'unsolved'));
  });
  if (solved || joint.gaveUp) return;
  // No reading satisfies the identities together: the report's own numbers disagree. Where every cell of
  // an identity is a number the sum and balance rules report it with the figures; the finding here names
  // the identities whose cells stayed undecided, which no rule can check.
  const hidden = identities.filter((x) => x.refs.some((ref) => !known.has(ref)));
  if (hidden.length === 0) return;
  const names = [...new Set(hidden.map((x) => x.name.zh))].map((name) => {
    const group = hidden.filter((x) => x.name.zh === name);
    const columns = group.map((x) => columnName(out.template, '三', x.column));
    return { zh: `${name}（${columns.map((c) => c.zh).join('、')}列）`, en: `${group[0]!.name.en} (columns ${columns.map((c) => c.en).join(', ')})` };
  });
  const refs = [...new Set(hidden.flatMap((x) => x.refs.filter((ref) => !known.has(ref))))];
  out.reading.findings.push(gluedSum(names.map((n) => n.zh).join('；'), names.map((n) => n.en).join('; '), refs, { zh: '表三', en: 'table 三' }));
}

interface NamedIdentity {
  identity: Identity;
  name: Bilingual;
  column: number;
  refs: string[];
}

/** The template's per-column identities of table 三 over rows that were read, as signed terms. */
function table3Identities(template: TemplateDef, index: Map<string, number>, numbers: number[][][]): NamedIdentity[] {
  const out: NamedIdentity[] = [];
  for (const relation of template.relations) {
    const sides = relation.kind === 'sum' ? { plus: [relation.parent], minus: relation.parts } : relation.kind === 'balance' ? { plus: relation.left, minus: relation.right } : undefined;
    if (!sides) continue;
    const ids = [...sides.plus, ...sides.minus];
    // A row that was not found, or not read, leaves its identities unchecked here (the rules say so).
    if (ids.some((id) => !index.has(id) || numbers[index.get(id)!]!.length === 0)) continue;
    const name =
      relation.kind === 'sum'
        ? { zh: `${short(relation.parent)} = ${listed(relation.parts.map(short))}`, en: `${relation.parent} = the sum of its ${relation.parts.length} parts` }
        : { zh: `${sides.plus.map(short).join(' + ')} = ${sides.minus.map(short).join(' + ')}`, en: `${sides.plus.join(' + ')} = ${sides.minus.join(' + ')}` };
    for (let column = 0; column < 7; column++) {
      const terms = [...sides.plus.map((id) => ({ id, sign: 1 as const })), ...sides.minus.map((id) => ({ id, sign: -1 as const }))];
      out.push({ identity: { terms: terms.map((t) => ({ row: index.get(t.id)!, column, sign: t.sign })) }, name, column, refs: ids.map((id) => `${id}@${column}`) });
    }
  }
  return out;
}

/** Table 四: one run of fifteen numbers, three groups of 维持 | 纠正 | 其他 | 尚未审结 | 总计. Returns its end. */
function readTable4(out: Out, from: number): number | undefined {
  const text = out.line.text;
  // The values follow the last column heading, 总计, directly.
  const header = /总计\s*(?=\d)/g;
  header.lastIndex = from;
  const match = header.exec(text);
  if (!match || match.index - from > 400) return undefined;
  const start = match.index + match[0].length;
  const run = trimmed(/^[\d\s]*/.exec(text.slice(start))![0], start);
  const groups = out.template.indicators.filter((d) => d.table === '四');
  const kinds: CellKind[] = Array.from({ length: 15 }, () => 'count');
  const groupSum = (n: number[]) => n.length % 5 !== 0 || n.slice(-5, -1).reduce((a, b) => a + b, 0) === n[n.length - 1];
  const tokens = tokensOf(run);
  let readings = splitDigitsRow(tokens, kinds, groupSum);
  let solved = true;
  if (readings === undefined) out.reading.notices.push({ zh: `表四的数字「${run.text}」读法太多，未能逐一核对。`, en: `Table 四: “${run.text}” has too many readings to try.` });
  else if (readings.length === 0) {
    solved = false;
    readings = splitDigitsRow(tokens, kinds) ?? [];
    if (readings.length !== 1) {
      const refs = groups.flatMap((g) => [0, 1, 2, 3, 4].map((c) => `${g.id}@${c}`));
      out.reading.findings.push(gluedSum('表四各组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', 'table 四, each group: total = upheld + corrected + other + pending', refs));
      readings = [];
    }
  }
  const all = readings ?? [];
  // The flattened header no longer says where each group's label was, so the template's label is shown.
  groups.forEach((g, k) => emitRow(out, '四', { def: g, label: { text: g.label, start: run.start }, run, readable: true }, all.map((r) => r.slice(k * 5, k * 5 + 5)), 5));
  if (all.length > 1) out.reading.notices.push(ambiguous({ label: { text: '表四', start: run.start }, run }, all, solved ? 'solved' : 'unsolved'));
  return run.start + run.text.length;
}

/**
 * Table 二: rows found by label under their own heading, each run split into the table's columns. A 万元
 * amount printed to the fen has six decimals (2021: 24252.311082 万元 = 242,523,110.82 元; 2023 and 2025
 * print six as well); 第（八）项 has one column, so such a run is one number, not two glued together.
 */
function readTable2(out: Out, from: number, to: number): number {
  const text = out.line.text;
  const headings = TABLE2_HEADINGS.map(([id, pattern]) => ({ id, match: matchFrom(pattern, text, from) })).filter((h) => h.match && h.match.index < to);
  let end = from;
  for (const { id, match } of headings) {
    const def = out.template.tables?.find((t) => t.id === id);
    const start = match!.index + match![0].length;
    const stop = Math.min(to, ...headings.map((h) => h.match!.index).filter((i) => i > match!.index));
    let floor = start;
    for (const row of out.template.indicators.filter((d) => d.table === id)) {
      const label = find(text, [row.label, ...(row.aliases ?? [])], floor, stop);
      if (!def || !label) continue;
      const after = label.start + label.text.length;
      const digits = /^[\s\d.-]*/.exec(text.slice(after, stop))![0];
      const unit = UNIT.exec(text.slice(after + digits.length, stop))?.[0] ?? '';
      const run = trimmed(digits, after);
      let readings = run.text === '' ? [] : splitDigitsRow(tokensOf(run), def.columns.map((c) => c.kind));
      // The unit belongs to the last cell, as printed: parseValue reads 「5394432.52元」 with its unit.
      const unitEnd = after + digits.length + unit.length;
      if (unit) readings = readings?.map((r) => r.map((s, c) => (c === r.length - 1 ? { text: text.slice(s.start, unitEnd), start: s.start } : s)));
      const shown = unit ? trimmed(text.slice(run.start, unitEnd), run.start) : run;
      const located = { def: row, label, run: shown, readable: true };
      if (run.text === '') emitRow(out, id, located, [def.columns.map(() => ({ text: '', start: after }))], def.columns.length);
      else emitRow(out, id, located, readings ?? [], def.columns.length);
      if (run.text !== '' && readings?.length !== 1) out.reading.notices.push(table2Notice(located, readings, def.columns.map((c) => c.zh)));
      floor = after + digits.length;
      end = Math.max(end, unit ? unitEnd : run.start + run.text.length);
    }
  }
  return end;
}

/** Emits a row's cells: a cell every kept reading agrees on is a number, any other cell is the run as text. */
function emitRow(out: Out, tableId: string, row: Row, kept: Span[][], width: number): RawCell[] {
  const { line, reading } = out;
  const known = agreed(kept, width);
  const values = known.map((span): RawCell =>
    // An empty run is a blank row, not text: blank and text are different facts.
    span ? { value: parseValue(span.text), pos: posOf(line, span) } : { value: row.run.text === '' ? parseValue('') : { kind: 'text', raw: row.run.text }, pos: posOf(line, row.run) },
  );
  values.forEach((cell, column) => {
    // A cell the readings disagree on offers each of its readings to the user (never chosen here).
    const choices = known[column] ? [] : [...new Set(kept.map((r) => r[column]?.text.trim() ?? '').filter((t) => t !== ''))];
    reading.cells.push({ ref: `${row.def.id}@${column}`, indicator: row.def.id, label: row.label.text, unit: '', column, ...cell, ...(choices.length >= 2 ? { choices } : {}) });
  });
  let table = out.tables.get(tableId);
  if (!table) {
    // The header as readGovTables gives it: the table's name, then its value columns.
    const def = out.template.tables!.find((t) => t.id === tableId)!;
    table = { header: [def.name.zh, ...def.columns.map((c) => c.zh)], columns: def.columns.map((c) => c.zh), rows: [], lines: [line.line, line.line] };
    out.tables.set(tableId, table);
    reading.tables.push(table);
  }
  table.rows.push({ label: row.label.text, unit: '', values, pos: posOf(line, row.label) });
  return values;
}

function columnName(template: TemplateDef, table: string, column: number): Bilingual {
  const def = template.tables?.find((t) => t.id === table)?.columns[column];
  return { zh: def?.zh ?? String(column + 1), en: def?.en ?? String(column + 1) };
}

/** A long list of parts is named by its ends: 三(一) + 三(二) + … + 三(六)3（共 19 项）. */
function listed(ids: string[]): string {
  return ids.length <= 4 ? ids.join(' + ') : `${ids.slice(0, 2).join(' + ')} + … + ${ids[ids.length - 1]}（共 ${ids.length} 项）`;
}

/** 三.三(一) → 三(一): the row's own numbering, as the table prints it. */
function short(id: string): string {
  return id.replace(/^三\./, '');
}

/** Where the printed label starts once its numbering (（三）, 四、, 2.) is included. */
function leadOf(text: string, start: number, floor: number): number {
  let at = start;
  while (at > floor && /\s/.test(text[at - 1]!)) at--;
  const lead = LEAD.exec(text.slice(Math.max(0, floor), at));
  return lead ? at - lead[0].length : at;
}
