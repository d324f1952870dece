// Makes the PDF fixtures in test/fixtures/pdf/ from the two seed reports (000 德州 2018, 003 聊城 2018).
// Run with `npm run make:pdfs` (tsx). CI does not run this script: it only reads the committed PDFs.
//
// Needs: pdf-lib + @pdf-lib/fontkit (devDependencies), the Debian font fonts-arphic-gbsn00lp
// (/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf), and for seed003-type3.pdf Debian's chromium
// with fonts-noto-cjk. Output is deterministic except the Chromium file (which stamps its own date).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFName,
  PDFPage,
  beginText,
  endText,
  moveText,
  rgb,
  setFontAndSize,
  showText,
  type PDFFont,
  type PDFOperator,
} from 'pdf-lib';
import { normalizeLines } from '../src/source/normalize/normalizeLines.ts';
import { readStatsTables } from '../src/tables/readStatsTables.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/pdf');
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const FONT_PATH = '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf';
const CHROMIUM = '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------------------
// Source texts

interface Row {
  label: string;
  unit: string;
  value: string;
}

type Block =
  | { kind: 'title'; text: string; size?: number }
  | { kind: 'para'; text: string }
  | { kind: 'left'; text: string }
  | { kind: 'right'; text: string }
  | { kind: 'pagebreak' }
  | { kind: 'table'; header: [string, string, string]; rows: Row[]; breakAfter?: number[] };

interface Report {
  /** Narrative blocks, up to and including the signature lines. */
  narrative: Block[];
  /** The attachment: title lines, table, closing note (starts on a new page). */
  attachment: Block[];
  header: [string, string, string];
  rows: Row[];
}

const SECTION = /^[一二三四五六七八九十]{1,3}、/;
const ITEM = /^[（(][一二三四五六七八九十]{1,3}[)）]/;

/** Visual width in half-width units: the seed lines are wrapped at about 56. */
function visualWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x2000 ? 1 : 2;
  return w;
}

