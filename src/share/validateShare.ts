// Strict reading of a share link's JSON. Everything in a link is untrusted input from the address bar:
// each field must have its type, a bounded size, finite numbers, refs and indicators the template knows,
// and claim indices in range. The first problem is reported by its path, in both languages.

import type { TemplateId } from '../model/types.ts';
import { SHARE_VERSION, type DecodeResult, type SharePayload } from './payloadFormat.ts';
import { POS_SHAPES } from './posTuple.ts';
import { parseValue } from '../tables/parseValue.ts';
import { columnCount, isTemplateId, isVariant, templateFor, type Variant } from '../template/registry.ts';

class Invalid extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

const LIMITS = { cells: 2000, claims: 5000, links: 5000, enumerations: 2000, parts: 500, columns: 20, text: 500, evidence: 2000 };

function fail(path: string): never {
  throw new Invalid(path);
}
function str(v: unknown, path: string, max = LIMITS.text): string {
  return typeof v === 'string' && v.length <= max ? v : fail(path);
}
function num(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(path);
}
function int(v: unknown, path: string, min = 0, max = 10_000_000): number {
  return Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : fail(path);
}
function flag(v: unknown, path: string): number {
  return v === 0 || v === 1 ? v : fail(path);
}
function arr(v: unknown, path: string, max: number): unknown[] {
  return Array.isArray(v) && v.length <= max ? v : fail(path);
}
function obj(v: unknown, path: string, keys: string[], required: string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(`${path}.${k}`);
  for (const k of required) if (!(k in o)) fail(`${path}.${k}`);
  return o;
}
function date(v: unknown, path: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(str(v, path, 10)) ? (v as string) : fail(path);
}

/** A position tuple starting at `from` (shapes in posTuple.ts); returns its absolute line. */
function pos(t: unknown[], from: number, path: string, previous = 0): number {
  const n = t.length - from;
  if (!POS_SHAPES.includes(n)) fail(path);
  const line = int(t[from], `${path}[${from}]`, -10_000_000) + previous;
  if (line < 0 || line > 10_000_000) fail(`${path}[${from}]`);
  int(t[from + 1], `${path}[${from + 1}]`);
  // Length (shapes 3, 4, 8) and page (4, 7, 8) are counts; a box is four finite numbers.
  const counts = n === 2 ? 0 : n === 3 ? 1 : n === 7 ? 1 : 2;
  for (let i = 2; i < 2 + counts; i++) int(t[from + i], `${path}[${from + i}]`, 0, 10_000_000);
  for (let i = 2 + counts; i < n; i++) num(t[from + i], `${path}[${from + i}]`);
  return line;
}

/** A sparse [index, value] list: indices ascending and below `count`, values checked by `value`. */
function sparseList(v: unknown, path: string, count: number, value: (x: unknown, path: string) => unknown): void {
  let last = -1;
  arr(v, path, count).forEach((e, i) => {
    const pair = arr(e, `${path}[${i}]`, 2);
    if (pair.length !== 2) fail(`${path}[${i}]`);
    const index = int(pair[0], `${path}[${i}][0]`, last + 1, count - 1);
    last = index;
    value(pair[1], `${path}[${i}][1]`);
  });
}

