// What the page does with a batch beyond this visit: keeps it in the browser when it has been read
// (batchStore.ts), offers it back at the next visit, forgets it on request, writes and reads workspace files
// (batch/workspaceFile.ts), and matches files given again to the reports of a restored batch by their
// SHA-256, so a report opened from its analysis alone gets its pages back. Storage problems are messages
// here, shown by StoredBatch.svelte; they never stop the page.

import type { Bilingual } from '../../model/types.ts';
import type { AppState } from '../state/appState.svelte.ts';
import type { BatchRun, BatchItem } from './batchRun.svelte.ts';
import { loadBatchRun } from '../lazy/parts.ts';
import { isDone } from './isDone.ts';
import { forgetBatch, keepBatch, keepBatchView, keptBatch, keptSummary, type KeptSummary } from './batchStore.ts';
import { WORKSPACE_SUFFIX } from '../../batch/workspaceName.ts';
import { sha256Hex } from '../sha256.ts';
import { download } from '../download.ts';
import { version as appVersion } from '../../../package.json';

/**
 * The workspace file's reader and writer, loaded when first used: reading brings the checks' rules (the
 * findings are made again), which the page's first screen does not need.
 */
const loadWorkspaceFile = () => import('../../batch/workspaceFile.ts');

export interface KeeperMessage {
  kind: 'error' | 'info';
  text: Bilingual;
}

const CLEARED: Bilingual = { zh: '已清除浏览器中保存的批量。', en: 'The batch kept in this browser was cleared.' };
const NOT_THE_FILE = (name: string): Bilingual => ({
  zh: `所选文件与「${name}」不是同一个文件（SHA-256 不一致），未使用。`,
  en: `The file chosen is not 「${name}」 (its SHA-256 differs), so it was not used.`,
});
const unmatched = (count: number): Bilingual => ({
  zh: `另有 ${count} 个文件不是工作区中的报告，未读取；如需核对，请单独拖入。`,
  en: `${count} other files are not reports of the workspace and were not read; drop them on their own to check them.`,
});
const reattached = (count: number): Bilingual => ({
  zh: `已找回 ${count} 份报告的原文件（按 SHA-256 匹配），打开时可查看原页。`,
  en: `The files of ${count} reports were matched (by SHA-256): opening them shows their pages.`,
});

export class BatchKeeper {
  /** The batch kept in this browser from an earlier visit, offered until it is opened or cleared. */
  offered = $state.raw<KeptSummary | undefined>(undefined);
  message = $state.raw<KeeperMessage | undefined>(undefined);
  /** The batch report on screen that was opened from its analysis alone (its file not at hand). */
  withoutFile = $state.raw<BatchItem | undefined>(undefined);
  /** Whether storage has answered the first look (the page marks it, so a test can wait for the answer). */
  looked = $state(false);
  /** The batch whose record is the one kept: its sort and filter are kept as they change. */
  #keptRun: BatchRun | undefined;

  constructor(private readonly app: AppState) {}

  /** At start: is there a batch kept from an earlier visit? Nothing is shown when there is none. */
  async look() {
    try {
      const summary = await keptSummary();
      // A browser without storage says so only when a batch is to be kept: at start there is nothing to lose.
      if (summary.ok && summary.value && !this.app.batch) this.offered = summary.value;
    } finally {
      this.looked = true;
    }
  }

  /** Keeps a batch that has been read, replacing the one kept before. */
  async keep(run: BatchRun) {
    if (run.done.length === 0 && !run.restored) return;
    const kept = await keepBatch(run.kept());
    if (!kept.ok) {
      this.message = { kind: 'error', text: kept.reason };
      return;
    }
    this.#keptRun = run;
    this.offered = undefined;
  }

