// The page's state, in one class: what is loaded, what is selected, which language. Analyses are large
// and never mutated, so they are held as raw state (no deep proxies).

import type { Analysis, Bilingual, Finding } from '../../model/types.ts';
import { AnalysisClient } from '../worker/client.ts';
import { extractPdf } from '../../ingest/pdf/extractPdf.ts';
import { isPdf, pdfErrorMessage } from '../../pipeline/pdfErrors.ts';
import type { AnalyzeResult } from '../../pipeline/analyzeBytes.ts';
import { openPdf, type OpenedPdf } from '../pdf/openPdf.ts';
import { decodeText } from '../../ingest/decodeText.ts';
import { htmlLines } from '../../ingest/html/htmlLines.ts';
import { htmlTitle } from '../../ingest/html/htmlTitle.ts';
import { withoutEventHandlers } from '../../ingest/html/withoutEventHandlers.ts';
import { isHtml } from '../../pipeline/isHtml.ts';
import { decodeShare, encodeShare, HASH_PREFIX } from '../../share/sharePayload.ts';
import { analysisFromShare } from '../../share/analysisFromShare.ts';
import { sha256Hex } from '../sha256.ts';
import { crossYear } from '../../check/crossYear.ts';
import { translate, type Lang, type StringKey } from '../i18n.ts';

export type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string; page?: number; pages?: number }
  | { kind: 'error'; message: Bilingual }
  | { kind: 'done' };

export class AppState {
  lang = $state<Lang>('zh');
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
  /** The previous year's report the current one was checked against (its findings are in the analysis). */
  previous = $state.raw<{ fileName: string; year?: number; summary: Bilingual } | undefined>(undefined);

  #client = new AnalysisClient();
  #controller: AbortController | undefined;

  t = (key: StringKey) => translate(this.lang, key);
  text = (message: Bilingual) => message[this.lang];

  get selectedFinding(): Finding | undefined {
    return this.selected === undefined ? undefined : this.analysis?.findings[this.selected];
  }

  /** Refs of the cells the selected finding involves. */
  get highlighted(): Set<string> {
    return new Set(this.selectedFinding?.cells ?? (this.focusedCell ? [this.focusedCell] : []));
  }

  toggleLang() {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
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
    const url = `${location.origin}${location.pathname}${location.search}${HASH_PREFIX}${await encodeShare(this.analysis, this.sha256)}`;
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
    this.analysis = analysisFromShare(decoded.payload);
    this.previous = undefined;
    this.sha256 = decoded.payload.sha256;
    this.sharedSha256 = decoded.payload.sha256;
    this.shareMatch = undefined;
    this.isSample = false;
    this.selected = undefined;
    this.status = { kind: 'done' };
    return true;
  }

  cancel() {
    this.#controller?.abort();
  }

