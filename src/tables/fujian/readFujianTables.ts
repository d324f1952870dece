// Reads the Fujian table (指标名称 | 计量单位 | 年度 | 历年累计) that the 平潭 reports print inside one long
// line of text, its cells either separated by spaces or glued together with no separator at all. The
// generic layout stage cannot find rows there, so the template guides the reading: each row is found by
// its label, in template order, and what lies between a row's unit and the next row's label is its values.
// Glued digit runs are split by splitGlued.ts under the table's own constraints; a run those constraints
// cannot settle is kept as text and explained, never split by a guess.

import type { Bilingual, Cell, Finding, NormLine, RawCell, RawRow } from '../../model/types.ts';
import { parseValue } from '../parseValue.ts';
import { posOf } from '../readStatsTables.ts';
import type { Span } from '../splitRowLine.ts';
import { UNITS_LONGEST_FIRST } from '../../model/units.ts';
import type { IndicatorDef, TemplateDef } from '../../template/definition.ts';
import { fujian2008 } from '../../template/fujian2008.ts';
import { fujian2014 } from '../../template/fujian2014.ts';
import type { ReadingParts } from '../reading.ts';
import { GLUED_SUM } from '../gov/splitDigitsRow.ts';
import { DEFAULT_TABLE_SETTINGS, type TableSettings } from '../settings.ts';
import { solveSplits, type OptionNumbers, type SumConstraint, splitCandidates } from '../glued/splitGlued.ts';


const HEADER = /指标名称\s*计量单位\s*(\S*?年度)\s*(历年累计|累计)/;
export const FUJIAN_TEMPLATES: TemplateDef[] = [fujian2008, fujian2014];
/** What may stand between one row's unit and the next row's label: values and nothing else. */
const VALUE_LIKE = /^[\s\d.,\-—–－/／~～]*$/;
const VALUE_PREFIX = /^[\s\d.,\-—–－/／~～]*/;
const VALUE_START = /[\d\-—–－/／~～]/;
const MARKER_PUNCT = /[.、．]/;
const OF_WHICH = /其中\s*[:：]?\s*$/;

/** A template row found in the text: its printed label, its unit, and where its values lie. */
interface Located {
  def: IndicatorDef;
  label: Span;
  unit: Span;
  valuesStart: number;
  valuesEnd: number;
  /**
   * How many digits at `valuesEnd` may be the next row's item number glued to this row's values: [0]
   * when that number was told apart already, [1, 2] when the template's numbering did not settle it.
   */
  markerDigits: number[];
}

/** One reading of a row's values. */
interface Option {
  cells: [RawCell, RawCell];
  numbers: OptionNumbers;
  /** Set when the values could not be read as two cells at all and are kept as text. */
  unreadable?: boolean;
}

/** `settings.minTemplateRows`: a template must find this many of its rows before the line is taken to be its table. */
export function readFujianTables(lines: NormLine[], settings: TableSettings = DEFAULT_TABLE_SETTINGS): ReadingParts | undefined {
  for (const line of lines) {
    const header = HEADER.exec(line.text);
    if (!header) continue;
    const from = header.index + header[0].length;
    const spaced = /\s/.test(header[0]);
    // Each template is tried; the one whose labels are found as a contiguous table wins. The 2014 wording
    // (主动公开文件数, 政府网站公开数, …) breaks the 2008 rows' contiguity and the reverse, so there is no tie.
    let best: { template: TemplateDef; rows: Located[] } | undefined;
    for (const template of FUJIAN_TEMPLATES) {
      const rows = locateRows(template, line.text, from, spaced);
      if (rows.length >= settings.minTemplateRows && rows.length > (best?.rows.length ?? 0)) best = { template, rows };
    }
    if (best) return readTable(line, header.index, best.template, best.rows, [header[1]!.replace(/\s+/g, ''), header[2]!]);
  }
  return undefined;
}

