// The data that flows through the pipeline: ingest → normalize → layout → template → check → view.
// Everything here is plain data (JSON-serialisable), so it crosses the Web Worker boundary and the CLI's
// --json output unchanged.

/** Where a piece of text came from in the user's document. Lines and columns are 1-based. */
import type { RuleId } from '../check/rules/index.ts';

export interface SourcePos {
  /** 1-based line in the ingested text (for PDFs: the line as rebuilt from positions). */
  line: number;
  /** 1-based column (in UTF-16 code units) of the first character in the original line. */
  col: number;
  /** Length in the original line, so a highlight covers exactly the raw characters. */
  length: number;
  /** 1-based page, for paginated sources. */
  page?: number;
  /** Box on the page in PDF user units: x, y (top-left), width, height. */
  box?: [number, number, number, number];
}

/** One logical line after normalisation, mapped back to the source character by character. */
export interface NormLine {
  /** 1-based line number in the ingested text (for PDFs: in the text rebuilt from positions). */
  line: number;
  /** The normalised text (fake bold collapsed, full-width folded, …). */
  text: string;
  /** For each character of `text`, the 1-based column of the source character it came from. */
  cols: number[];
  /** How many times each glyph was overprinted on this line (1 = plain). */
  fold: number;
  /** For lines rebuilt from a PDF: where runs of the text are on the page. Offsets index `text`. */
  boxes?: TextBox[];
  /** How many characters that print nothing (zero-width, bidi marks, NUL) were dropped from inside numbers. */
  hidden?: number;
  /** A bidi override was dropped from this line: a screen may show its characters in another order. */
  reordered?: true;
}

/** A run of a rebuilt line, [start, end) in the line's text, and its place on a PDF page. */
export interface TextBox {
  start: number;
  end: number;
  page: number;
  box: [number, number, number, number];
  /** For text read by OCR: the recogniser's confidence in the run (its least sure character, 0–1). */
  confidence?: number;
}

/** A text run as pdf.js reports it, in page coordinates with the origin at the top left (PDF points). */
export interface PdfTextItem {
  str: string;
  x: number;
  /** Top of the glyph box. */
  y: number;
  width: number;
  height: number;
  fontName: string;
  /** For text read by OCR from a scan: the recogniser's confidence in its least sure character (0–1). */
  confidence?: number;
}

/** A straight ruling line drawn on the page (table borders), top-left origin. */
export interface PdfSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /**
   * The rotation (degrees clockwise) positions were read in, when it is not the page's own /Rotate: the
   * page's text runs sideways as the page is shown, and is read (and drawn) turned upright.
   */
  rotation?: number;
  items: PdfTextItem[];
  segments: PdfSegment[];
  /**
   * For a page read by OCR from its picture: the slant (degrees) the picture was levelled by before
   * reading (positions are those of the levelled page), and the picture's resolution in dots per inch.
   */
  scan?: { skew: number; dpi: number };
}

/** What the PDF ingest hands to the layout stage: positioned text and ruling lines per page. */
export interface PdfSource {
  pages: PdfPage[];
  /** Names of the files attached to the PDF (a cover sheet may carry the report itself as one). */
  attachments?: string[];
}

export type ValueKind = 'number' | 'blank' | 'dash' | 'text' | 'malformed';

/**
 * A table value. Blank, 0, “/”, “—” and text are different facts and are never conflated:
 * only kind 'number' carries `value`.
 */
export interface Value {
  kind: ValueKind;
  /** Exactly what the report prints (after fake-bold collapse), '' for an empty cell. */
  raw: string;
  value?: number;
  /** Digits after the decimal point as printed; drives the tolerance for 万元 amounts. */
  decimals?: number;
  /** A unit printed inside the cell with the number (「251000元」). */
  unit?: string;
}

/** A table row as the layout stage read it, before any template is applied. */
export interface RawRow {
  /** The row label with wrapped lines rejoined. */
  label: string;
  unit: string;
  /** One value per value column (one for the national appendix, two for the Fujian 年度 | 历年累计 table). */
  values: RawCell[];
  /** Where the label starts. */
  pos: SourcePos;
  /**
   * The text printed this row's label and numbers out of order (one cell per line, labels after the
   * numbers they name): the row is kept for the table's structure, its values are not read.
   */
  outOfOrder?: true;
}

export interface RawCell {
  value: Value;
  pos: SourcePos;
}

export interface RawTable {
  /** Header cells as printed (统计指标 | 单位 | 统计数, or 指标名称 | 计量单位 | 年度 | 历年累计). */
  header: string[];
  /** Names of the value columns, e.g. ['统计数'] or ['2018年度', '历年累计']. */
  columns: string[];
  rows: RawRow[];
  /** First and last source line of the table. */
  lines: [number, number];
}

/** A cell mapped onto a template indicator. `ref` is how findings point at it. */
export interface Cell {
  /** Unique within an analysis: `${indicator}@${column}`. */
  ref: string;
  /** The template's indicator id, in the template's own numbering, e.g. 三(一)3. */
  indicator: string;
  /** The label as printed in the report. */
  label: string;
  unit: string;
  /** Value column index (0 for the single 统计数 column). */
  column: number;
  value: Value;
  pos: SourcePos;
  /**
   * Why this value, though read, is not certain (its cells' order in the text could not be confirmed, an
   * OCR reading below the threshold). The table marks it 「待核」, and a finding that uses it is one to
   * review, never an error.
   */
  doubt?: Bilingual;
  /**
   * The values an ambiguous cell may hold (glued digits that split more than one way, each reading
   * consistent with the table): offered to the user as corrections, never chosen by the reader.
   */
  choices?: string[];
  /**
   * The user's correction of this cell (check/corrections.ts). `value` stays what the document prints; the
   * checks use the corrected value, and every view and export shows both.
   */
  correction?: { value: Value; at: string };
}

