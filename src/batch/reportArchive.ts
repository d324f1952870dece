// The reports inside a .zip (a folder of reports sent as one file): unpacked in memory with fflate, only
// the entries that are reports by their extension, each checked against the file-size cap by the size
// its entry declares before it is inflated (fflate writes into a buffer of exactly the declared size, so
// a zip bomb is refused, not unpacked). Zips made on Chinese Windows store names in GBK without saying
// so; those names are decoded as GB18030, so 「洪泽区2023年报.pdf」 keeps its name.

import { unzipSync } from 'fflate';
import type { Bilingual } from '../model/types.ts';
import { INPUT_LIMITS } from '../source/limits.ts';
import { isReportName } from './reportNames.ts';

export { isReportName, isZipName, REPORT_EXTENSIONS } from './reportNames.ts';

/** How many reports one zip may hold, and how many bytes they may unpack to together. */
export const ARCHIVE_LIMITS = { reports: 2_000, bytes: 2 * 1024 * 1024 * 1024 } as const;

export interface ArchivedReport {
  /** The entry's path inside the zip, with its folders ('2023/洪泽区.pdf'). */
  name: string;
  bytes: Uint8Array;
}

export type ArchiveResult =
  | { ok: true; reports: ArchivedReport[]; skipped: string[] }
  | { ok: false; reason: Bilingual };

/**
 * fflate reads a name as UTF-8 only when its entry says so, and otherwise one character per byte. Such a
 * name with bytes above 0x7f is read again as UTF-8 (macOS and many tools write it without the flag), and
 * when that fails as GB18030 (Windows in Chinese).
 */
export function entryName(name: string): string {
  if (![...name].every((c) => c.charCodeAt(0) <= 0xff) || !/[\x80-\xff]/.test(name)) return name;
  const bytes = Uint8Array.from([...name].map((c) => c.charCodeAt(0)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Files a zip holds beside its reports that nobody means as one: macOS's resource forks and folders. */
const isClutter = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name) || /(^|\/)\.DS_Store$/.test(name);

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function reportsInZip(bytes: Uint8Array, zipName: string): ArchiveResult {
  const skipped: string[] = [];
  let refused: Bilingual | undefined;
  let count = 0;
  let total = 0;
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter: (entry) => {
        const name = entryName(entry.name);
        if (refused || isClutter(name)) return false;
        if (!isReportName(name)) {
          skipped.push(name);
          return false;
        }
        if (entry.originalSize > INPUT_LIMITS.fileBytes) {
          refused = {
            zh: `压缩包「${zipName}」中的「${name}」解压后有 ${megabytes(entry.originalSize)}，超过单个文件 ${megabytes(INPUT_LIMITS.fileBytes)} 的上限，整个压缩包未解压。`,
            en: `「${name}」 in 「${zipName}」 unpacks to ${megabytes(entry.originalSize)}, over the ${megabytes(INPUT_LIMITS.fileBytes)} limit for one file; the zip was not unpacked.`,
          };
          return false;
        }
        count += 1;
        total += entry.originalSize;
        if (count > ARCHIVE_LIMITS.reports || total > ARCHIVE_LIMITS.bytes) {
          refused = {
            zh: `压缩包「${zipName}」中的报告超过 ${ARCHIVE_LIMITS.reports} 份或解压后超过 ${megabytes(ARCHIVE_LIMITS.bytes)}，未解压。请分批处理。`,
            en: `「${zipName}」 holds more than ${ARCHIVE_LIMITS.reports} reports or unpacks to more than ${megabytes(ARCHIVE_LIMITS.bytes)}; it was not unpacked. Split it into smaller batches.`,
          };
          return false;
        }
        return true;
      },
    });
  } catch {
    // fflate throws on a zip without its central directory (cut short), a damaged stream, an unknown method.
    return {
      ok: false,
      reason: refused ?? { zh: `压缩包「${zipName}」已损坏或不完整，无法解压。`, en: `「${zipName}」 is damaged or incomplete and cannot be unpacked.` },
    };
  }
  if (refused) return { ok: false, reason: refused };
  const reports = Object.entries(unpacked)
    .map(([name, data]) => ({ name: entryName(name), bytes: data }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  return { ok: true, reports, skipped };
}