/** Seed 000: fake-bold text (every run ×4) collapsed by the project's normaliser; lines wrapped at ~28 Han. */
function seed000(): Report {
  const lines = normalizeLines(readFileSync(join(SEEDS, '000_87410cd3979e9921.txt'), 'utf8'));
  const tables = readStatsTables(lines);
  const table = tables[0];
  if (!table) throw new Error('seed 000: no statistics table');
  const rows: Row[] = table.rows.map((r) => ({ label: r.label, unit: r.unit, value: r.values[0]?.value.raw ?? '' }));
  const tableHeaderLine = table.lines[0]; // 1-based line of 统计指标 单位 统计数

  const text = (n: number) => lines[n - 1]!.text.trim();
  const find = (s: string, from = 0) => {
    const i = lines.findIndex((l, k) => k >= from && l.text.trim() === s);
    if (i < 0) throw new Error(`seed 000: line not found: ${s}`);
    return i + 1;
  };
  const sign1 = find('德州市政府信息与政务公开工作办公室');
  const sign2 = find('2018 年 1 月 24 日', sign1);
  const title = find('2018 年度政府信息公开工作情况统计表', sign2);
  const note = find('（注：各子栏目数总数要等于总栏目数量）', tableHeaderLine);

  const narrative: Block[] = [
    { kind: 'title', text: text(1), size: 22 },
    { kind: 'title', text: text(2), size: 18 },
  ];
  // Body: lines 3 .. sign1-1 rejoined into paragraphs. Dropped: URL lines (link targets the extractor
  // printed, fold 1) and the `---- 11111111 ----` page marker.
  let para = '';
  const flush = () => {
    if (para) narrative.push({ kind: 'para', text: para });
    para = '';
  };
  for (let n = 3; n < sign1; n++) {
    const l = lines[n - 1]!;
    const t = l.text.trim();
    if (t === '' || /^https?:\/\//.test(t) || /^-+\s*\d+\s*-+$/.test(t)) continue;
    if (SECTION.test(t) || ITEM.test(t) || t.startsWith('附件')) flush();
    para += t;
    const heading = SECTION.test(t) && !/[。：]$/.test(t) && visualWidth(t) < 60;
    if (heading || /[。：；！？]$/.test(t) || visualWidth(t) < 44) flush();
  }
  flush();
  narrative.push({ kind: 'right', text: text(sign1) }, { kind: 'right', text: text(sign2) });

  const attachment: Block[] = [{ kind: 'title', text: text(title), size: 16 }];
  for (let n = title + 1; n < tableHeaderLine; n++) if (text(n)) attachment.push({ kind: 'title', text: text(n), size: 12 });
  const header: [string, string, string] = ['统计指标', '单位', '统计数'];
  attachment.push({ kind: 'table', header, rows }, { kind: 'left', text: text(note) });
  return { narrative, attachment, header, rows };
}

/** Seed 003: one paragraph a line (a few split at source page breaks); tab-separated statistics table. */
function seed003(): Report {
  const raw = readFileSync(join(SEEDS, '003_8ef98a67e9da6293.txt'), 'utf8').split(/\r?\n/);
  const headerAt = raw.findIndex((l) => l.startsWith('统计指标\t单位\t'));
  const attachAt = raw.findIndex((l) => l.trim() === '附件 1');
  if (headerAt < 0 || attachAt < 0) throw new Error('seed 003: table not found');

  // The converter left markdown emphasis, TeX subscripts, tabs from screenshot tables and one English
  // image caption; the font (GB2312 repertoire) has no ³ or subscript digits.
  const clean = (s: string) =>
    s
      .replace(/\*\*/g, '')
      .replace(/_\{([^}]*)\}/g, '$1')
      .replace(/\t+/g, ' ')
      .replace(/[³₀₁₂]/g, (c) => ({ '³': '3', '₀': '0', '₁': '1', '₂': '2' })[c] ?? c)
      .trim();

  const body = raw.slice(0, attachAt).map(clean).filter((l) => l !== '' && !l.startsWith('The screenshot shows'));
  const narrative: Block[] = [{ kind: 'title', text: body[0]!, size: 18 }];
  const signAt = body.lastIndexOf('聊城市人民政府');
  let para = '';
  for (let i = 1; i < signAt; i++) {
    const t = body[i]!;
    para += t;
    // A long line cut off without closing punctuation was split at a page break of the source.
    const cut = visualWidth(t) >= 40 && !/[。：；！？”）)\]>》]$/.test(t) && !SECTION.test(body[i + 1] ?? '');
    if (!cut) {
      narrative.push({ kind: 'para', text: para });
      para = '';
    }
  }
  if (para) narrative.push({ kind: 'para', text: para });
  for (const t of body.slice(signAt)) narrative.push({ kind: 'right', text: t });

  const attachment: Block[] = [{ kind: 'left', text: raw[attachAt]!.trim() }];
  const titleLines = raw.slice(attachAt + 1, headerAt).map((l) => l.trim()).filter(Boolean);
  attachment.push({ kind: 'title', text: titleLines[0]!, size: 16 });
  for (const t of titleLines.slice(1)) attachment.push({ kind: 'title', text: t, size: 12 });

  const headerCells = raw[headerAt]!.split('\t');
  const header: [string, string, string] = [headerCells[0]!, headerCells[1]!, headerCells[2]!];
  const rows: Row[] = [];
  let end = headerAt + 1;
  for (; end < raw.length; end++) {
    const l = raw[end]!;
    if (l.trim() === '') continue; // a page break of the source
    if (!l.includes('\t')) break;
    const [label = '', unit = '', value = ''] = l.split('\t');
    rows.push({ label: label.trim(), unit: unit.trim(), value: value.trim() });
  }
  attachment.push({ kind: 'table', header, rows });
  const note = raw.slice(end).find((l) => l.trim() !== '');
  if (note) attachment.push({ kind: 'left', text: note.trim() });
  return { narrative, attachment, header, rows };
}

// ---------------------------------------------------------------------------------------------------
// Layout: A4, GB/T 9704-like margins, 12 pt body, page numbers `-n-` centred at the bottom.

const A4: [number, number] = [595.28, 841.89];
const MARGIN = { left: 79, right: 74, top: 100, bottom: 96 };
const TEXT_W = A4[0] - MARGIN.left - MARGIN.right; // 442 pt ≈ 36 Han at 12 pt
const BODY = 12;
const LEADING = 21;
const CELL = { size: 10.5, leading: 13, padX: 4, padY: 3 };
const COLS = [236, 90, 116]; // label | unit | value; sums to TEXT_W
const FOOTER_Y = 62;

interface Options {
  /** Per-glyph overprint ×4 for narrative, titles and table labels (plus the cells of 一、 rows). */
  fakeBold?: boolean;
}

/** Where the table continues on a new page: the page number printed between the two parts. */
interface TableBreak {
  pageNumber: string;
  lastRowBefore: string;
  firstRowAfter: string;
}