function locateRows(template: TemplateDef, text: string, from: number, spaced: boolean): Located[] {
  const rows: Located[] = [];
  let floor = from;
  for (const def of template.indicators) {
    const core = findLabel(def, text, floor);
    if (!core) continue;
    const end = core.start + core.text.length;
    const lead = leadOf(text, core.start, ordinalOf(template, def), floor);
    const unit = unitAt(text, end);
    // A label counts only where nothing but values separates it from the previous row: that keeps the
    // other template's wording, or a label quoted in prose, from being read as this row. A row the
    // report leaves out (2018 has no 收费减免金额) is simply not found.
    if (!unit || !VALUE_LIKE.test(text.slice(floor, lead.valuesEnd))) continue;
    const previous = rows[rows.length - 1];
    if (previous) {
      previous.valuesEnd = lead.valuesEnd;
      previous.markerDigits = lead.markerDigits;
    }
    const valuesStart = unit.start + unit.text.length;
    let labelStart = lead.start;
    while (/\s/.test(text[labelStart]!)) labelStart++;
    const label = { text: text.slice(labelStart, end), start: labelStart };
    rows.push({ def, label, unit, valuesStart, valuesEnd: valuesStart, markerDigits: [0] });
    floor = valuesStart;
  }
  const last = rows[rows.length - 1];
  if (last) last.valuesEnd = lastValuesEnd(text, last.valuesStart, spaced);
  return rows;
}

/** The first place at or after `from` where the label or an alias is printed, spaces allowed anywhere. */
function findLabel(def: IndicatorDef, text: string, from: number): Span | undefined {
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longer wordings first, so that 政府公报公开数 wins over its prefix 政府公报公开 at the same place.
  const words = [def.label, ...(def.aliases ?? [])].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(words.map((w) => [...w].map(escape).join('\\s*')).join('|'), 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { text: match[0], start: match.index } : undefined;
}

/**
 * Where the printed label starts once its 其中： and item number are included, and where the previous
 * row's values end. In glued text the item number sticks to those values (「17953304」 + 「2.」), so the
 * template's own numbering says how many digits are the number; if the report numbers differently, one
 * or two digits may be, and both readings are left to the solver.
 */
function leadOf(text: string, coreStart: number, ordinal: number | undefined, floor: number) {
  let start = coreStart;
  while (start > floor && /\s/.test(text[start - 1]!)) start--;
  let valuesEnd: number | undefined;
  let markerDigits = [0];
  if (ordinal !== undefined && start > floor && MARKER_PUNCT.test(text[start - 1]!)) {
    const punct = start - 1;
    let first = punct;
    while (first > floor && /\d/.test(text[first - 1]!)) first--;
    const digits = text.slice(first, punct);
    const number = String(ordinal);
    if (digits.endsWith(number)) start = punct - number.length;
    else if (digits.length <= 2 && first > floor) start = first;
    else if (digits.length > 0) {
      start = punct - 1;
      valuesEnd = punct;
      markerDigits = [1, 2].filter((n) => n <= digits.length);
    }
  }
  const ofWhich = OF_WHICH.exec(text.slice(floor, start));
  if (ofWhich) start = floor + ofWhich.index;
  return { start, valuesEnd: valuesEnd ?? start, markerDigits };
}

/** A 其中 row's printed number (1 for the first part); undefined for a row that is not a part. */
function ordinalOf(template: TemplateDef, def: IndicatorDef): number | undefined {
  if (def.section === def.id) return undefined;
  return template.indicators.filter((d) => d.section === def.section && d.id !== d.section).indexOf(def) + 1;
}

function unitAt(text: string, end: number): Span | undefined {
  let at = end;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  const unit = UNITS_LONGEST_FIRST.find((u) => text.startsWith(u, at));
  if (unit) return { text: unit, start: at };
  // A row printed without a unit is still a row when values, or the end of the text, follow its label.
  return at === text.length || VALUE_START.test(text[at]!) ? { text: '', start: at } : undefined;
}

/** The last row has no next label to end it: it takes two tokens (one glued run) of what follows. */
function lastValuesEnd(text: string, start: number, spaced: boolean): number {
  const prefix = VALUE_PREFIX.exec(text.slice(start))?.[0] ?? '';
  const kept = tokensIn(text, start, start + prefix.length).slice(0, spaced ? 2 : 1);
  const last = kept[kept.length - 1];
  return last ? last.start + last.text.length : start;
}

function tokensIn(text: string, start: number, end: number): Span[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: start + m.index }));
}

