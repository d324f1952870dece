// The page's state, in one class: what is loaded, what is selected, which language. Analyses are large
// and never mutated, so they are held as raw state (no deep proxies).

import type { Stage } from '../../pipeline/analyzeText.ts';
import type { Analysis, Bilingual, Finding } from '../../model/types.ts';
import { AnalysisClient } from '../worker/client.ts';
import { openPdf, type OpenedPdf } from '../lazy/pdf.ts';
import { readReport, type ReportRead } from './readReport.ts';
import { analysisFromShare, decodeShare, encodeShare, HASH_PREFIX } from '../lazy/share.ts';
import { sha256Hex } from '../sha256.ts';
import { withPrevious } from '../../pipeline/withPrevious.ts';
import { translate, type Lang, type StringKey } from '../i18n.ts';
import { isPdf } from '../../pipeline/pdfErrors.ts';
import type { BatchRun, DoneItem } from '../batch/batchRun.svelte.ts';
import { loadBatchRun } from '../lazy/parts.ts';
import { AnalysisPool } from '../batch/pool.ts';
import { onlyPair } from '../../batch/batchCarry.ts';
import { collectReports } from '../batch/droppedFiles.ts';
import { BatchKeeper } from '../batch/batchKeeper.svelte.ts';
import { isWorkspaceName } from '../../batch/workspaceName.ts';
import type { Correction } from '../../check/corrections.ts';
import { loadCorrections } from '../lazy/corrections.ts';

/** The workspace's views, shown one at a time beside the document (WorkspaceTabs.svelte). */
export type WorkspaceTab = 'problems' | 'tables' | 'charts' | 'text' | 'coverage';

export type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string; page?: number; pages?: number; stage?: Stage }
  /** `fileName`: the file the message is about, shown before it (the analysis on screen may be another file's). */
  | { kind: 'error'; message: Bilingual; fileName?: string }
  | { kind: 'done' };

/** Where the chosen language is remembered between visits (this browser only). */
const LANG_KEY = 'duizhang.lang';

function rememberedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    // Storage may be refused (private mode, a sandboxed frame): the default language then.
    return 'zh';
  }
}

export class AppState {
  lang = $state<Lang>(rememberedLang());
  status = $state.raw<Status>({ kind: 'idle' });
  analysis = $state.raw<Analysis | undefined>(undefined);
  isSample = $state(false);
  selected = $state<number | undefined>(undefined);
  /** A table cell the user clicked that no flagged finding involves: shown on its page all the same. */
  focusedCell = $state<string | undefined>(undefined);
  /** The open PDF of the current analysis, for drawing its pages. */
  pdf = $state.raw<OpenedPdf | undefined>(undefined);
  /** SHA-256 of the document behind the current analysis, for share links. */
  sha256 = $state<string | undefined>(undefined);
  /** The document hash a share link named: a file dropped afterwards is compared with it. */
  sharedSha256 = $state<string | undefined>(undefined);
  /** Whether the file dropped after opening a share link is the shared document. */
  shareMatch = $state<boolean | undefined>(undefined);
  /** The last share link made, shown so it can be copied by hand where the clipboard is not allowed. */
  shareUrl = $state<string | undefined>(undefined);
  /** Set when a PDF needs a password: the bytes wait here until the user gives one. */
  passwordRequest = $state.raw<{ bytes: Uint8Array; fileName: string; wrong: boolean } | undefined>(undefined);
  showConsistent = $state(false);
  /** The view shown beside the document: the findings first. */
  tab = $state<WorkspaceTab>('problems');
  /** The previous year's report the current one was checked against (its findings are in the analysis). */
  previous = $state.raw<{ analysis: Analysis; summary: Bilingual } | undefined>(undefined);
  /** The batch of reports dropped together (three or more, or two that are not consecutive years of one body). */
  batch = $state.raw<BatchRun | undefined>(undefined);
  /** Whether the batch's overview is shown rather than the single-report workspace. */
  showBatch = $state(false);
  /**
   * The user's corrections of the report on screen, oldest first: the audit list. `analysis` is the report
   * as read with these applied (check/corrections.ts); undo takes the last one back.
   */
  corrections = $state.raw<Correction[]>([]);
  /** The cell whose correction form is open (a ref), set by a click or Enter on a table cell. */
  editing = $state<string | undefined>(undefined);
  /** The table cell that is the tables' one tab stop (moved by the arrow keys); the first cell until then. */
  activeCell = $state<string | undefined>(undefined);

