import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { entryName, isReportName, reportsInZip } from './reportArchive.ts';

/** Replaces every occurrence of `from` (the name as written) by `to` (same length) in a zip's bytes. */
function patchName(zip: Uint8Array, from: string, to: number[]): Uint8Array {
  const needle = strToU8(from);
  expect(needle.length).toBe(to.length);
  const out = zip.slice();
  for (let i = 0; i + needle.length <= out.length; i++) {
    if (needle.every((b, k) => out[i + k] === b)) out.set(to, i);
  }
  return out;
}

describe('reportsInZip', () => {
  it('takes the reports, skips other files and macOS clutter, keeps folders in names', () => {
    const zip = zipSync({
      '2023/a.pdf': strToU8('%PDF-1.4'),
      '2023/b.txt': strToU8('报告'),
      'photo.png': new Uint8Array([1, 2, 3]),
      '__MACOSX/2023/._a.pdf': new Uint8Array([0]),
      '.DS_Store': new Uint8Array([0]),
    });
    const result = reportsInZip(zip, 'batch.zip');
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.reports.map((r) => r.name)).toEqual(['2023/a.pdf', '2023/b.txt']);
    expect(new TextDecoder().decode(result.reports[1]!.bytes)).toBe('报告');
    expect(result.skipped).toEqual(['photo.png']);
  });

  it('decodes names stored in GBK or in UTF-8 without the zip saying so', () => {
    const gbk = [0xba, 0xe9, 0xd4, 0xf3]; // 洪泽 in GBK
    const utf8 = [...strToU8('洪')]; // three bytes
    const zip = patchName(patchName(zipSync({ 'AAAA.txt': strToU8('x'), 'BBB.pdf': strToU8('y') }), 'AAAA', gbk), 'BBB', utf8);
    const result = reportsInZip(zip, 'names.zip');
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.reports.map((r) => r.name).sort()).toEqual(['洪.pdf', '洪泽.txt']);
    expect(entryName('plain.pdf')).toBe('plain.pdf');
  });

  it('refuses a zip whose entry declares more than the file-size cap, without unpacking it', () => {
    const zip = zipSync({ 'big.pdf': strToU8('%PDF') }).slice();
    // The central directory's uncompressed size (offset 24 of its header) is what the filter is shown.
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
    const result = reportsInZip(zip, 'bomb.zip');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.zh).toMatch(/超过单个文件.*上限/);
  });

  it('says a cut-short zip is damaged', () => {
    const zip = zipSync({ 'a.pdf': strToU8('%PDF-1.4 '.repeat(100)) });
    const result = reportsInZip(zip.slice(0, zip.length - 30), 'cut.zip');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toMatch(/damaged or incomplete/);
  });

  it('knows report names by extension, in any case', () => {
    expect(['a.PDF', 'b.docx', 'c.htm', 'd.md', 'e.csv'].every(isReportName)).toBe(true);
    expect(['a.doc', 'b.xlsx', 'c.zip', 'd.png'].some(isReportName)).toBe(false);
  });
});
