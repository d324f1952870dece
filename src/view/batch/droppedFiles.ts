// What a drop or a pick hands over, turned into report files: folders walked (a dropped folder arrives as
// directory entries; a picked one as files with their relative paths), zips unpacked in memory
// (batch/reportArchive.ts), and everything that is not a report left out and counted, so the user is
// told what was not read instead of seeing it vanish.

import type { Bilingual } from '../../model/types.ts';
import { isReportName, isZipName } from '../../batch/reportNames.ts';

/** A file, or a folder's files (all levels), named by its path from the folder dropped. */
async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    const path = entry.fullPath.replace(/^\//, '');
    return [path && path !== file.name ? new File([file], path, { type: file.type, lastModified: file.lastModified }) : file];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries gives a folder's entries a batch at a time (100 in Chromium), then an empty batch.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  const nested = await Promise.all(children.map(filesOfEntry));
  return nested.flat();
}

/**
 * The files of a drop, folders walked. Must be called during the drop event: the browser empties the
 * DataTransfer once its handler returns, so the entries are taken at once and read afterwards.
 */
export function filesOfDrop(dataTransfer: DataTransfer | null | undefined): Promise<File[]> {
  if (!dataTransfer) return Promise.resolve([]);
  const items = [...dataTransfer.items].filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null) || !entries.some((e) => e!.isDirectory)) {
    return Promise.resolve([...dataTransfer.files]);
  }
  return Promise.all(entries.map((e) => filesOfEntry(e!))).then((lists) => lists.flat());
}

/** A file picked from a folder (`webkitdirectory`) named by its path inside that folder. */
export function withFolderPath(file: File): File {
  const path = file.webkitRelativePath;
  return path && path !== file.name ? new File([file], path, { type: file.type, lastModified: file.lastModified }) : file;
}

export interface Collected {
  files: File[];
  /** What was left out or refused, one line each. */
  notes: Bilingual[];
  /** Whether the files came from a zip or a folder: such a set is always a batch, whatever its size. */
  gathered: boolean;
}

/**
 * Zips unpacked into their reports (named 「zip › path」), and, when the files came from folders or zips,
 * files that are not reports left out. A single file the user chose is always kept: the analysis says
 * what it is, if it is not a report.
 */
export async function collectReports(given: File[]): Promise<Collected> {
  const notes: Bilingual[] = [];
  const files: File[] = [];
  const fromFolder = given.some((f) => f.name.includes('/'));
  const gathered = fromFolder || given.some((f) => isZipName(f.name));
  let skipped = 0;
  for (const file of given) {
    if (isZipName(file.name)) {
      // The unzipper is loaded with the first zip: a drop of reports needs none of it.
      const { reportsInZip } = await import('../../batch/reportArchive.ts');
      const result = reportsInZip(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!result.ok) {
        notes.push(result.reason);
        continue;
      }
      const zipName = file.name.replace(/\.zip$/i, '');
      files.push(...result.reports.map((r) => new File([r.bytes as Uint8Array<ArrayBuffer>], `${zipName} › ${r.name}`)));
      skipped += result.skipped.length;
      if (result.reports.length === 0) notes.push({ zh: `压缩包「${file.name}」中没有可读的报告。`, en: `「${file.name}」 holds no report this tool reads.` });
    } else if (fromFolder && given.length > 1 && !isReportName(file.name)) {
      skipped += 1;
    } else {
      files.push(file);
    }
  }
  if (skipped > 0) {
    notes.push({
      zh: `另有 ${skipped} 个文件不是报告（如图片、表格），未读取。支持 PDF、网页、Word（.docx）、CSV 与文本。`,
      en: `${skipped} other files are not reports (images, spreadsheets, …) and were not read. PDF, web pages, Word (.docx), CSV and text are read.`,
    });
  }
  return { files, notes, gathered };
}