  /** The batch kept between visits, workspace files, and files given back to a restored batch. */
  readonly keeper = new BatchKeeper(this);

  #client = new AnalysisClient();
  /** The batch's workers, apart from the single report's, so opening a report never waits behind a batch. */
  #pool = new AnalysisPool();
  #controller: AbortController | undefined;
  /** The report on screen as read (without cross-year findings): corrections are applied to this. */
  #asRead: Analysis | undefined;

  t = (key: StringKey) => translate(this.lang, key);
  text = (message: Bilingual) => message[this.lang];

  get selectedFinding(): Finding | undefined {
    return this.selected === undefined ? undefined : this.analysis?.findings[this.selected];
  }

  /** How many findings are errors or to review, for the findings tab's badge. */
  get flaggedCount(): number {
    return this.analysis?.findings.filter((f) => f.severity !== 'info').length ?? 0;
  }

  /** The tables' tab stop: the cell last moved to or clicked, else the report's first mapped cell. */
  get cellTabStop(): string | undefined {
    const cells = this.analysis?.cells;
    return this.activeCell && cells?.some((c) => c.ref === this.activeCell) ? this.activeCell : cells?.[0]?.ref;
  }

  /** Refs of the cells the selected finding involves. */
  get highlighted(): Set<string> {
    return new Set(this.selectedFinding?.cells ?? (this.focusedCell ? [this.focusedCell] : []));
  }

  toggleLang() {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
    this.applyLang();
    try {
      localStorage.setItem(LANG_KEY, this.lang);
    } catch {
      // Not remembered where storage is refused; the page still switches.
    }
  }

  /** The document's language attribute follows the chosen language (screen readers, fonts). */
  applyLang() {
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
  }

  select(index: number | undefined) {
    this.selected = this.selected === index ? undefined : index;
    this.focusedCell = undefined;
  }

  /** A click on a table cell: select the first flagged finding it takes part in, or just show the cell. */
  focusCell(ref: string) {
    const index = this.analysis?.findings.findIndex((f) => f.severity !== 'info' && f.cells.includes(ref)) ?? -1;
    if (index >= 0) {
      this.selected = index;
      this.focusedCell = undefined;
    } else {
      this.selected = undefined;
      this.focusedCell = ref;
    }
  }

  submitPassword(password: string) {
    const request = this.passwordRequest;
    if (!request) return;
    void this.analyzeBytes(request.bytes, request.fileName, false, password);
  }

  /**
   * Files chosen or dropped together: one is analysed; several are a batch. Two that turn out to be
   * consecutive years of one body are shown as before, the later checked against the earlier, with no
   * overview; any other two stay a batch of two. A zip or a folder is always a batch with its overview.
   */
  async analyzeFiles(given: File[]) {
    // A workspace file among them is imported, not read as a report; the others are matched to its reports.
    // A lone .json is no report either: read as a workspace, a foreign one is told so.
    const workspace = given.find((f) => isWorkspaceName(f.name)) ?? (given.length === 1 && /\.json$/i.test(given[0]!.name) ? given[0] : undefined);
    if (workspace) return this.keeper.importWorkspace(workspace, given.filter((f) => f !== workspace));
    // The files of a restored batch given back (same hashes) join it instead of starting a new batch.
    if ((await this.keeper.reattach(given, true)) > 0) return;
    // Zips are unpacked and a folder's non-report files left out first (batch/droppedFiles.ts).
    const { files, notes, gathered } = await collectReports(given);
    // A zip or a folder always means a batch, shown as one, even of one or two reports (as in the CLI).
    if (files.length >= 2 || (files.length === 1 && gathered)) await this.analyzeBatch(files, notes, gathered);
    else if (files[0]) await this.analyzeFile(files[0]);
    else if (notes.length > 0) this.status = { kind: 'error', message: { zh: notes.map((n) => n.zh).join(' '), en: notes.map((n) => n.en).join(' ') } };
  }

