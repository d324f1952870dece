import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/types.ts';
import { hongze, hongzePdf, pingtanCounty } from './testFixtures.ts';
import { isWorkspaceName } from './workspaceName.ts';
import { readKeptBatch, readWorkspace, workspaceJson, workspaceTooLarge, WORKSPACE_MAX_BYTES, type KeptBatch } from './workspaceFile.ts';

const HASH = 'a'.repeat(64);

function batchOf(...analyses: Analysis[]): KeptBatch {
  return {
    reports: [
      ...analyses.map((analysis, i) => ({ fileName: analysis.fileName, size: 1000 + i, sha256: HASH.replace(/^a/, String(i)), analysis })),
      { fileName: 'broken.pdf', size: 12, sha256: HASH, failed: { zh: '文件已损坏。', en: 'The file is damaged.' } },
      { fileName: 'stopped.txt', size: 5 },
    ],
    notes: [{ zh: '另有 1 个文件不是报告。', en: '1 other file is not a report.' }],
    sort: { key: 'year', dir: -1 },
    filter: '洪泽',
    groupEdits: { merges: [['a', 'b']] },
  };
}

/** The reason a text is refused, in English (each test checks the Chinese names the same problem). */
function refusal(text: string): { zh: string; en: string } {
  const read = readWorkspace(text);
  if (read.ok) throw new Error('expected the workspace to be refused');
  return read.reason;
}

describe('workspace file', () => {
  it('carries a batch through JSON unchanged: reports, failures, sort, filter, notes and group edits', async () => {
    const batch = batchOf(hongze({ year: 2022 }), hongze({ year: 2023, carried: 5 }), pingtanCounty(2012), await hongzePdf());
    const text = workspaceJson(batch, '0.1.0', new Date('2026-12-02T10:00:00Z'));
    const read = readWorkspace(text);
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.workspace).toMatchObject({ format: 'duizhang-workspace', formatVersion: 1, appVersion: '0.1.0', created: '2026-12-02T10:00:00.000Z' });
    const { format: _f, formatVersion: _v, appVersion: _a, created: _c, ...kept } = read.workspace;
    // The findings are made again from the cells and claims, and come out as the reader made them.
    expect(kept).toEqual(JSON.parse(JSON.stringify(batch)));
  });

  it('makes the findings again rather than believing the file', () => {
    const analysis = hongze({ year: 2023, carried: 5 });
    const errors = analysis.findings.filter((f) => f.severity === 'error').length;
    const forged = { ...analysis, findings: [] };
    const read = readWorkspace(workspaceJson(batchOf(forged), '0.1.0'));
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.workspace.reports[0]!.analysis!.findings.filter((f) => f.severity === 'error')).toHaveLength(errors);
  });

  it('recognises workspace files by name', () => {
    expect(isWorkspaceName('区县 2023.duizhang.json')).toBe(true);
    expect(isWorkspaceName('X.DUIZHANG.JSON')).toBe(true);
    expect(isWorkspaceName('duizhang-batch.json')).toBe(false);
  });

  it('refuses text that is not JSON, as damaged', () => {
    expect(refusal('{"format": "duizhang-workspace", ').zh).toContain('不是有效的 JSON');
    expect(refusal('[[[[').en).toContain('not valid JSON');
  });

  it('refuses JSON of another kind, as foreign', () => {
    for (const text of ['[]', '{"reports": []}', '"duizhang-workspace"', JSON.stringify([hongze({ year: 2023 })])]) {
      const reason = refusal(text);
      expect(reason.zh).toContain('这不是对账的工作区文件');
      expect(reason.en).toContain('not a Duizhang workspace file');
    }
  });

  it('refuses a newer format version, naming it', () => {
    const text = JSON.stringify({ ...JSON.parse(workspaceJson(batchOf(hongze({ year: 2023 })), '9.0.0')), formatVersion: 2 });
    const reason = refusal(text);
    expect(reason.zh).toContain('较新版本');
    expect(reason.zh).toContain('格式版本 2');
    expect(reason.en).toContain('format version 2');
  });

  it('refuses a damaged field, naming where it is', () => {
    const good = JSON.parse(workspaceJson(batchOf(hongze({ year: 2023 })), '0.1.0'));
    const cases: Array<[(w: any) => void, string]> = [
      [(w) => (w.reports = []), 'workspace.reports'],
      [(w) => (w.reports[0].size = -1), 'workspace.reports[0].size'],
      [(w) => (w.reports[0].sha256 = 'not-a-hash'), 'workspace.reports[0].sha256'],
      [(w) => (w.reports[0].analysis.cells = 'none'), 'workspace.reports[0].analysis.cells'],
      [(w) => (w.reports[0].analysis.cells[3].ref = 'x@0'), 'workspace.reports[0].analysis.cells[3].ref'],
      [(w) => (w.reports[0].analysis.cells[0].indicator = '不存在'), 'workspace.reports[0].analysis.cells[0].indicator'],
      [(w) => (w.reports[0].analysis.cells[0].value.value = 'NaN'), 'workspace.reports[0].analysis.cells[0].value.value'],
      [(w) => (w.reports[0].analysis.links[0].claim = 1e6), 'workspace.reports[0].analysis.links[0].claim'],
      [(w) => (w.reports[0].analysis.meta.template = 'gov-1999'), 'workspace.reports[0].analysis.meta.template'],
      [(w) => (w.reports[0].analysis.lines[0].cols = null), 'workspace.reports[0].analysis.lines[0].cols'],
      [(w) => (w.reports[0].analysis.findings[0].message = { zh: '只有中文' }), 'workspace.reports[0].analysis.findings[0].message.en'],
      [(w) => (w.reports[1].failed = 'broken'), 'workspace.reports[1].failed'],
      [(w) => (w.sort = { key: 'colour', dir: 1 }), 'workspace.sort.key'],
      [(w) => delete w.filter, 'workspace.filter'],
      [(w) => (w.created = 'yesterday'), 'created'],
      [(w) => (w.formatVersion = '1'), 'formatVersion'],
    ];
    for (const [damage, path] of cases) {
      const copy = structuredClone(good);
      damage(copy);
      const reason = refusal(JSON.stringify(copy));
      expect(reason.zh, path).toContain(`「${path}」处的数据不符合格式`);
      expect(reason.en, path).toContain(`“${path}”`);
    }
  });

  it('keeps its size cap', () => {
    expect(workspaceTooLarge(WORKSPACE_MAX_BYTES)).toBeUndefined();
    expect(workspaceTooLarge(WORKSPACE_MAX_BYTES + 1)?.zh).toContain('工作区文件太大');
  });

  it('reads what the store kept the same way, without a format envelope', () => {
    const batch = batchOf(hongze({ year: 2022 }));
    expect(readKeptBatch(structuredClone(batch))).toEqual(batch);
    expect(() => readKeptBatch({ ...batch, sort: undefined })).toThrow('workspace.sort');
  });
});
