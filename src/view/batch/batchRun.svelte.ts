// One batch of reports in the page: the files, each one's state as the pool works through them, the overview's
// sort and filter, and the carry-over between the reports read. Only each file's File object and its analysis
// are kept — never its bytes, which are read from the File again when a report is opened — so a batch of many
// PDFs does not hold them all in memory. A file that fails records its reason and the others go on.
// A batch restored from the browser's storage or a workspace file (batch/workspaceFile.ts) has each report's
// name, size, hash and analysis but no File: its reports open from their analyses alone until the user gives
// the files again (matched by hash).

import type { Analysis, Bilingual } from '../../model/types.ts';
import { fileTooLarge } from '../../source/limits.ts';
import { overviewRow, type OverviewRow } from '../../batch/overviewRow.ts';
import { exportObject } from '../../export/toJson.ts';
import { withPrevious } from '../../pipeline/withPrevious.ts';
import type { AnalysisClient } from '../worker/client.ts';
import { isDone } from './isDone.ts';
import type { AnalysisPool } from './pool.ts';
import { batchCarry, type BatchCarry } from '../../batch/batchCarry.ts';
import { NO_GROUP_EDITS, readGroupEdits, undoStep, withStep, type GroupEdit, type GroupEdits } from '../../batch/groupEdits.ts';
import type { SortOrder } from './overviewTable.ts';
import { sha256Hex } from '../sha256.ts';
import type { KeptBatch, KeptReport } from '../../batch/workspaceFile.ts';

export type ItemState =
  | { kind: 'waiting' }
  | { kind: 'reading' }
  | { kind: 'done'; analysis: Analysis; row: OverviewRow }
  | { kind: 'failed'; reason: Bilingual }
  | { kind: 'cancelled' };

export interface BatchItem {
  /** The file's place in the batch, as a string: the id grouping and pairing know it by. */
  id: string;
  /** The file's name as the batch lists it (with its folder or zip path). */
  name: string;
  size: number;
  /** The file itself, while the page has it: not after a reload or an import, until the user gives it again. */
  file?: File;
  /** Hex SHA-256 of its bytes, once read (none where the browser has no Web Crypto). */
  sha256?: string;
  state: ItemState;
}

export type DoneItem = BatchItem & { state: Extract<ItemState, { kind: 'done' }> };

/** What went wrong, in both languages, for a failure that is not the analysis's own answer (a worker crash). */
function crashReason(error: unknown): Bilingual {
  const message = (error as Error)?.message ?? String(error);
  return { zh: `分析失败：${message}`, en: `The analysis failed: ${message}` };
}

export class BatchRun {
  items = $state.raw<BatchItem[]>([]);
  running = $state(false);
  sort = $state<SortOrder>({ key: 'file', dir: 1 });
  filter = $state('');
  /**
   * The page each file being read is at. Kept apart from `items`: a page read is a message per page, and
   * each change of `items` re-sorts and redraws the overview (a task of hundreds of milliseconds in a
   * batch of 100 under load, measured by bench/batch.ts); only the progress list reads this.
   */
  progress = $state.raw<ReadonlyMap<string, { page: number; pages: number }>>(new Map());
  /** Carry-over among the reports read, worked out once the batch has stopped (not at every file). */
  carry = $state.raw<BatchCarry | undefined>(undefined);
  /**
   * The user's merges and splits of body groups (batch/groupEdits.ts): plain data naming reports by file name,
   * applied each time the carry-over is worked out, so the grid, the charts, the carry-over and the CSV's body
   * names all follow an edit. Kept with the batch as it is.
   */
  groupEdits = $state.raw<GroupEdits>(NO_GROUP_EDITS);
  #controller = new AbortController();

  /** What was left out of the batch when it was gathered (files that are not reports, a damaged zip). */
  readonly notes: Bilingual[];

  /** Whether the batch came from storage or a workspace file rather than files dropped in this visit. */
  readonly restored: boolean;

  constructor(files: File[], notes: Bilingual[] = [], restored = false) {
    this.items = files.map((file, index) => ({ id: String(index), name: file.name, size: file.size, file, state: { kind: 'waiting' } }));
    this.notes = notes;
    this.restored = restored;
  }

  /**
   * A batch as it was kept: its reports read (each with its overview row made again), its failures, its sort
   * and filter, and the carry-over worked out again with the user's group edits (their well-formed steps:
   * batch/groupEdits.ts).
   */
  static fromKept(kept: KeptBatch): BatchRun {
    const run = new BatchRun([], kept.notes, true);
    run.items = kept.reports.map((report, index): BatchItem => ({
      id: String(index),
      name: report.fileName,
      size: report.size,
      ...(report.sha256 ? { sha256: report.sha256 } : {}),
      state: report.analysis
        ? { kind: 'done', analysis: report.analysis, row: overviewRow(report.analysis) }
        : report.failed
          ? { kind: 'failed', reason: report.failed }
          : { kind: 'cancelled' },
    }));
    run.sort = kept.sort;
    run.filter = kept.filter;
    run.groupEdits = readGroupEdits(kept.groupEdits);
    run.carry = batchCarry(run.analyses(), run.groupEdits);
    return run;
  }

  /** The batch as plain data, to keep in the browser or write to a workspace file: never a file's bytes. */
  kept(): KeptBatch {
    const reports = this.items.map((item): KeptReport => ({
      fileName: item.name,
      size: item.size,
      ...(item.sha256 ? { sha256: item.sha256 } : {}),
      ...(item.state.kind === 'done' ? { analysis: item.state.analysis } : item.state.kind === 'failed' ? { failed: item.state.reason } : {}),
    }));
    // Snapshots: the sort is deep state (a proxy), which neither IndexedDB nor a later change must see through.
    const groupEdits = $state.snapshot(this.groupEdits);
    return { reports, notes: this.notes, sort: { key: this.sort.key, dir: this.sort.dir }, filter: this.filter, ...(groupEdits !== undefined ? { groupEdits } : {}) };
  }

