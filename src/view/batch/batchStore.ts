// The batch kept in this browser's IndexedDB between visits (idb-keyval: one object store, three keys).
// What is kept is the workspace record (batch/workspaceFile.ts): analyses, file names, sizes and hashes,
// never a file's bytes, and nothing ever leaves the browser. A short summary is kept under its own key, so
// the page can offer the last batch at start without reading every analysis. Storage may be missing or
// refused (private windows, a full disk, a browser setting): every call then resolves to a message in
// both languages, never a rejection, so the page goes on without it.

import { clear, createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { Bilingual } from '../../model/types.ts';
import type { KeptBatch } from '../../batch/workspaceFile.ts';

/** What the page shows of a kept batch before it is opened. */
export interface KeptSummary {
  /** The files in the batch, read or not. */
  files: number;
  /** The reports read among them. */
  read: number;
  /** When it was kept, ISO 8601. */
  saved: string;
}

export type Kept<T> = { ok: true; value: T } | { ok: false; reason: Bilingual };

/**
 * The version of the record kept; a record of another version is not opened (the page says so). Version 1
 * held every report in the one record; version 2 holds them in chunks (below), and version 1 is still read.
 */
const RECORD_VERSION = 2;
/**
 * Reports written per transaction. IndexedDB copies what it stores on the page's thread, and a hundred
 * analyses copied at once held the page for a third of a second; ten at a time, with the page free
 * between them, keep every step short.
 */
const REPORTS_PER_CHUNK = 10;
const chunkKey = (generation: string, k: number) => `reports:${generation}:${k}`;
const DATABASE = 'duizhang';
const STORE = 'batch';
/** The reports and notes, large; the overview's sort, filter and group edits, small and written often; the summary. */
const KEYS = { reports: 'reports', view: 'view', summary: 'summary' } as const;

let store: UseStore | undefined;

function theStore(): UseStore {
  if (!globalThis.indexedDB) throw new Error('IndexedDB is not available');
  store ??= createStore(DATABASE, STORE);
  return store;
}

/** Why storage failed, said for the user: a full disk apart from a refusal. */
function failure(error: unknown): Bilingual {
  const name = (error as DOMException)?.name;
  if (name === 'QuotaExceededError') {
    return {
      zh: '浏览器存储空间不足，批量未能保存（刷新后不会保留）。可用「导出工作区」保存为文件。',
      en: 'The browser’s storage is full, so the batch was not kept (a reload will lose it). “Export workspace” saves it as a file.',
    };
  }
  return {
    zh: '此浏览器不允许本页保存数据（如隐私窗口），批量刷新后不会保留。可用「导出工作区」保存为文件。',
    en: 'This browser does not let the page keep data (a private window, perhaps), so the batch will not survive a reload. “Export workspace” saves it as a file.',
  };
}

const OLD_OR_DAMAGED: Bilingual = {
  zh: '浏览器中保存的批量已损坏或来自不兼容的版本，无法打开。可以清除它。',
  en: 'The batch kept in this browser is damaged or from an incompatible version and cannot be opened. You can clear it.',
};

/**
 * Keeps a batch, replacing the one kept before; all of it or nothing. Its reports are written first, in
 * chunks under a new generation's keys; then, in one transaction, the record naming that generation, the
 * overview's state and the summary. Until that last step the batch kept before is the one read; after it,
 * the older generation's chunks are deleted.
 */
export async function keepBatch(batch: KeptBatch, saved = new Date()): Promise<Kept<KeptSummary>> {
  const summary: KeptSummary = { files: batch.reports.length, read: batch.reports.filter((r) => r.analysis).length, saved: saved.toISOString() };
  const { reports, notes, ...view } = batch;
  const generation = `${saved.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const chunks = Math.ceil(reports.length / REPORTS_PER_CHUNK);
  try {
    const store = theStore();
    for (let k = 0; k < chunks; k++) await setMany([[chunkKey(generation, k), reports.slice(k * REPORTS_PER_CHUNK, (k + 1) * REPORTS_PER_CHUNK)]], store);
    await setMany(
      [
        [KEYS.reports, { formatVersion: RECORD_VERSION, generation, chunks, notes }],
        [KEYS.view, view],
        [KEYS.summary, summary],
      ],
      store,
    );
    const stale = (await keys(store)).filter((key) => typeof key === 'string' && key.startsWith('reports:') && !key.startsWith(`reports:${generation}:`));
    if (stale.length) await delMany(stale, store);
    return { ok: true, value: summary };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

/** Keeps the overview's sort, filter and group edits of the batch kept (written at every change of them). */
export async function keepBatchView(view: Omit<KeptBatch, 'reports' | 'notes'>): Promise<Kept<void>> {
  try {
    await setMany([[KEYS.view, view]], theStore());
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

/** The summary of the batch kept, if there is one. */
export async function keptSummary(): Promise<Kept<KeptSummary | undefined>> {
  try {
    const summary = await get<KeptSummary>(KEYS.summary, theStore());
    const valid = summary && Number.isInteger(summary.files) && Number.isInteger(summary.read) && typeof summary.saved === 'string';
    return { ok: true, value: valid ? summary : undefined };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

/**
 * The batch kept, checked as strictly as an imported workspace file (another version of the page may have
 * written it), or undefined when none is kept.
 */
export async function keptBatch(): Promise<Kept<KeptBatch | undefined>> {
  let stored: [unknown, unknown];
  try {
    stored = (await getMany([KEYS.reports, KEYS.view], theStore())) as [unknown, unknown];
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
  const [record, view] = stored as [Record<string, unknown> | undefined, Record<string, unknown> | undefined];
  if (record === undefined) return { ok: true, value: undefined };
  let reports: unknown = record.reports;
  if (record.formatVersion === RECORD_VERSION) {
    const { generation, chunks } = record;
    if (typeof generation !== 'string' || !Number.isInteger(chunks) || (chunks as number) < 0) return { ok: false, reason: OLD_OR_DAMAGED };
    try {
      const parts = await getMany(Array.from({ length: chunks as number }, (_, k) => chunkKey(generation, k)), theStore());
      if (!parts.every(Array.isArray)) return { ok: false, reason: OLD_OR_DAMAGED };
      reports = (parts as unknown[][]).flat();
    } catch (error) {
      return { ok: false, reason: failure(error) };
    }
  } else if (record.formatVersion !== 1) return { ok: false, reason: OLD_OR_DAMAGED };
  try {
    // The checks (and the rules that remake the findings) are loaded only when a kept batch is opened.
    const { readKeptBatch } = await import('../../batch/workspaceFile.ts');
    return { ok: true, value: readKeptBatch({ ...view, reports, notes: record.notes }, 'kept') };
  } catch {
    // A field out of shape (ShapeError) or rules meeting data no reader makes: either way not openable.
    return { ok: false, reason: OLD_OR_DAMAGED };
  }
}

/** Forgets the batch kept. */
export async function forgetBatch(): Promise<Kept<void>> {
  try {
    // Everything in the batch's own store: the record, the view, the summary and every chunk of reports.
    await clear(theStore());
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}