  /** Analyses the files in the pool of workers and shows the overview while they are read. */
  async analyzeBatch(files: File[], notes: Bilingual[] = [], overviewAlways = false) {
    this.batch?.cancel();
    // A single report still being read would otherwise replace the overview when it is done.
    this.#controller?.abort();
    this.#controller = undefined;
    this.passwordRequest = undefined;
    this.status = { kind: 'idle' };
    const { BatchRun } = await loadBatchRun();
    const run = new BatchRun(files, notes);
    this.batch = run;
    this.showBatch = true;
    await run.run(this.#pool);
    // Kept in the browser for the next visit, unless it is two years of one body shown as one report (below).
    if (this.batch === run && (files.length !== 2 || overviewAlways || !onlyPair(run.analyses()))) void this.keeper.keep(run);
    if (this.batch !== run || !this.showBatch || files.length !== 2 || overviewAlways) return;
    const analyses = run.analyses();
    const pair = onlyPair(analyses);
    if (!pair) return;
    const later = run.done.find((i) => i.id === pair.later)!;
    this.batch = undefined;
    await this.openBatchReport(later, run.carry?.earlierOf.get(pair.later) ?? analyses.get(pair.earlier));
  }

  /**
   * Opens a report of the batch in the workspace. Its analysis is the batch's; its bytes are read again from
   * its File (the batch keeps none), for the share link's hash and, for a PDF, to draw its pages. With the
   * earlier year of its body, the cross-year findings join its own as when two files are dropped.
   */
  async openBatchReport(item: DoneItem, earlier?: Analysis) {
    const { file } = item;
    // A restored report without its file is shown from its analysis alone; the page says so (StoredBatch.svelte).
    this.keeper.withoutFile = file ? undefined : item;
    if (!file) {
      this.#controller?.abort();
      await this.#show(item.state.analysis, undefined, undefined, false, item.sha256);
      if (earlier) this.#applyPrevious(earlier);
      return;
    }
    const controller = this.#begin(file.name);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A PDF that the viewer cannot open is still shown, only not drawn (as in readReport).
      const opened = isPdf(bytes) ? await openPdf(bytes, undefined, controller.signal).catch(() => undefined) : undefined;
      if (controller.signal.aborted) {
        opened?.destroy();
        return;
      }
      await this.#show(item.state.analysis, opened, bytes, false);
      if (earlier) this.#applyPrevious(earlier);
    } catch (error) {
      this.#failed(error, controller, file.name);
    }
  }

  /** Shows a batch restored from the browser's storage or a workspace file (BatchKeeper), in place of any other. */
  showRestoredBatch(run: BatchRun) {
    this.batch?.cancel();
    this.#controller?.abort();
    this.#controller = undefined;
    this.passwordRequest = undefined;
    this.status = { kind: 'idle' };
    this.batch = run;
    this.showBatch = true;
  }

  /** Closes the batch (its record was forgotten): the report last on screen, if any, is shown again. */
  closeBatch() {
    this.batch?.cancel();
    this.batch = undefined;
    this.showBatch = false;
  }

  /** Back from a report to the batch's overview, as it was left (its sort and filter are the batch's). */
  backToBatch() {
    if (!this.batch) return;
    this.showBatch = true;
    this.status = { kind: 'idle' };
  }