  /** The items whose file the page does not have (a restored batch), by hash: a file given again is matched here. */
  missingByHash(): Map<string, BatchItem> {
    return new Map(this.items.flatMap((item) => (!item.file && item.sha256 ? [[item.sha256, item] as const] : [])));
  }

  /** Gives an item its file again (its hash was checked by the caller). */
  attach(id: string, file: File) {
    this.items = this.items.map((item) => (item.id === id ? { ...item, file } : item));
  }

  get finished(): number {
    return this.items.filter((i) => i.state.kind === 'done' || i.state.kind === 'failed').length;
  }

  get done(): DoneItem[] {
    return this.items.filter(isDone);
  }

  /** The analyses read, by item id, in the order the files were given. */
  analyses(): Map<string, Analysis> {
    return new Map(this.done.map((i) => [i.id, i.state.analysis]));
  }

  #set(id: string, state: ItemState, sha256?: string) {
    if (state.kind !== 'reading' && this.progress.has(id)) {
      const rest = new Map(this.progress);
      rest.delete(id);
      this.progress = rest;
    }
    // A replaced array, since the items are raw state: only what changed is drawn again.
    this.items = this.items.map((item) => (item.id === id ? { ...item, state, ...(sha256 ? { sha256 } : {}) } : item));
  }

  /** Analyses every file in the pool; resolves when all are done, failed or cancelled. */
  async run(pool: AnalysisPool): Promise<void> {
    this.running = true;
    const signal = this.#controller.signal;
    try {
      await pool.each(this.items.length, signal, (index, client) => this.#analyze(this.items[index]!, client, signal));
    } finally {
      this.items = this.items.map((item) => (item.state.kind === 'waiting' || item.state.kind === 'reading' ? { ...item, state: { kind: 'cancelled' } } : item));
      this.running = false;
      this.carry = batchCarry(this.analyses(), this.groupEdits);
    }
  }

  /** Merges or splits body groups, and works the carry-over out again for the groups as they now are. */
  editGroups(step: GroupEdit) {
    this.groupEdits = withStep(this.groupEdits, step);
    this.carry = batchCarry(this.analyses(), this.groupEdits);
  }

  /** Takes back the last merge or split. */
  undoGroupEdit() {
    this.groupEdits = undoStep(this.groupEdits);
    this.carry = batchCarry(this.analyses(), this.groupEdits);
  }

  async #analyze(item: BatchItem, client: AnalysisClient, signal: AbortSignal): Promise<void> {
    const { id, file } = item;
    // A batch that is analysed was made from files; a restored one is never run.
    if (!file) return this.#set(id, { kind: 'cancelled' });
    // Checked before reading, so a huge file is never read into memory only to be refused.
    const large = fileTooLarge(file.size);
    if (large) return this.#set(id, { kind: 'failed', reason: large });
    this.#set(id, { kind: 'reading' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Hashed while the bytes are at hand (the batch keeps none): a restored batch recognises the file by it.
      const sha256 = await sha256Hex(bytes);
      const answer = await client.analyze(bytes, file.name, {
        signal,
        onProgress: (page, pages) => {
          if (!signal.aborted) this.progress = new Map(this.progress).set(id, { page, pages });
        },
      });
      if (signal.aborted) return this.#set(id, { kind: 'cancelled' });
      const { result } = answer;
      if (!result.ok) {
        // An encrypted PDF asks for its password only when opened on its own; the reason says so.
        return this.#set(id, { kind: 'failed', reason: result.reason }, sha256);
      }
      this.#set(id, { kind: 'done', analysis: result.analysis, row: overviewRow(result.analysis) }, sha256);
    } catch (error) {
      if ((error as DOMException)?.name === 'AbortError') return this.#set(id, { kind: 'cancelled' });
      // A file that cannot be read from disk any more, or a worker that crashed: this file fails, the lane goes on.
      this.#set(id, { kind: 'failed', reason: crashReason(error) });
    }
  }

  cancel() {
    this.#controller.abort();
  }

  /**
   * Every cell of every report read as one tidy CSV, each report under its body group's name and with its
   * cross-year findings joined, as the command line writes it (so a cell's finding ids agree between the two).
   */
  async csv(): Promise<string> {
    // The CSV writer (with d3-dsv) is loaded when first asked for: it is no part of the first screen.
    const { tidyCsv } = await import('../../batch/tidyCsv.ts');
    const names = this.carry?.groupName ?? new Map<string, string>();
    return tidyCsv(this.done.map((i) => ({ analysis: this.#withCarry(i), ...(names.get(i.id) ? { body: names.get(i.id)! } : {}) })));
  }

  /** Every report read as the command line's `--json` prints a batch: an array of the analyses, cross-year findings joined. */
  json(): string {
    return JSON.stringify(this.done.map((i) => exportObject(this.#withCarry(i))), null, 2) + '\n';
  }

  /** A report with the cross-year findings against its body's year before, when the batch has that year. */
  #withCarry(item: DoneItem): Analysis {
    const earlier = this.carry?.earlierOf.get(item.id);
    const joined = earlier ? withPrevious(item.state.analysis, earlier) : undefined;
    return joined?.ok ? joined.analysis : item.state.analysis;
  }
}