/** Every reading of a row: two separate tokens read as they are, one glued run split every valid way. */
function optionsOf(line: NormLine, row: Located): Option[] {
  const options: Option[] = [];
  for (const marker of row.markerDigits) {
    const end = row.valuesEnd - marker;
    const tokens = tokensIn(line.text, row.valuesStart, end);
    const [first, second] = tokens;
    if (!first) options.push(optionOf(line, [{ text: '', start: end }, { text: '', start: end }]));
    else if (second && tokens.length === 2) options.push(optionOf(line, [first, second]));
    else if (tokens.length === 1) {
      for (const split of splitCandidates(first.text)) {
        const total = { text: split.total, start: first.start + split.year.length };
        options.push(optionOf(line, [{ text: split.year, start: first.start }, total]));
      }
    }
  }
  // Nothing readable still yields one reading, as text, so that the row leaves its sums unconstrained.
  return options.length > 0 ? options : [{ ...textOption(line, row), unreadable: true }];
}

/** Both cells as the printed characters, kind text, so that no rule counts them as numbers. */
function textOption(line: NormLine, row: Located): Option {
  const tokens = tokensIn(line.text, row.valuesStart, row.valuesEnd);
  const span = { text: tokens.map((t) => t.text).join(' '), start: tokens[0]?.start ?? row.valuesStart };
  const cell: RawCell = { value: { kind: 'text', raw: span.text }, pos: posOf(line, span) };
  return { cells: [cell, { ...cell }], numbers: [undefined, undefined] };
}

function optionOf(line: NormLine, spans: [Span, Span]): Option {
  const cells = spans.map((span) => ({ value: parseValue(span.text), pos: posOf(line, span) })) as [RawCell, RawCell];
  return { cells, numbers: cells.map((c) => (c.value.kind === 'number' ? c.value.value : undefined)) };
}

function readTable(line: NormLine, start: number, template: TemplateDef, rows: Located[], columns: string[]): ReadingParts {
  const options = rows.map((row) => optionsOf(line, row));
  const index = new Map(rows.map((row, i) => [row.def.id, i]));
  const sums: SumConstraint[] = [];
  for (const relation of template.relations) {
    if (relation.kind !== 'sum') continue;
    const parent = index.get(relation.parent);
    const parts = relation.parts.map((id) => index.get(id));
    // An identity with a row the report leaves out says nothing about how to split the others.
    if (parent === undefined || parts.some((p) => p === undefined)) continue;
    sums.push({ parent, parts: parts as number[] });
  }
  const solution = solveSplits(options.map((list) => list.map((o) => o.numbers)), sums);
  const unsolved = new Set([...solution.unsatisfiable, ...solution.gaveUp].flat());
  const summed = new Set(sums.flatMap((s) => [s.parent, ...s.parts]).filter((i) => !unsolved.has(i)));
  const notices: Bilingual[] = [];
  const rawRows: RawRow[] = [];
  const cells: Cell[] = [];
  const overCumulative: Finding[] = [];
  rows.forEach((row, i) => {
    const list = options[i]!;
    const keep = solution.possible[i]!.map((k) => list[k]!);
    let values = keep[0]!.cells;
    if (keep[0]!.unreadable) {
      notices.push(unreadable(row, values[0].value.raw));
      // Digits only, yet no split keeps 年度 ≤ 历年累计: however they are read, the row contradicts itself.
      if (/^\d{2,}$/.test(values[0].value.raw)) overCumulative.push(noSplitFits(row, values[0].value.raw, columns));
    }
    if (keep.length > 1) {
      values = textOption(line, row).cells;
      notices.push(ambiguous(row, values[0].value.raw, keep, summed.has(i)));
    }
    values.forEach((cell, column) => {
      const { def, label, unit } = row;
      cells.push({ ref: `${def.id}@${column}`, indicator: def.id, label: label.text, unit: unit.text, column, ...cell });
    });
    rawRows.push({ label: row.label.text, unit: row.unit.text, values, pos: posOf(line, row.label) });
  });
  const findings = [...solution.unsatisfiable.map((group) => inconsistent(template, group.map((i) => rows[i]!), columns)), ...overCumulative];
  for (const group of solution.gaveUp) {
    const names = group.map((i) => rows[i]!.def.label).join('、');
    notices.push({ zh: `「${names}」的粘连数字读法太多，未能逐一核对。`, en: `The glued digits of ${names} have too many readings to try.` });
  }
  return {
    template,
    tables: [{ header: ['指标名称', '计量单位', ...columns], columns, rows: rawRows, lines: [line.line, line.line] }],
    cells,
    unmatched: [],
    columns,
    consumed: [{ line: line.line, start, end: Math.max(...rows.map((r) => r.valuesEnd)) }],
    notices,
    findings,
  };
}