function check(json: unknown): SharePayload {
  const required = ['v', 'template', 'meta', 'columns', 'cells', 'kinds', 'units', 'claims', 'values', 'claimUnits', 'links', 'enumerations', 'sha256', 'fileName', 'source'];
  const top = obj(json, 'payload', [...required, 'variant', 'previous', 'corrections'], required);
  if (typeof top.template !== 'string' || !isTemplateId(top.template)) fail('template');
  if (top.variant !== undefined && !(typeof top.variant === 'string' && isVariant(top.template as TemplateId, top.variant))) fail('variant');
  const template = templateFor(top.template as TemplateId, top.variant as Variant | undefined);
  const ids = new Set(template.indicators.map((d) => d.id));

  const meta = obj(top.meta, 'meta', ['year', 'region', 'body', 'title', 'period', 'signed'], []);
  // null stands for "none, although the title names one" (see SharePayload.meta).
  if (meta.year !== undefined && meta.year !== null) int(meta.year, 'meta.year', 1900, 2200);
  for (const k of ['region', 'body'] as const) if (meta[k] !== undefined && meta[k] !== null) str(meta[k], `meta.${k}`);
  if (meta.title !== undefined) str(meta.title, 'meta.title');
  if (meta.period !== undefined) {
    const p = arr(meta.period, 'meta.period', 3);
    if (p.length < 2) fail('meta.period');
    date(p[0], 'meta.period[0]');
    date(p[1], 'meta.period[1]');
    if (p.length === 3) pos(arr(p[2], 'meta.period[2]', 8), 0, 'meta.period[2]');
  }
  if (meta.signed !== undefined) {
    const s = arr(meta.signed, 'meta.signed', 2);
    if (s.length !== 2) fail('meta.signed');
    date(s[0], 'meta.signed[0]');
    pos(arr(s[1], 'meta.signed[1]', 8), 0, 'meta.signed[1]');
  }

  const columns = arr(top.columns, 'columns', LIMITS.columns).map((c, i) => str(c, `columns[${i}]`, 100));
  const refs = new Set<string>();
  const cells = arr(top.cells, 'cells', LIMITS.cells);
  const kinds = new Map<number, string>();
  sparseList(top.kinds, 'kinds', cells.length, (k, path) => {
    if (k !== 'text' && k !== 'malformed') fail(path);
  });
  for (const [i, k] of top.kinds as Array<[number, string]>) kinds.set(i, k);
  sparseList(top.units, 'units', cells.length, (u, path) => str(u, path, 20));
  let line = 0;
  let index = -1;
  cells.forEach((c, i) => {
    const path = `cells[${i}]`;
    const t = arr(c, path, 11);
    index += int(t[0], `${path}[0]`, -template.indicators.length, template.indicators.length);
    if (index < 0 || index >= template.indicators.length) fail(`${path}[0]`);
    const indicator = template.indicators[index]!.id;
    const column = int(t[1], `${path}[1]`, 0, columnCount(template, indicator, columns) - 1);
    if (refs.has(`${indicator}@${column}`)) fail(`${path}[1]`);
    refs.add(`${indicator}@${column}`);
    // Plain digits travel as a JSON number (see CellT); anything else as the printed string.
    const raw = typeof t[2] === 'number' ? String(int(t[2], `${path}[2]`, 0, Number.MAX_SAFE_INTEGER)) : str(t[2], `${path}[2]`, 100);
    // The value is re-read from the printed text. Only the reader's own downgrades (digits it could not
    // settle become text, a cut-short number malformed) may differ from what the text reads as.
    if (kinds.has(i) && parseValue(raw).kind === kinds.get(i)) fail(`kinds`);
    line = pos(t, 3, path, line);
  });

  const claims = arr(top.claims, 'claims', LIMITS.claims);
  line = 0;
  let offset = 0;
  claims.forEach((c, i) => {
    const path = `claims[${i}]`;
    const t = arr(c, path, 11);
    str(t[0], `${path}[0]`, 100);
    str(t[1], `${path}[1]`);
    offset += int(t[2], `${path}[2]`, -10_000_000);
    if (offset < 0 || offset > 100_000_000) fail(`${path}[2]`);
    line = pos(t, 3, path, line);
  });
  sparseList(top.values, 'values', claims.length, num);
  sparseList(top.claimUnits, 'claimUnits', claims.length, (u, path) => str(u, path, 20));
  const claim = (v: unknown, path: string) => int(v, path, 0, claims.length - 1);

  let linked = 0;
  arr(top.links, 'links', LIMITS.links).forEach((l, i) => {
    const path = `links[${i}]`;
    const t = arr(l, path, 7);
    if (t.length < 2) fail(path);
    linked = claim(linked + int(t[0], `${path}[0]`, -LIMITS.claims, LIMITS.claims), `${path}[0]`);
    if (typeof t[1] === 'number') int(t[1], `${path}[1]`, 0, (template.lexicon?.length ?? 0) - 1);
    else {
      const list = arr(t[1], `${path}[1]`, 50);
      if (list.length === 0) fail(`${path}[1]`);
      list.forEach((id, k) => (ids.has(str(id, `${path}[1][${k}]`, 100)) ? undefined : fail(`${path}[1][${k}]`)));
    }
    // Trailing fields may be left off (their defaults are in LINK_DEFAULTS).
    if (t.length > 2) flag(t[2], `${path}[2]`);
    if (t.length > 3) int(t[3], `${path}[3]`, -1, LIMITS.columns);
    if (t.length > 4) flag(t[4], `${path}[4]`);
    if (t.length > 5) str(t[5], `${path}[5]`, 100);
    if (t.length > 6) str(t[6], `${path}[6]`, LIMITS.evidence);
  });

  arr(top.enumerations, 'enumerations', LIMITS.enumerations).forEach((e, i) => {
    const path = `enumerations[${i}]`;
    const t = arr(e, path, 4);
    if (t.length !== 4) fail(path);
    const whole = claim(t[0], `${path}[0]`);
    // Parts and shares count from the whole (see EnumT).
    const part = (v: unknown, at: string) => claim(whole + int(v, at, -LIMITS.claims, LIMITS.claims), at);
    arr(t[1], `${path}[1]`, LIMITS.parts).forEach((p, k) => part(p, `${path}[1][${k}]`));
    // Bit 0: the list is complete; bit 1: its parts may overlap (Enumeration.subset).
    int(t[2], `${path}[2]`, 0, 3);
    arr(t[3], `${path}[3]`, LIMITS.parts).forEach((s, k) => {
      const pair = arr(s, `${path}[3][${k}]`, 2);
      if (pair.length !== 2) fail(`${path}[3][${k}]`);
      part(pair[0], `${path}[3][${k}][0]`);
      part(pair[1], `${path}[3][${k}][1]`);
    });
  });

  if (top.previous !== undefined) {
    const p = obj(top.previous, 'previous', ['fileName', 'year', 'body', 'template', 'cells'], ['fileName', 'year', 'template', 'cells']);
    str(p.fileName, 'previous.fileName', 300);
    int(p.year, 'previous.year', 1900, 2200);
    if (p.body !== undefined) str(p.body, 'previous.body');
    if (typeof p.template !== 'string' || !isTemplateId(p.template)) fail('previous.template');
    // Only rows the later template knows can take part in its cross-year relations.
    arr(p.cells, 'previous.cells', LIMITS.cells).forEach((c, i) => {
      const pair = arr(c, `previous.cells[${i}]`, 2);
      if (pair.length !== 2) fail(`previous.cells[${i}]`);
      const ref = /^(.+)@(\d{1,2})$/.exec(str(pair[0], `previous.cells[${i}][0]`, 100));
      if (!ref || !ids.has(ref[1]!)) fail(`previous.cells[${i}][0]`);
      str(pair[1], `previous.cells[${i}][1]`, 100);
    });
  }

  if (top.corrections !== undefined) {
    arr(top.corrections, 'corrections', LIMITS.cells).forEach((c, i) => {
      const t = arr(c, `corrections[${i}]`, 3);
      if (t.length !== 3) fail(`corrections[${i}]`);
      int(t[0], `corrections[${i}][0]`, 0, cells.length - 1);
      str(t[1], `corrections[${i}][1]`, 100);
      if (Number.isNaN(Date.parse(str(t[2], `corrections[${i}][2]`, 40)))) fail(`corrections[${i}][2]`);
    });
  }

  if (!/^[0-9a-f]{64}$/.test(str(top.sha256, 'sha256', 64))) fail('sha256');
  str(top.fileName, 'fileName', 300);
  const source = arr(top.source, 'source', 2);
  if (!['text', 'pdf', 'html'].includes(source[0] as string)) fail('source[0]');
  if (source.length === 2) int(source[1], 'source[1]', 1, 100_000);
  return json as SharePayload;
}

export function validatePayload(json: unknown): DecodeResult {
  const version = typeof json === 'object' && json !== null ? (json as { v?: unknown }).v : undefined;
  if (version === 1) {
    return {
      ok: false,
      reason: {
        zh: '分享链接来自本工具的旧版本（格式 1），已无法读取。请让对方用当前版本重新生成链接。',
        en: 'The share link comes from an older release of this tool (format 1) and can no longer be read. Ask for a new link made with the current release.',
      },
    };
  }
  if (version !== SHARE_VERSION) {
    return {
      ok: false,
      reason: {
        zh: `分享链接的版本（${String(version).slice(0, 20)}）无法识别，可能来自更新的版本。`,
        en: `The share link’s version (${String(version).slice(0, 20)}) is not recognised; it may come from a newer release.`,
      },
    };
  }
  try {
    return { ok: true, payload: check(json) };
  } catch (error) {
    const path = error instanceof Invalid ? error.path : 'payload';
    return {
      ok: false,
      reason: { zh: `分享链接的数据格式不正确（${path}），已拒绝读取。`, en: `The share link’s data is malformed at ${path}; it was not read.` },
    };
  }
}
