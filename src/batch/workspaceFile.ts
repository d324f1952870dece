// A batch as data that outlives the page: what the browser keeps in IndexedDB between visits and what a
// workspace file (`.duizhang.json`) carries to another browser or another day. Both hold the same record:
// per report its file's name, size and SHA-256 and what reading it gave (its analysis, or why it failed),
// plus the overview's sort and filter. Never the file's bytes: a batch of PDFs would not fit, and the
// reports stay on the user's disk. A workspace file is untrusted input, so it is read strictly (format,
// version, then every field; analyses by batch/analysisShape.ts) and each refusal says why in both languages.

import type { Analysis, Bilingual } from '../model/types.ts';
import { INPUT_LIMITS } from '../source/limits.ts';
import { TOTAL_KEYS, type SortKey, type SortOrder } from './overviewRow.ts';
import { bilingual, fail, int, isObject, list, obj, readAnalysis, ShapeError, str } from './analysisShape.ts';

/** Written in every workspace file, so a JSON file of another kind is told apart at once. */
export const WORKSPACE_FORMAT = 'duizhang-workspace';
/** The format this page writes and reads; a file of a later version is refused with a message, not misread. */
export const WORKSPACE_VERSION = 1;

export interface KeptReport {
  /** The file's name as the batch knows it (with its folder or zip path). */
  fileName: string;
  size: number;
  /** Hex SHA-256 of the file's bytes; absent where the browser has no Web Crypto (plain HTTP). */
  sha256?: string;
  /** What reading the file gave: its analysis, or why it failed. Neither: it was cancelled. */
  analysis?: Analysis;
  failed?: Bilingual;
}

export interface KeptBatch {
  reports: KeptReport[];
  /** What was left out when the batch was gathered (files that are not reports, a damaged zip). */
  notes: Bilingual[];
  sort: SortOrder;
  filter: string;
  /** The user's merges and splits of body groups, kept as the batch page gives them (plain data). */
  groupEdits?: unknown;
}

export interface WorkspaceFile extends KeptBatch {
  format: typeof WORKSPACE_FORMAT;
  formatVersion: number;
  /** The version of the page that wrote the file (package.json), for a reader's information. */
  appVersion: string;
  /** When the file was written, ISO 8601. */
  created: string;
}

export type WorkspaceRead = { ok: true; workspace: WorkspaceFile } | { ok: false; reason: Bilingual };

/** The workspace file of a batch, as text. */
export function workspaceJson(batch: KeptBatch, appVersion: string, created = new Date()): string {
  const file: WorkspaceFile = { format: WORKSPACE_FORMAT, formatVersion: WORKSPACE_VERSION, appVersion, created: created.toISOString(), ...batch };
  return JSON.stringify(file);
}

const SORT_KEYS = new Set<string>(['file', 'body', 'year', 'template', 'source', 'pages', 'cells', 'errors', 'warnings', 'toReview', ...TOTAL_KEYS] satisfies SortKey[]);
const SHA256 = /^[0-9a-f]{64}$/;
/** Longer than any path a folder or zip gives a file; a longer name is not a file's. */
const MAX_NAME = 4096;

function keptReport(v: unknown, path: string): KeptReport {
  const o = obj(v, path);
  const fileName = str(o.fileName, `${path}.fileName`);
  if (fileName.length > MAX_NAME) fail(`${path}.fileName`);
  const report: KeptReport = { fileName, size: int(o.size, `${path}.size`, 0, INPUT_LIMITS.fileBytes * 100) };
  if (o.sha256 !== undefined) report.sha256 = SHA256.test(str(o.sha256, `${path}.sha256`)) ? (o.sha256 as string) : fail(`${path}.sha256`);
  if (o.analysis !== undefined && o.failed !== undefined) fail(path);
  if (o.analysis !== undefined) report.analysis = readAnalysis(o.analysis, `${path}.analysis`);
  if (o.failed !== undefined) report.failed = bilingual(o.failed, `${path}.failed`);
  return report;
}

/**
 * Checks a kept batch (the body of a workspace file, or what IndexedDB gave back) field by field and
 * returns a copy holding only the fields named here. Throws ShapeError naming the first bad field.
 */