/** `summed`: the row's sums were solved, so every reading listed agrees with them. */
function ambiguous(row: Located, raw: string, keep: Option[], summed: boolean): Bilingual {
  const readings = keep.map((o) => o.cells.map((c) => c.value.raw).join(' | '));
  const why = summed
    ? { zh: '每一种都与表内的合计关系相符', en: 'each agrees with the table\'s sums' }
    : { zh: '历年累计不小于年度、没有前导零这些条件不能确定是哪一种', en: 'cumulative ≥ year and no leading zeros do not decide between them' };
  return {
    zh: `「${row.def.label}」的两栏数字粘连为「${raw}」，可读作 ${readings.join('、')}；${why.zh}，故不作猜测，按文字保留。`,
    en: `The two values of “${row.def.label}” are glued together as “${raw}”, which reads as ${readings.join(' or ')}; ${why.en}, so none was chosen and the cells are kept as text.`,
  };
}

function noSplitFits(row: Located, raw: string, columns: string[]): Finding {
  return {
    rule: GLUED_SUM,
    severity: 'error',
    message: {
      zh: `「${row.def.label}」的两栏数字粘连为「${raw}」，无论怎样拆分，年度都大于历年累计（历年累计包含本年度）：表中的数字本身不一致。`,
      en: `The two values of “${row.def.label}” are glued as “${raw}”; however they are split, the year's figure exceeds the cumulative one (which includes it): the table's own numbers disagree.`,
    },
    cells: columns.map((_, c) => `${row.def.id}@${c}`),
  };
}

function unreadable(row: Located, raw: string): Bilingual {
  return {
    zh: `「${row.def.label}」的数值「${raw}」无法拆成年度和历年累计两栏，按文字保留。`,
    en: `The values “${raw}” of “${row.def.label}” cannot be read as a year and a cumulative value; kept as text.`,
  };
}

/** No split makes a group's sums hold: the report is inconsistent however its digits are read. */
function inconsistent(template: TemplateDef, rows: Located[], columns: string[]): Finding {
  const ids = new Set(rows.map((r) => r.def.id));
  const label = (id: string) => rows.find((r) => r.def.id === id)?.def.label ?? id;
  const sums = template.relations.flatMap((r) => (r.kind === 'sum' && ids.has(r.parent) ? [r] : []));
  const zh = sums.map((r) => `${label(r.parent)} = ${r.parts.map(label).join(' + ')}`).join('；');
  return {
    rule: GLUED_SUM,
    severity: 'error',
    message: {
      zh: `无论怎样拆分粘连的数字，「${zh}」都不能在年度和历年累计两栏同时成立：表中的数字本身不一致。`,
      en: `However the glued digits are split, “${zh}” cannot hold in both the year and the cumulative column: the table's own numbers disagree.`,
    },
    cells: rows.flatMap((r) => columns.map((_, c) => `${r.def.id}@${c}`)),
  };
}