  /**
   * Reads a file into an analysis without touching what is on screen: PDFs are opened and extracted here
   * (pdf.js needs the page), everything else goes to the worker. The opened PDF is returned with the
   * result, for drawing its pages; a PDF that cannot be read comes back as a failed result.
   */
  async #compute(bytes: Uint8Array, fileName: string, controller: AbortController, password?: string): Promise<{ result: AnalyzeResult; opened?: OpenedPdf; needsPassword?: 'needed' | 'wrong' }> {
    if (isPdf(bytes)) {
      let opened: OpenedPdf | undefined;
      try {
        opened = await openPdf(bytes, password, controller.signal);
        const source = await extractPdf(opened.doc, {
          signal: controller.signal,
          onProgress: (page, pages) => {
            if (this.#controller === controller) this.status = { kind: 'busy', fileName, page, pages };
          },
        });
        const result = await this.#client.analyzePdf(source, fileName, controller.signal);
        if (!result.ok) opened.destroy();
        return result.ok ? { result, opened } : { result };
      } catch (error) {
        opened?.destroy();
        if (controller.signal.aborted) throw new DOMException('Cancelled', 'AbortError');
        const { password: needs, zh, en } = pdfErrorMessage(error);
        return { result: { ok: false, reason: { zh, en } }, ...(needs ? { needsPassword: needs } : {}) };
      }
    }
    const decoded = decodeText(bytes);
    if (decoded.ok && isHtml(decoded.text, fileName)) {
      // The browser parses the page; the worker gets its lines (a worker has no DOMParser).
      const doc = new DOMParser().parseFromString(withoutEventHandlers(decoded.text), 'text/html');
      return { result: await this.#client.analyzeLines(htmlLines(doc), fileName, htmlTitle(doc), controller.signal) };
    }
    return { result: await this.#client.analyze(bytes, fileName, controller.signal) };
  }

  #begin(fileName: string): AbortController {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = { kind: 'busy', fileName };
    return controller;
  }

  #failed(error: unknown, controller: AbortController) {
    if ((error as DOMException).name === 'AbortError') {
      if (this.#controller === controller) this.status = { kind: 'error', message: { zh: '已取消。', en: 'Cancelled.' } };
      return;
    }
    this.status = { kind: 'error', message: { zh: `分析失败：${(error as Error).message}`, en: `The analysis failed: ${(error as Error).message}` } };
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
        this.status = { kind: 'error', message: result.reason };
        return;
      }
      const sha256 = await sha256Hex(bytes);
      if (this.sharedSha256 && sha256) this.shareMatch = sha256 === this.sharedSha256;
      this.sharedSha256 = undefined;
      this.shareUrl = undefined;
      this.sha256 = sha256;
      this.pdf?.destroy();
      this.pdf = opened;
      this.analysis = result.analysis;
      this.previous = undefined;
      this.isSample = isSample;
      this.selected = undefined;
      this.focusedCell = undefined;
      this.status = { kind: 'done' };
    } catch (error) {
      this.#failed(error, controller);
    }
  }

  /**
   * Checks the report on screen against the same body's report of the year before (crossYear): its
   * findings join the current ones. The other report is read but not shown; when it cannot be compared
   * (not the year before, another body, a format without cross-year relations) the page says why and
   * nothing changes.
   */
  async compareWithPrevious(file: File) {
    const current = this.analysis;
    if (!current) return;
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
      if (current.meta.year !== undefined && other.meta.year === current.meta.year + 1) {
        this.status = {
          kind: 'error',
          message: {
            zh: `所选报告是 ${other.meta.year} 年度，比当前报告晚一年。请先打开较晚年度的报告，再选上一年度的报告核对。`,
            en: `The chosen report is for ${other.meta.year}, a year after this one. Open the later report first, then check it against the earlier one.`,
          },
        };
        return;
      }
      const { findings, notices } = crossYear(current, other);
      if (findings.length === 0) {
        this.status = { kind: 'error', message: notices[0] ?? { zh: '没有可核对的数字。', en: 'Nothing to compare.' } };
        return;
      }
      const flagged = findings.filter((f) => f.severity !== 'info').length;
      const summary = {
        zh: `已与 ${other.fileName}（${other.meta.year} 年度）做跨年度核对：${findings.length} 项，其中 ${flagged} 项不一致。`,
        en: `Checked across years against ${other.fileName} (${other.meta.year}): ${findings.length} checks, ${flagged} inconsistent.`,
      };
      // Findings are appended, so a selected finding keeps its index; an earlier comparison is replaced.
      const kept = current.findings.filter((f) => f.rule !== 'cross-year');
      this.analysis = { ...current, findings: [...kept, ...findings], notices: [...current.notices.filter((n) => n !== this.previous?.summary), summary, ...notices] };
      if (kept.length !== current.findings.length) this.selected = undefined;
      this.previous = { fileName: other.fileName, year: other.meta.year, summary };
      this.status = { kind: 'done' };
    } catch (error) {
      this.#failed(error, controller);
    }
  }
}