  async analyzeFile(file: File, isSample = false) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    await this.analyzeBytes(bytes, file.name, isSample);
  }

  async analyzeText(text: string) {
    if (text.trim() === '') {
      this.status = { kind: 'error', message: { zh: '文本框是空的：请先粘贴报告文字。', en: 'The text box is empty: paste the report text first.' } };
      return;
    }
    await this.analyzeBytes(new TextEncoder().encode(text), translate(this.lang, 'pastedName'), false);
  }

  async loadSample() {
    try {
      const response = await fetch(new URL('samples/dezhou-2018.txt', document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      await this.analyzeBytes(bytes, '德州市2018年政府信息公开工作年度报告.txt', true);
    } catch (error) {
      this.status = {
        kind: 'error',
        message: { zh: `示例报告载入失败：${(error as Error).message}`, en: `Could not load the sample: ${(error as Error).message}` },
      };
    }
  }

  /**
   * Puts the analysis (never the document's text) into the URL fragment, which browsers do not send to
   * servers, and copies the link. Where the clipboard is refused the link is shown to copy by hand.
   */
  async share() {
    if (!this.analysis || !this.sha256) return;
    const url = `${location.origin}${location.pathname}${location.search}${HASH_PREFIX}${await encodeShare(this.analysis, this.sha256, this.previous?.analysis)}`;
    history.replaceState(null, '', url);
    this.shareUrl = url;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Shown in the page instead (a browser may refuse clipboard access without a user gesture or over HTTP).
    }
  }

  /** Opens the analysis a share link carries, recomputing its findings; a bad link is reported, nothing else happens. */
  async openShared(hash: string): Promise<boolean> {
    if (!hash.startsWith(HASH_PREFIX)) return false;
    const decoded = await decodeShare(hash);
    if (!decoded.ok) {
      this.status = { kind: 'error', message: decoded.reason };
      return true;
    }
    this.pdf?.destroy();
    this.pdf = undefined;
    // A link carries its corrections on its cells: they become this page's audit list, open to undo.
    this.#load(analysisFromShare(decoded.payload));
    this.corrections = this.analysis!.cells.flatMap((c) => (c.correction ? [{ ref: c.ref, raw: c.correction.value.raw, at: c.correction.at }] : []));
    this.previous = undefined;
    this.sha256 = decoded.payload.sha256;
    this.sharedSha256 = decoded.payload.sha256;
    this.shareMatch = undefined;
    this.isSample = false;
    this.selected = undefined;
    this.showBatch = false;
    this.status = { kind: 'done' };
    return true;
  }

  cancel() {
    this.#controller?.abort();
  }

  #compute(bytes: Uint8Array, fileName: string, controller: AbortController, password?: string): Promise<ReportRead> {
    return readReport(
      this.#client,
      bytes,
      fileName,
      controller.signal,
      password,
      (page, pages) => {
        if (this.#controller === controller) this.status = { kind: 'busy', fileName, page, pages, ...(this.status.kind === 'busy' && this.status.stage === 'ocr' ? { stage: 'ocr' as const } : {}) };
      },
      (stage) => {
        if (this.#controller === controller) this.status = { kind: 'busy', fileName, stage };
      },
    );
  }

  #begin(fileName: string): AbortController {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = { kind: 'busy', fileName };
    return controller;
  }

  #failed(error: unknown, controller: AbortController, fileName?: string) {
    const about = fileName ? { fileName } : {};
    if ((error as DOMException).name === 'AbortError') {
      if (this.#controller === controller) this.status = { kind: 'error', message: { zh: '已取消。', en: 'Cancelled.' }, ...about };
      return;
    }
    this.status = { kind: 'error', message: { zh: `分析失败：${(error as Error).message}`, en: `The analysis failed: ${(error as Error).message}` }, ...about };
  }

  async analyzeBytes(bytes: Uint8Array, fileName: string, isSample: boolean, password?: string) {
    const controller = this.#begin(fileName);
    this.passwordRequest = undefined;
    try {
      const { result, opened, needsPassword } = await this.#compute(bytes, fileName, controller, password);
      if (controller.signal.aborted) {
        opened?.destroy();
        return;
      }
      if (!result.ok) {
        // The previous analysis stays on screen: bad input never wipes what the user had.
        if (needsPassword) this.passwordRequest = { bytes, fileName, wrong: needsPassword === 'wrong' };
        this.status = { kind: 'error', message: result.reason, fileName };
        return;
      }
      await this.#show(result.analysis, opened, bytes, isSample);
    } catch (error) {
      this.#failed(error, controller, fileName);
    }
  }

  /** Puts a finished analysis on screen (with its opened PDF, for drawing pages). */
  async #show(analysis: Analysis, opened: OpenedPdf | undefined, bytes: Uint8Array | undefined, isSample: boolean, knownSha256?: string) {
    // A report restored without its file has the hash its batch kept.
    const sha256 = bytes ? await sha256Hex(bytes) : knownSha256;
    if (this.sharedSha256 && sha256) this.shareMatch = sha256 === this.sharedSha256;
    this.sharedSha256 = undefined;
    this.shareUrl = undefined;
    this.sha256 = sha256;
    this.pdf?.destroy();
    this.pdf = opened;
    this.#load(analysis);
    this.previous = undefined;
    this.isSample = isSample;
    this.selected = undefined;
    this.focusedCell = undefined;
    this.showBatch = false;
    this.status = { kind: 'done' };
  }

  /**
   * Checks the report on screen against the same body's report of the year before (crossYear): its
   * findings join the current ones. The other report is read but not shown; when it cannot be compared
   * (not the year before, another body, a format without cross-year relations) the page says why and
   * nothing changes.
   */
  async compareWithPrevious(file: File) {
    if (!this.analysis) return;
    const controller = this.#begin(file.name);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { result, opened } = await this.#compute(bytes, file.name, controller);
      opened?.destroy();
      if (controller.signal.aborted) return;
      if (!result.ok) {
        this.status = { kind: 'error', message: result.reason };
        return;
      }
      const other = result.analysis;
      this.#applyPrevious(other);
    } catch (error) {
      this.#failed(error, controller);
    }
  }

  /** A report newly on screen: no corrections yet, nothing being edited. */
  #load(analysis: Analysis) {
    this.#asRead = analysis;
    this.analysis = analysis;
    this.corrections = [];
    this.editing = undefined;
    this.activeCell = undefined;
  }

  /**
   * Corrects a cell to `raw` (read as a printed value: a blank, a dash and 0 stay apart). Every check runs
   * again at once; the document's own value stays on the cell beside the correction.
   */
  correct(ref: string, raw: string) {
    if (!this.#asRead?.cells.some((c) => c.ref === ref)) return;
    this.corrections = [...this.corrections, { ref, raw: raw.trim(), at: new Date().toISOString() }];
    this.#recheck();
  }

  /** Takes back the last correction. */
  undoCorrection() {
    if (this.corrections.length === 0) return;
    this.corrections = this.corrections.slice(0, -1);
    this.#recheck();
  }

  /** Takes back every correction: the report as read. */
  clearCorrections() {
    if (this.corrections.length === 0) return;
    this.corrections = [];
    this.#recheck();
  }

  /** The report as read with the corrections applied, checked against the year before when it was. */
  #recheck() {
    const asRead = this.#asRead;
    if (!asRead) return;
    // The rules load with the first correction; a report replaced meanwhile is not rechecked. Rechecks run
    // in the order asked, each with the corrections in force when it runs.
    void loadCorrections().then(({ applyCorrections }) => {
      if (this.#asRead !== asRead) return;
      let analysis = applyCorrections(asRead, this.corrections);
      if (this.previous) {
        const outcome = withPrevious(analysis, this.previous.analysis, this.previous.summary);
        if (outcome.ok) {
          analysis = outcome.analysis;
          this.previous = { ...this.previous, summary: outcome.summary };
        }
      }
      this.analysis = analysis;
      // Findings were made anew: an index no longer names the same one. The corrected cell stays in view.
      this.selected = undefined;
      this.shareUrl = undefined;
    });
  }

  /** Adds the cross-year findings of the report on screen against `other`, or says why there are none. */
  #applyPrevious(other: Analysis) {
    if (!this.analysis) return;
    const outcome = withPrevious(this.analysis, other, this.previous?.summary);
    if (!outcome.ok) {
      this.status = { kind: 'error', message: outcome.reason };
      return;
    }
    this.analysis = outcome.analysis;
    if (outcome.replaced) this.selected = undefined;
    this.previous = { analysis: other, summary: outcome.summary };
    this.status = { kind: 'done' };
  }
}