interface CellBox {
  page: number;
  row: number; // -1 = header
  col: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Characters that must not start a line, and that must not end one. */
const NO_START = new Set('，。、；：？！）》」』”’〉】〕%．,.;:?!)]}'.split(''));
const NO_END = new Set('（《「『“‘〈【〔([{'.split(''));

class Writer {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private fontKey = new Map<PDFPage, PDFName>();
  y = 0;
  readonly cellBoxes: CellBox[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly opts: Options,
  ) {
    this.newPage();
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN.top;
  }

  width(s: string, size: number): number {
    return this.font.widthOfTextAtSize(s, size);
  }

  private key(): PDFName {
    let k = this.fontKey.get(this.page);
    if (!k) {
      k = this.page.node.newFontDictionary('F1', this.font.ref);
      this.fontKey.set(this.page, k);
    }
    return k;
  }

  /** Draws `s` with its baseline at (x, y). Fake bold: each glyph 4× at (0,0) (+0.3,0) (+0.3,+0.3) (0,+0.3). */
  text(s: string, x: number, y: number, size: number, bold = false): void {
    if (s === '') return;
    const ops: PDFOperator[] = [beginText(), setFontAndSize(this.key(), size), moveText(x, y)];
    if (!bold) {
      ops.push(showText(this.font.encodeText(s)));
    } else {
      for (const ch of s) {
        const g = this.font.encodeText(ch);
        const adv = this.width(ch, size);
        ops.push(showText(g), moveText(0.3, 0), showText(g), moveText(0, 0.3), showText(g), moveText(-0.3, 0));
        ops.push(showText(g), moveText(adv, -0.3));
      }
    }
    ops.push(endText());
    this.page.pushOperators(...ops);
  }

