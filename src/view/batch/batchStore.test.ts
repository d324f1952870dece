import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, keys, set } from 'idb-keyval';
import { hongze } from '../../batch/testFixtures.ts';
import type { KeptBatch } from '../../batch/workspaceFile.ts';
import { forgetBatch, keepBatch, keepBatchView, keptBatch, keptSummary } from './batchStore.ts';
import { BatchRun } from './batchRun.svelte.ts';

function batch(): KeptBatch {
  return {
    reports: [
      { fileName: 'a/hongze-2022.txt', size: 100, sha256: '1'.repeat(64), analysis: hongze({ year: 2022 }) },
      { fileName: 'a/hongze-2023.txt', size: 101, sha256: '2'.repeat(64), analysis: hongze({ year: 2023, carried: 5 }) },
      { fileName: 'a/broken.pdf', size: 3, failed: { zh: '文件已损坏。', en: 'The file is damaged.' } },
    ],
    notes: [],
    sort: { key: 'errors', dir: -1 },
    filter: '',
    // A merge of two reports the names already group together: kept, and changing nothing.
    groupEdits: { steps: [{ kind: 'merge', report: 'a/hongze-2023.txt', into: 'a/hongze-2022.txt' }] },
  };
}

afterEach(async () => {
  await forgetBatch();
});

describe('batch store', () => {
  it('keeps a batch and gives it back, with its summary', async () => {
    const kept = batch();
    const saved = await keepBatch(kept, new Date('2026-12-02T10:00:00Z'));
    expect(saved).toEqual({ ok: true, value: { files: 3, read: 2, saved: '2026-12-02T10:00:00.000Z' } });
    expect(await keptSummary()).toEqual(saved);
    expect(await keptBatch()).toEqual({ ok: true, value: JSON.parse(JSON.stringify(kept)) });
  });

  it('gives back a batch whose overview is as it was: rows, failures, carry-over, sort and filter', async () => {
    await keepBatch(batch());
    const read = await keptBatch();
    if (!read.ok || !read.value) throw new Error('expected a kept batch');
    const run = BatchRun.fromKept(read.value);
    expect(run.restored).toBe(true);
    expect(run.items.map((i) => [i.name, i.size, i.sha256, i.file, i.state.kind])).toEqual([
      ['a/hongze-2022.txt', 100, '1'.repeat(64), undefined, 'done'],
      ['a/hongze-2023.txt', 101, '2'.repeat(64), undefined, 'done'],
      ['a/broken.pdf', 3, undefined, undefined, 'failed'],
    ]);
    expect(run.done.map((i) => [i.state.row.year, i.state.row.errors])).toEqual([
      [2022, hongze({ year: 2022 }).findings.filter((f) => f.severity === 'error').length],
      [2023, hongze({ year: 2023, carried: 5 }).findings.filter((f) => f.severity === 'error').length],
    ]);
    // The carry-over is worked out again: 2023's 上年结转 of 5 against 2022's 结转下年度 of 0.
    expect([...(run.carry?.involved ?? [])].sort()).toEqual(['0', '1']);
    expect(run.sort).toEqual({ key: 'errors', dir: -1 });
    expect(run.groupEdits).toEqual(batch().groupEdits);
    // And it is kept as it came.
    expect(run.kept()).toEqual(read.value);
    expect(run.missingByHash().size).toBe(2);
  });

  it('updates the overview state alone', async () => {
    await keepBatch(batch());
    await keepBatchView({ sort: { key: 'year', dir: 1 }, filter: '洪泽', groupEdits: { merged: 1 } });
    const again = await keptBatch();
    if (!again.ok || !again.value) throw new Error('expected a kept batch');
    expect(again.value).toMatchObject({ sort: { key: 'year', dir: 1 }, filter: '洪泽', groupEdits: { merged: 1 } });
    expect(again.value.reports).toHaveLength(3);
  });

  it('forgets the batch: nothing kept afterwards', async () => {
    await keepBatch(batch());
    expect(await forgetBatch()).toEqual({ ok: true, value: undefined });
    expect(await keptSummary()).toEqual({ ok: true, value: undefined });
    expect(await keptBatch()).toEqual({ ok: true, value: undefined });
  });

  it('refuses a kept batch out of shape with a message, not an exception', async () => {
    await keepBatch(batch());
    await set('reports', { formatVersion: 1, reports: [{ fileName: 'x', size: 'big' }], notes: [] }, createStore('duizhang', 'batch'));
    const read = await keptBatch();
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.zh).toContain('已损坏或来自不兼容的版本');
  });

  it('says the storage is full when a write is refused for quota, and keeps the batch kept before', async () => {
    const earlier = await keepBatch(batch(), new Date('2026-12-01T08:00:00Z'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const saved = await keepBatch({ ...batch(), filter: 'later' });
      expect(saved.ok).toBe(false);
      if (!saved.ok) {
        expect(saved.reason.zh).toContain('存储空间不足');
        expect(saved.reason.en).toContain('storage is full');
      }
    } finally {
      put.mockRestore();
    }
    expect(await keptSummary()).toEqual(earlier);
    const read = await keptBatch();
    expect(read.ok && read.value?.filter).toBe('');
  });

  it('writes a large batch in chunks, reads it back whole, and leaves no chunk of the batch it replaced', async () => {
    const many = (year: number): KeptBatch => ({
      ...batch(),
      reports: Array.from({ length: 25 }, (_, i) => ({ fileName: `b/${year}-${i}.txt`, size: i, sha256: String(i % 10).repeat(64), analysis: hongze({ year }) })),
    });
    const store = createStore('duizhang', 'batch');
    await keepBatch(many(2022));
    const first = await keys(store);
    expect(first.filter((k) => String(k).startsWith('reports:'))).toHaveLength(3);
    await keepBatch(many(2023));
    const read = await keptBatch();
    expect(read.ok && read.value?.reports.map((r) => r.fileName)).toEqual(many(2023).reports.map((r) => r.fileName));
    const chunks = (await keys(store)).filter((k) => String(k).startsWith('reports:'));
    expect(chunks).toHaveLength(3);
    expect(chunks.some((k) => first.includes(k))).toBe(false);
  });

  it('keeps the batch kept before when the last step fails, and still opens a batch kept in one record (version 1)', async () => {
    await keepBatch(batch(), new Date('2026-12-01T08:00:00Z'));
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      // As a browser fails a write for quota: the transaction is aborted, so none of its writes are made.
      if (key === 'summary') {
        this.transaction.abort();
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.call(this, value, key);
    });
    try {
      expect((await keepBatch({ ...batch(), filter: 'later' })).ok).toBe(false);
    } finally {
      spy.mockRestore();
    }
    const read = await keptBatch();
    expect(read.ok && read.value?.filter).toBe('');
    const { reports, notes, ...view } = batch();
    await set('reports', { formatVersion: 1, reports, notes }, createStore('duizhang', 'batch'));
    await set('view', view, createStore('duizhang', 'batch'));
    const old = await keptBatch();
    expect(old.ok && old.value?.reports).toHaveLength(3);
  });

  it('says so when the browser has no IndexedDB, and never throws', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: the global is taken away to stand for a browser without it.
    delete globalThis.indexedDB;
    try {
      for (const outcome of [await keepBatch(batch()), await keptSummary(), await keptBatch(), await forgetBatch()]) {
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.reason.en).toContain('does not let the page keep data');
      }
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