  /** Keeps the overview's sort, filter and group edits, when `run` is the batch kept. */
  async keepView(run: BatchRun) {
    if (run !== this.#keptRun || run.running) return;
    const { reports: _reports, notes: _notes, ...view } = run.kept();
    const kept = await keepBatchView(view);
    if (!kept.ok) this.message = { kind: 'error', text: kept.reason };
  }

  /** Opens the batch kept in the browser: its overview as it was left. */
  async open() {
    const kept = await keptBatch();
    this.offered = undefined;
    if (!kept.ok) {
      this.message = { kind: 'error', text: kept.reason };
      return;
    }
    if (!kept.value) return;
    const { BatchRun } = await loadBatchRun();
    const run = BatchRun.fromKept(kept.value);
    this.#keptRun = run;
    this.message = undefined;
    this.app.showRestoredBatch(run);
  }

  /** Forgets the batch kept in the browser; the batch on screen, if it is that one, is closed too. */
  async clear() {
    const cleared = await forgetBatch();
    this.offered = undefined;
    if (!cleared.ok) {
      this.message = { kind: 'error', text: cleared.reason };
      return;
    }
    if (this.app.batch && this.app.batch === this.#keptRun) this.app.closeBatch();
    this.#keptRun = undefined;
    this.message = { kind: 'info', text: CLEARED };
  }

  /** Downloads the batch as a workspace file. */
  async exportWorkspace(run: BatchRun) {
    const { workspaceJson } = await loadWorkspaceFile();
    const day = new Date().toISOString().slice(0, 10);
    download(workspaceJson(run.kept(), appVersion), `duizhang-${day}${WORKSPACE_SUFFIX}`, 'application/json');
  }

  /**
   * Rebuilds the batch a workspace file holds; files given with it are matched to its reports by hash. A
   * file that cannot be imported says why and leaves what is on screen as it was.
   */
  async importWorkspace(file: File, others: File[] = []) {
    const { readWorkspace, workspaceTooLarge } = await loadWorkspaceFile();
    const large = workspaceTooLarge(file.size);
    const read = large ? ({ ok: false, reason: large } as const) : readWorkspace(await file.text());
    if (!read.ok) {
      this.app.status = { kind: 'error', message: read.reason, fileName: file.name };
      return;
    }
    const { BatchRun } = await loadBatchRun();
    const run = BatchRun.fromKept(read.workspace);
    this.message = undefined;
    this.offered = undefined;
    this.app.showRestoredBatch(run);
    // An imported batch is the one kept from now on, so a reload finds it.
    await this.keep(run);
    if (others.length === 0) return;
    const matched = await this.reattach(others);
    if (matched < others.length) {
      const left = unmatched(others.length - matched);
      const found = matched > 0 ? reattached(matched) : undefined;
      this.message = { kind: 'info', text: found ? { zh: `${found.zh}${left.zh}`, en: `${found.en} ${left.en}` } : left };
    }
  }

  /**
   * Gives files back to the reports of the batch on screen that lack theirs, matched by SHA-256 (sizes compared
   * first, so unrelated files are never hashed). With `all`, only when every file matches such a report (files
   * dropped on a restored batch: otherwise they are a new batch). Returns how many were matched.
   */
  async reattach(files: File[], all = false): Promise<number> {
    const run = this.app.batch;
    const missing = run?.missingByHash();
    if (!run || !missing || missing.size === 0 || files.length === 0) return 0;
    const sizes = new Set([...missing.values()].map((item) => item.size));
    if (all && !files.every((f) => sizes.has(f.size))) return 0;
    const hashes = await Promise.all(files.map(async (f) => (sizes.has(f.size) ? sha256Hex(new Uint8Array(await f.arrayBuffer())) : undefined)));
    const matches = files.flatMap((file, i) => {
      const item = hashes[i] ? missing.get(hashes[i]) : undefined;
      return item ? [{ file, item }] : [];
    });
    if (all && matches.length !== files.length) return 0;
    const given = new Set<string>();
    for (const { file, item } of matches) {
      // The same file given twice fills its report once.
      if (given.has(item.id)) continue;
      given.add(item.id);
      run.attach(item.id, file);
    }
    if (given.size > 0) this.message = { kind: 'info', text: reattached(given.size) };
    // The report on screen, opened without its file, is opened again with it: its pages can now be drawn.
    const onScreen = this.withoutFile && !this.app.showBatch ? run.items.find((i) => i.id === this.withoutFile!.id) : undefined;
    if (onScreen?.file && isDone(onScreen)) await this.app.openBatchReport(onScreen, run.carry?.earlierOf.get(onScreen.id));
    return given.size;
  }

  /** The file for the report on screen, chosen again: used when it is the same file, refused otherwise. */
  async giveFile(file: File) {
    const item = this.withoutFile;
    const run = this.app.batch;
    if (!item || !run) return;
    const sha256 = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
    if (!sha256 || sha256 !== item.sha256) {
      this.message = { kind: 'error', text: NOT_THE_FILE(item.name) };
      return;
    }
    run.attach(item.id, file);
    this.message = undefined;
    const updated = run.items.find((i) => i.id === item.id);
    if (updated && isDone(updated)) await this.app.openBatchReport(updated, run.carry?.earlierOf.get(updated.id));
  }
}