export function readKeptBatch(v: unknown, path = 'workspace'): KeptBatch {
  const o = obj(v, path);
  const reports = list(o.reports, `${path}.reports`, keptReport);
  if (reports.length === 0) fail(`${path}.reports`);
  const notes = o.notes === undefined ? [] : list(o.notes, `${path}.notes`, bilingual);
  const sortField = obj(o.sort, `${path}.sort`);
  if (!SORT_KEYS.has(sortField.key as string)) fail(`${path}.sort.key`);
  if (sortField.dir !== 1 && sortField.dir !== -1) fail(`${path}.sort.dir`);
  const sort: SortOrder = { key: sortField.key as SortKey, dir: sortField.dir };
  const filter = str(o.filter, `${path}.filter`);
  return { reports, notes, sort, filter, ...(o.groupEdits !== undefined ? { groupEdits: o.groupEdits } : {}) };
}

const NOT_JSON: Bilingual = {
  zh: '工作区文件已损坏：它不是有效的 JSON（可能没有下载完整）。请重新导出。',
  en: 'The workspace file is damaged: it is not valid JSON (it may not have downloaded completely). Export it again.',
};
const FOREIGN: Bilingual = {
  zh: '这不是对账的工作区文件（.duizhang.json）：其中没有对账的格式标记。请选择由「导出工作区」保存的文件。',
  en: 'This is not a Duizhang workspace file (.duizhang.json): it lacks Duizhang’s format mark. Choose a file saved with “Export workspace”.',
};
const newer = (version: number): Bilingual => ({
  zh: `这个工作区文件由较新版本的对账写入（格式版本 ${version}），本页面只能读取版本 ${WORKSPACE_VERSION}。请在最新版本的页面中打开它。`,
  en: `This workspace file was written by a newer Duizhang (format version ${version}); this page reads version ${WORKSPACE_VERSION}. Open it in the latest version of the page.`,
});
const damaged = (path: string): Bilingual => ({
  zh: `工作区文件已损坏或被改动：「${path}」处的数据不符合格式，未导入任何内容。`,
  en: `The workspace file is damaged or was edited: the data at “${path}” does not fit the format. Nothing was imported.`,
});
const UNREADABLE: Bilingual = {
  zh: '工作区文件中的分析无法重新核对（数据不像本工具写出的）。未导入任何内容。',
  en: 'The analyses in the workspace file could not be checked again (the data is not what this tool writes). Nothing was imported.',
};
const tooLarge = (bytes: number): Bilingual => ({
  zh: `工作区文件太大（${Math.round(bytes / 1024 / 1024)} MB），超过上限 ${WORKSPACE_MAX_BYTES / 1024 / 1024} MB。`,
  en: `The workspace file is too large (${Math.round(bytes / 1024 / 1024)} MB; the limit is ${WORKSPACE_MAX_BYTES / 1024 / 1024} MB).`,
});

/** The largest workspace file read: the cap of one report file, since the whole file is parsed at once. */
export const WORKSPACE_MAX_BYTES = INPUT_LIMITS.fileBytes;

/** Refuses a file too large to read as a workspace before its bytes are read. */
export function workspaceTooLarge(bytes: number): Bilingual | undefined {
  return bytes > WORKSPACE_MAX_BYTES ? tooLarge(bytes) : undefined;
}

/** Reads a workspace file's text: the batch it holds, or the reason it cannot be imported. */
export function readWorkspace(text: string): WorkspaceRead {
  // Counted in UTF-16 units, which is at most the byte count of the file for any text: a safe bound.
  if (text.length > WORKSPACE_MAX_BYTES) return { ok: false, reason: tooLarge(text.length) };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // A syntax error, or nesting too deep for the parser: either way not a file this page wrote.
    return { ok: false, reason: NOT_JSON };
  }
  if (!isObject(json) || json.format !== WORKSPACE_FORMAT) return { ok: false, reason: FOREIGN };
  const version = json.formatVersion;
  if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, reason: damaged('formatVersion') };
  if ((version as number) > WORKSPACE_VERSION) return { ok: false, reason: newer(version as number) };
  try {
    const batch = readKeptBatch(json);
    const appVersion = str(json.appVersion, 'appVersion');
    const created = str(json.created, 'created');
    if (Number.isNaN(Date.parse(created))) fail('created');
    return { ok: true, workspace: { format: WORKSPACE_FORMAT, formatVersion: version as number, appVersion, created, ...batch } };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, reason: damaged(error.path) };
    // Anything else thrown (the rules meeting data no reader makes) is still only a message.
    return { ok: false, reason: UNREADABLE };
  }
}