  /** Splits text into unbreakable pieces: a Latin/digit run, or one Han character, with kinsoku. */
  tokens(s: string): string[] {
    const raw = s.match(/[A-Za-z0-9][A-Za-z0-9.,%:/_@+\-=?&#~]*|\s+|./gsu) ?? [];
    const out: string[] = [];
    for (const t of raw) {
      const prev = out[out.length - 1];
      if (prev !== undefined && (NO_START.has(t) || NO_END.has(prev.slice(-1)))) out[out.length - 1] = prev + t;
      else out.push(t);
    }
    return out;
  }

  /** Wraps text to `width`: CJK breaks between any two characters. */
  wrap(s: string, width: number, size: number, firstIndent = 0): string[] {
    const lines: string[] = [];
    let line = '';
    let avail = width - firstIndent;
    for (let tok of this.tokens(s)) {
      if (line === '' && /^\s+$/.test(tok)) continue;
      if (this.width(line + tok, size) <= avail + 0.01) {
        line += tok;
        continue;
      }
      if (line !== '') {
        lines.push(line.trimEnd());
        line = '';
        avail = width;
        if (/^\s+$/.test(tok)) continue;
      }
      // A token wider than a line (a long URL): break it by characters.
      while (this.width(tok, size) > avail) {
        let n = 1;
        while (n < tok.length && this.width(tok.slice(0, n + 1), size) <= avail) n++;
        lines.push(tok.slice(0, n));
        tok = tok.slice(n);
        avail = width;
      }
      line = tok;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    return lines;
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  block(b: Block): void {
    const bold = !!this.opts.fakeBold;
    switch (b.kind) {
      case 'pagebreak':
        this.newPage();
        return;
      case 'title': {
        const size = b.size ?? BODY;
        const lead = size * 1.75;
        for (const l of this.wrap(b.text, TEXT_W, size)) {
          this.ensure(lead);
          this.y -= lead;
          this.text(l, MARGIN.left + (TEXT_W - this.width(l, size)) / 2, this.y, size, bold);
        }
        if (size > BODY) this.y -= 8;
        return;
      }
      case 'para':
      case 'left': {
        const indent = b.kind === 'para' ? 2 * BODY : 0;
        this.wrap(b.text, TEXT_W, BODY, indent).forEach((l, i) => {
          this.ensure(LEADING);
          this.y -= LEADING;
          this.text(l, MARGIN.left + (i === 0 ? indent : 0), this.y, BODY, bold);
        });
        return;
      }
      case 'right': {
        this.ensure(LEADING);
        this.y -= LEADING;
        this.text(b.text, MARGIN.left + TEXT_W - 2 * BODY - this.width(b.text, BODY), this.y, BODY, bold);
        return;
      }
      case 'table':
        this.table(b.header, b.rows);
        return;
    }
  }

  /** A ruled 3-column table; rows never split; the header row repeats on every page. */
  table(header: [string, string, string], rows: Row[]): void {
    const bold = !!this.opts.fakeBold;
    const xs = [MARGIN.left, MARGIN.left + COLS[0]!, MARGIN.left + COLS[0]! + COLS[1]!, MARGIN.left + TEXT_W];
    const cellLines = (r: Row) => [
      this.wrap(r.label, COLS[0]! - 2 * CELL.padX, CELL.size),
      this.wrap(r.unit, COLS[1]! - 2 * CELL.padX, CELL.size),
      this.wrap(r.value, COLS[2]! - 2 * CELL.padX, CELL.size),
    ];
    const heightOf = (cells: string[][]) => Math.max(1, ...cells.map((c) => c.length)) * CELL.leading + 2 * CELL.padY;
    const headerRow: Row = { label: header[0], unit: header[1], value: header[2] };
    const headerH = heightOf(cellLines(headerRow));

    let top = 0; // y of the top border of the current page's part
    let hLines: number[] = [];
    const finishPart = () => {
      if (hLines.length === 0) return;
      const bottom = hLines[hLines.length - 1]!;
      for (const y of hLines) this.page.drawLine({ start: { x: xs[0]!, y }, end: { x: xs[3]!, y }, thickness: 0.6, color: rgb(0, 0, 0) });
      for (const x of xs) this.page.drawLine({ start: { x, y: top }, end: { x, y: bottom }, thickness: 0.6, color: rgb(0, 0, 0) });
      hLines = [];
    };
    const drawRow = (r: Row, index: number, emphasise: boolean) => {
      const cells = cellLines(r);
      const h = heightOf(cells);
      const y1 = this.y;
      const y0 = this.y - h;
      cells.forEach((lines, col) => {
        const x0 = xs[col]!;
        const x1 = xs[col + 1]!;
        // Vertically centred, as in most of the real tables: a single-line value sits between the
        // lines of a wrapped label, so only the grid says which row it belongs to.
        const blockH = lines.length * CELL.leading;
        let base = y1 - (h - blockH) / 2 - CELL.leading + (CELL.leading - CELL.size) / 2 + 1.5;
        for (const l of lines) {
          const x = col === 0 && index >= 0 ? x0 + CELL.padX : x0 + (x1 - x0 - this.width(l, CELL.size)) / 2;
          this.text(l, x, base, CELL.size, bold && (col === 0 || emphasise));
          base -= CELL.leading;
        }
        this.cellBoxes.push({ page: this.pageIndex, row: index, col, x0, x1, y0, y1 });
      });
      this.y = y0;
      hLines.push(y0);
    };
    const startPart = () => {
      top = this.y;
      hLines = [top];
      drawRow(headerRow, -1, true);
    };

    this.y -= 8; // clear the descenders of the title above
    this.ensure(headerH + 40);
    startPart();
    rows.forEach((r, i) => {
      const h = heightOf(cellLines(r));
      if (this.y - h < MARGIN.bottom) {
        finishPart();
        this.breaks.push({ pageNumber: `-${this.pageIndex + 1}-`, lastRowBefore: rows[i - 1]?.label ?? '', firstRowAfter: r.label });
        this.newPage();
        startPart();
      }
      drawRow(r, i, SECTION.test(r.label));
    });
    finishPart();
    this.y -= 6;
  }

  readonly breaks: TableBreak[] = [];

  footers(): void {
    this.pages.forEach((page, i) => {
      this.page = page;
      const s = `-${i + 1}-`;
      this.text(s, MARGIN.left + (TEXT_W - this.width(s, BODY)) / 2, FOOTER_Y, BODY, false);
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Documents

let fontBytes: Uint8Array | undefined;

async function newDoc(title: string): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create();
  // pdf-lib names font resources with Math.random suffixes; a counter keeps the output reproducible.
  // The font is subset; `customName` gives it a fixed subset tag instead of a random name.
  let counter = 0;
  doc.context.addRandomSuffix = (prefix: string) => `${prefix}-${++counter}`;
  doc.registerFontkit(fontkit);
  fontBytes ??= readFileSync(FONT_PATH);
  const font = await doc.embedFont(fontBytes, { subset: true, customName: 'DZFXBS+BousungEG-Light-GB' });
  const date = new Date('2019-01-25T00:00:00Z');
  doc.setTitle(title);
  doc.setCreator('Duizhang scripts/make-test-pdfs.ts');
  doc.setProducer('pdf-lib 1.17.1');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return { doc, font };
}

interface Made {
  file: string;
  pages: number;
  bytes: number;
  /** Pages (1-based) holding table rows and the page breaks inside the table; null when unknown. */
  tablePages: number[] | null;
  tableBreaks: TableBreak[] | null;
}

async function make(file: string, title: string, blocks: Block[], opts: Options = {}): Promise<Made> {
  const { doc, font } = await newDoc(title);
  const w = new Writer(doc, font, opts);
  for (const b of blocks) w.block(b);
  w.footers();
  const bytes = await doc.save({ useObjectStreams: true });
  writeFileSync(join(OUT, file), bytes);
  const tablePages = [...new Set(w.cellBoxes.map((c) => c.page + 1))];
  return { file, pages: w.pages.length, bytes: bytes.length, tablePages, tableBreaks: w.breaks };
}

/** Lays out narrative + attachment (attachment on a new page). */
function reportBlocks(r: Report): Block[] {
  return [...r.narrative, { kind: 'pagebreak' }, ...r.attachment];
}

/** Counts the pages the blocks take without writing a file. */
async function countPages(blocks: Block[], opts: Options = {}): Promise<number> {
  const { doc, font } = await newDoc('count');
  const w = new Writer(doc, font, opts);
  for (const b of blocks) w.block(b);
  return w.pages.length;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function makeChromium(file: string, r: Report): Promise<Made> {
  const paras = r.narrative
    .map((b) => {
      if (b.kind === 'title') return `<h1>${escapeHtml(b.text)}</h1>`;
      if (b.kind === 'right') return `<p class="sign">${escapeHtml(b.text)}</p>`;
      if (b.kind === 'para' || b.kind === 'left') return `<p>${escapeHtml(b.text)}</p>`;
      return '';
    })
    .join('\n');
  const att = r.attachment
    .map((b) => {
      if (b.kind === 'title') return `<h2>${escapeHtml(b.text)}</h2>`;
      if (b.kind === 'left') return `<p class="left">${escapeHtml(b.text)}</p>`;
      if (b.kind === 'table') {
        const tr = (c: string[], tag: string) => `<tr>${c.map((x) => `<${tag}>${escapeHtml(x)}</${tag}>`).join('')}</tr>`;
        return `<table border="1">\n<thead>${tr(b.header, 'th')}</thead>\n<tbody>\n${b.rows
          .map((row) => tr([row.label, row.unit, row.value], 'td'))
          .join('\n')}\n</tbody></table>`;
      }
      return '';
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2018年聊城市人民政府信息公开工作年度报告</title>
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: 'Noto Sans CJK SC'; font-size: 12pt; line-height: 1.75; }
h1 { font-size: 18pt; text-align: center; font-weight: normal; }
h2 { font-size: 16pt; text-align: center; font-weight: normal; margin: 0.3em 0; }
p { text-indent: 2em; margin: 0; }
p.sign { text-align: right; padding-right: 2em; }
p.left { text-indent: 0; }
.attachment { break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
td, th { padding: 3pt 4pt; font-weight: normal; }
td:nth-child(2), td:nth-child(3) { text-align: center; width: 18%; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
</style></head><body>
${paras}
<div class="attachment">
${att}
</div>
</body></html>
`;
  const dir = join(tmpdir(), `duizhang-pdfs-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const htmlPath = join(dir, 'seed003.html');
  writeFileSync(htmlPath, html);
  writeFileSync(join(OUT, file.replace(/\.pdf$/, '.html')), html);
  const printed = join(dir, 'printed.pdf');
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${printed}`,
      htmlPath,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  // Chromium writes every font dictionary and glyph table uncompressed (≈ 860 kB here). Re-saving with
  // object streams packs them (≈ 540 kB); pages, Type3 fonts, ToUnicode maps and the Info dictionary
  // (Producer Skia/PDF) are copied unchanged.
  const original = readFileSync(printed);
  const doc = await PDFDocument.load(original, { updateMetadata: false });
  const bytes = await doc.save({ useObjectStreams: true });
  writeFileSync(join(OUT, file), bytes);
  rmSync(dir, { recursive: true, force: true });
  console.log(`${file}: Chromium printed ${(original.length / 1024).toFixed(1)} kB, compacted to ${(bytes.length / 1024).toFixed(1)} kB`);
  return { file, pages: doc.getPageCount(), bytes: bytes.length, tablePages: null, tableBreaks: null };
}

/** Texts of the blocks in reading order (table excluded), as drawn. */
function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => ('text' in b ? [b.text] : []));
}

/** Writes `<name>.expected.json`: what a reader should get out of the PDF. */
function writeExpected(file: string, r: Report, made: Made, extra: Record<string, unknown> = {}): void {
  const expected = {
    file,
    pages: made.pages,
    tablePages: made.tablePages,
    tableBreaks: made.tableBreaks,
    narrative: blockTexts(r.narrative),
    attachment: blockTexts(r.attachment),
    header: r.header,
    rows: r.rows,
    ...extra,
  };
  writeFileSync(join(OUT, file.replace(/\.pdf$/, '.expected.json')), JSON.stringify(expected, null, 1) + '\n');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const s000 = seed000();
  const s003 = seed003();
  const results: Made[] = [];

  const m1 = await make('seed000-ruled.pdf', '德州市人民政府2018年政府信息公开工作年度报告', reportBlocks(s000));
  writeExpected(m1.file, s000, m1);
  results.push(m1);

  const m2 = await make('seed003-ruled.pdf', '2018年聊城市人民政府信息公开工作年度报告', reportBlocks(s003));
  writeExpected(m2.file, s003, m2);
  results.push(m2);

  const m3 = await make('seed000-fakebold.pdf', '德州市人民政府2018年政府信息公开工作年度报告', reportBlocks(s000), { fakeBold: true });
  writeExpected(m3.file, s000, m3, { fakeBold: 'per-glyph x4 at (0,0) (+0.3,0) (+0.3,+0.3) (0,+0.3) pt' });
  results.push(m3);

  // Like seed003-ruled.pdf, but 附件 1 follows the signature on the same page (as in the seed's source),
  // so the table starts mid-page and both of its page breaks fall inside a row group.
  const m4 = await make('seed003-pagebreak.pdf', '2018年聊城市人民政府信息公开工作年度报告', [...s003.narrative, ...s003.attachment]);
  if (!m4.tableBreaks?.length) throw new Error('seed003-pagebreak: the table does not break');
  for (const b of m4.tableBreaks) {
    if (SECTION.test(b.firstRowAfter)) throw new Error(`seed003-pagebreak: break before a new group (${b.firstRowAfter})`);
  }
  writeExpected(m4.file, s003, m4);
  results.push(m4);

  // `npm run make:pdfs -- --no-chromium` keeps the committed Chromium file (it is not reproducible
  // byte for byte: Chromium stamps the print date).
  if (!process.argv.includes('--no-chromium')) {
    const m5 = await makeChromium('seed003-type3.pdf', s003);
    writeExpected(m5.file, s003, m5);
    results.push(m5);
  }

  // 60 pages: seed 003's narrative repeated until the table (on fresh pages) ends on page 60.
  const table003: Block[] = [{ kind: 'pagebreak' }, ...s003.attachment];
  const tablePages = (await countPages([{ kind: 'para', text: 'x' }, ...table003])) - 1;
  const body003 = s003.narrative.filter((b) => b.kind === 'para');
  const long: Block[] = [s003.narrative[0]!];
  {
    // Dry run on a scratch document: add paragraphs while the narrative stays within its pages.
    const { doc, font } = await newDoc('count');
    const w = new Writer(doc, font, {});
    w.block(long[0]!);
    for (let i = 0; ; i++) {
      const next = body003[i % body003.length]!;
      w.block(next);
      if (w.pages.length > 60 - tablePages) break;
      long.push(next);
    }
  }
  const m6 = await make('long-60pages.pdf', '2018年聊城市人民政府信息公开工作年度报告（长文本基准）', [...long, ...table003]);
  writeExpected(m6.file, s003, m6, {
    narrative: blockTexts(long.slice(0, 1)),
    narrativeParagraphs: long.length - 1,
    narrativeNote: 'after the title: the body paragraphs of seed003-ruled (its narrative without title and signature lines), cycled from the first, this many in all',
  });
  results.push(m6);

  for (const m of results) {
    const breaks = (m.tableBreaks ?? []).map((b) => `${b.lastRowBefore} | ${b.pageNumber} | ${b.firstRowAfter}`).join('; ');
    console.log(`${m.file}\t${m.pages} pages\t${(m.bytes / 1024).toFixed(1)} kB\ttable on pages ${m.tablePages?.join(',') ?? '?'}\t${breaks}`);
  }
}

await main();