/**
 * A template's id as `src/template/registry.ts` lists them ('national-2008', 'fujian-2008', 'fujian-2014',
 * 'gov-2019', 'gov-2021'), or 'none' when no template was recognised. A string, so that a new template is
 * its data file and one registry line; input from outside (share links) is checked with `isTemplateId`.
 */
export type TemplateId = string;

export interface ReportMeta {
  template: TemplateId;
  year?: number;
  region?: string;
  body?: string;
  title?: string;
  /** Statistical period as ISO dates. */
  period?: { start: string; end: string; pos?: SourcePos };
  /** Date printed under the signature, ISO. */
  signed?: { date: string; pos: SourcePos };
}

export type Severity = 'error' | 'warning' | 'info';

export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * One finding, in the shape of vfile-message: a rule, where, and what was expected.
 * `stated` is the number the report prints; `computed` what its own parts give.
 */
export interface FindingBody {
  severity: Severity;
  message: Bilingual;
  stated?: number;
  computed?: number;
  delta?: number;
  /** Refs of the table cells involved (the stated one first). */
  cells: string[];
  /** Positions of narrative text involved, for findings that come from the prose. */
  spans?: SourcePos[];
  /** A diagnosis when one fits: double-counted 其中 rows, a number cut short, a different scope. */
  cause?: { kind: string; message: Bilingual };
}

/** A finding with the id of the rule that found it, stamped by the rule's definition (`check/rules/index.ts`). */
export interface Finding extends FindingBody {
  rule: RuleId;
}

/** A number the narrative states, with what it is about. */
export interface Claim {
  /** The number as the prose means it (万 and 亿 applied). */
  value: number;
  raw: string;
  unit: string;
  /** The words before the number that say what it counts, within its clause. */
  subject: string;
  pos: SourcePos;
  /** Offset of the number in the joined narrative text, to relate claims to each other. */
  offset: number;
  /** The prose gives the number as approximate (「300余件」, 「约300件」, 「300件以上」): never compared exactly. */
  approximate?: boolean;
  /** Which sentence of the narrative holds the number (0-based), so checks relate numbers of one sentence only. */
  sentence?: number;
}

/** A narrative claim linked to the table indicators it restates, with the evidence for the link. */
export interface ClaimLink {
  claim: number;
  indicators: string[];
  /** The value column the claim restates. */
  column?: number;
  /** The claim restates the sum of the indicators rather than one of them. */
  sum?: boolean;
  /** Why the link was made: the lexicon entry's words, or the indicator label found in the subject. */
  evidence: string;
  weak: boolean;
  /** The claim's subject names a narrower body than the report's (「市政府网站」 in a city-wide report). */
  narrower?: string;
  /** Indicators the prose may count together under the same words (受理 = 新收 + 上年结转): a scope, not an error. */
  orSum?: string[];
  /** How the words were read, said in the finding (「无法提供…等」 read as the whole group). */
  reading?: Bilingual;
}

/** A whole and the parts the prose lists after 「其中」, as indices into `Analysis.claims`. */
export interface Enumeration {
  whole: number;
  parts: number[];
  /** False when the list says it is not exhaustive (「主要」, 「等」). */
  complete: boolean;
  /**
   * The parts may overlap (网上申请 and 为民办实事项目; a parenthesis saying what the whole includes): each
   * must stay within the whole, but they need not add up to it. Absent when the parts are categories of
   * one division (applicant types, outcomes, 区直 / 乡镇), which listed in full add up to the whole.
   */
  subset?: boolean;
  /** Shares the prose gives for parts (「57034条，占总数的38.3%」): part and percentage claim indices. */
  shares?: Array<{ part: number; percent: number }>;
}

export interface Analysis {
  /** Schema version of this object, for the CLI's --json consumers and share links. */
  version: 1;
  fileName: string;
  /**
   * What kind of document was read, and for a PDF how many pages it has. For PDF and HTML input, lines and
   * columns refer to the text rebuilt from the document (`lines`), not to its bytes.
   */
  /** `turned`: pages of a PDF read (and drawn) at another rotation than their own, page → degrees. */
  source: { kind: 'text' | 'pdf' | 'html'; pages?: number; turned?: Record<number, number>; /** Pages read by OCR from their pictures. */ scanned?: number };
  meta: ReportMeta;
  /** Every table the layout stage found, mapped or not. */
  tables: RawTable[];
  /** Table cells mapped to indicators. */
  cells: Cell[];
  /** Table rows no indicator matched: shown, never forced onto the nearest id. */
  unmatched: RawRow[];
  claims: Claim[];
  enumerations: Enumeration[];
  links: ClaimLink[];
  findings: Finding[];
  /** The normalised text, so the view can show the narrative with claims underlined. */
  lines: NormLine[];
  /** Problems reading the input that are not arithmetic findings (e.g. no table found). */
  notices: Bilingual[];
}
