// The batch kept in this browser's IndexedDB between visits (idb-keyval: one object store, three keys).
// What is kept is the workspace record (batch/workspaceFile.ts): analyses, file names, sizes and hashes,
// never a file's bytes, and nothing ever leaves the browser. A short summary is kept under its own key, so
// the page can offer the last batch at start without reading every analysis. Storage may be missing or
// refused (private windows, a full disk, a browser setting): every call then resolves to a message in
// both languages, never a rejection, so the page goes on without it.

import { createStore, delMany, get, getMany, setMany, type UseStore } from 'idb-keyval';
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

/** The version of the record kept; a record of another version is not opened (the page says so). */
const RECORD_VERSION = 1;
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

/** Keeps a batch, replacing the one kept before; all of it or nothing (one transaction). */
export async function keepBatch(batch: KeptBatch, saved = new Date()): Promise<Kept<KeptSummary>> {
  const summary: KeptSummary = { files: batch.reports.length, read: batch.reports.filter((r) => r.analysis).length, saved: saved.toISOString() };
  const { reports, notes, ...view } = batch;
  try {
    await setMany(
      [
        [KEYS.reports, { formatVersion: RECORD_VERSION, reports, notes }],
        [KEYS.view, view],
        [KEYS.summary, summary],
      ],
      theStore(),
    );
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
  const [reports, view] = stored as [Record<string, unknown> | undefined, Record<string, unknown> | undefined];
  if (reports === undefined) return { ok: true, value: undefined };
  if (reports?.formatVersion !== RECORD_VERSION) return { ok: false, reason: OLD_OR_DAMAGED };
  try {
    // The checks (and the rules that remake the findings) are loaded only when a kept batch is opened.
    const { readKeptBatch } = await import('../../batch/workspaceFile.ts');
    return { ok: true, value: readKeptBatch({ ...view, reports: reports.reports, notes: reports.notes }, 'kept') };
  } catch {
    // A field out of shape (ShapeError) or rules meeting data no reader makes: either way not openable.
    return { ok: false, reason: OLD_OR_DAMAGED };
  }
}

/** Forgets the batch kept. */
export async function forgetBatch(): Promise<Kept<void>> {
  try {
    await delMany([KEYS.reports, KEYS.view, KEYS.summary], theStore());
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}
