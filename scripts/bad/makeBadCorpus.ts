// Writes the committed part of the bad-input corpus (test/fixtures/bad/): small files, each a class of
// broken, hostile or odd input, and cases.json saying what the analysis must do with each — refuse it
// with a message naming what the file is, or read it correctly. The large cases (caps, complexity) are
// generated at test time by test/support/bigInputs.ts. Run: npx tsx scripts/bad/makeBadCorpus.ts
//
// Every expectation here was checked by running the analysis; the tests (test/unit/badInputs.test.ts in
// Node, test/e2e/badInputs.e2e.ts in Chromium) hold them.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { zipSync as zipNow, strToU8, type Zippable } from 'fflate';
import { cmapPdf } from '../../test/support/cmapPdf.ts';
import { rawPdf, stream, textPdf } from '../../test/support/rawPdf.ts';
import { BAD_REPORT, type BadCase } from '../../test/support/badCases.ts';
import { HASH_PREFIX, shareDictionary, toPayload } from '../../src/share/sharePayload.ts';
import { packText, toBase64Url } from '../../src/share/codec.ts';
import { analyzeText } from '../../src/pipeline/analyzeText.ts';
import { documentXml, makeDocx, para } from '../../test/support/minimalDocx.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'test/fixtures/bad');
mkdirSync(dir, { recursive: true });

const cases: BadCase[] = [];
/** Zips with a fixed date, so regenerating the corpus writes the same bytes. */
const zipSync = (files: Zippable) => zipNow(files, { mtime: new Date('2024-01-01T00:00:00Z') });
const utf8 = (text: string) => new TextEncoder().encode(text);
function add(file: string, bytes: Uint8Array, what: string, expect: BadCase['expect']): void {
  writeFileSync(join(dir, file), bytes);
  cases.push({ file, what, expect });
}
/** A pseudo-random byte sequence, the same on every run. */
function noise(length: number, seed: number): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
}

const report = BAD_REPORT.text;
const reads = { reads: { values: BAD_REPORT.values } } as const;
const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<Relationships/>'), 'word/document.xml': strToU8('<w:document/>') });
// Word files: one that reads, and the ways one breaks (src/source/docx/).
const docxReport = makeDocx({ body: report.split('\n').map((line) => para(line)).join('') });
const docxTruncated = docxReport.subarray(0, Math.floor(docxReport.length * 0.6));
const docxBrokenXml = makeDocx({ body: para(report), extra: { 'word/document.xml': strToU8(documentXml(para(report)).slice(0, -40)) } });
const docxNoDocument = makeDocx({ body: '', extra: { 'word/document.xml': undefined, 'word/styles.xml': strToU8('<w:styles/>') } });
// An encrypted .docx is an OLE compound file whose directory names an EncryptedPackage stream (UTF-16LE).
const encryptedDocx = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(504, 17), ...Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]), ...noise(480, 19)]);
const ofd = zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>'), 'Doc_0/Document.xml': strToU8('<ofd:Document/>') });
const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
const zip = zipSync({ 'report.pdf': strToU8('%PDF-1.7') });
const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(504, 7)]);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(200, 3)]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...noise(200, 5)]);

// PDFs: broken structure.
add('zero-pages.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']), 'a PDF whose page tree is empty', { refused: '一页也没有' });
add('header-then-noise.pdf', Uint8Array.from([...utf8('%PDF-1.7\n'), ...noise(4096, 11)]), 'a PDF header followed by random bytes', { refused: '损坏|一页也没有' });
add('header-only.pdf', utf8('%PDF-1.4\n%%EOF\n'), 'a PDF header and nothing else', { refused: '损坏|一页也没有' });
const seedPdf = readFileSync(join(root, 'test/fixtures/pdf/seed000-ruled.pdf'));
add('truncated.pdf', seedPdf.subarray(0, Math.floor(seedPdf.length * 0.4)), 'the first 40 % of a real report PDF (a download cut short)', { refused: '损坏|一页也没有|文字层', orReads: true });
add('page-tree-cycle.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']), 'a page tree whose only kid is itself', { refused: '损坏|一页也没有|结构有误' });
add('deep-array.pdf', textPdf(['BT /F1 12 Tf 72 700 Td (2023) Tj ET'], { pageExtra: `/Deep ${'['.repeat(20000)}${']'.repeat(20000)}` }), 'a page dictionary holding an array nested 20,000 deep', { refused: '损坏|结构有误|文字层|没有', orReads: true });
add('huge-coordinates.pdf', textPdf(['BT /F1 12 Tf 1e300 0 0 1e300 1e300 -1e300 Tm (647) Tj ET BT /F1 12 Tf 72 700 Td (2023) Tj ET']), 'text drawn at coordinates near the limit of a double', { refused: '文字层|没有', orReads: true });
add('xref-self-prev.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'], { trailer: '/Prev 9' }), 'a cross-reference table whose /Prev points into itself', { refused: '一页也没有|损坏' });
// PDFs that are something else, or fine.
add('word-named.pdf', docx, 'an empty Word .docx file renamed .pdf', { refused: 'Word 文件（\\.docx）中没有文字' });
add('ofd-named.pdf', ofd, 'an OFD file renamed .pdf', { refused: 'OFD' });
add('zip-named.pdf', zip, 'a zip archive renamed .pdf', { refused: '压缩包' });
add('png-named.pdf', png, 'a PNG image renamed .pdf', { refused: '图片' });
add('html-named.pdf', utf8(`<!doctype html><html><body><p>${report.replace(/\n/g, '</p><p>')}</p></body></html>`), 'a web page saved with a .pdf name', reads);
add('text-named.pdf', utf8(report), 'a text file saved with a .pdf name', reads);
add('empty.pdf', new Uint8Array(0), 'an empty file named .pdf', { refused: '空的' });
add('offsite-actions.pdf', cmapPdfWith(report, '/OpenAction << /S /URI /URI (https://evil.example/open) >> /AA << /WC << /S /JavaScript /JS (app.launchURL\\("https://evil.example/js"\\)) >> >>'), 'a report PDF whose actions point to another site (URI, JavaScript)', reads);
add('zero-width-in-numbers.pdf', cmapPdf(report.replace('647', '6\u200b47').replace('200件', '2\u200d00件')), 'a report PDF with zero-width characters inside numbers', reads);

// Text files.
add('empty.txt', new Uint8Array(0), 'an empty text file', { refused: '空的' });
add('blank.txt', utf8('  \n\n\t  \r\n'), 'a text file of white space', { refused: '没有文字' });
add('random.bin', noise(2048, 13), 'random bytes', { refused: '不是文本|编码' });
add('utf16le-no-bom.txt', utf16(report, 'le', false), 'UTF-16LE without a byte-order mark', reads);
add('utf16be-bom.txt', utf16(report, 'be', true), 'UTF-16BE with its byte-order mark', reads);
add('gb18030.txt', gb18030(report), 'GB18030 (GBK) text', reads);
const hiddenNotice = '不可见的字符';
add('zero-width-in-numbers.txt', utf8(report.replace('647', '6\u200b47').replace('447', '4\ufeff47')), 'zero-width characters inside numbers', { ...reads, notice: hiddenNotice });
add('nul-in-numbers.txt', utf8(report.replace(/647/g, '64\u00007')), 'NUL bytes inside a number', { ...reads, notice: hiddenNotice });
add('bidi-in-numbers.txt', utf8(report.replace('647', '\u202e647\u202c').replace('200件', '2\u200e00件')), 'bidirectional marks around and inside numbers', { ...reads, notice: hiddenNotice });
add('cr-line-ends.txt', utf8(report.replace(/\n/g, '\r')), 'old Mac line ends (CR only)', reads);
add('huge-number.txt', utf8(report.replace('647件', '99999999999999999999999件')), 'a count of 23 digits, past exact double precision', { reads: { values: [200, 447], absent: [1e23] }, notice: '超过 15 位' });
add('hundreds-of-digits.txt', utf8(`${report}\n另收到咨询${'9'.repeat(400)}件。\n`), 'a count of 400 digits', { ...reads, notice: '超过 15 位' });
add('word.docx', docx, 'a Word .docx file with an empty document', { refused: 'Word 文件（\\.docx）中没有文字' });
add('report.docx', docxReport, 'the report as a Word .docx file', reads);
add('report-docx-named.txt', docxReport, 'a Word .docx file saved with a .txt name', reads);
add('truncated.docx', docxTruncated, 'the first 60 % of a Word .docx file (a download cut short)', { refused: '损坏或不完整' });
add('broken-xml.docx', docxBrokenXml, 'a Word .docx file whose document.xml is cut off', { refused: '不是完好的 XML' });
add('no-document.docx', docxNoDocument, 'a Word .docx file without word/document.xml', { refused: '缺少正文' });
add('encrypted.docx', encryptedDocx, 'a Word .docx file encrypted with a password to open (an OLE file holding EncryptedPackage)', { refused: '加密' });
add('old-word.doc', ole, 'an old binary Word file', { refused: '旧版 Word' });
add('wps.wps', ole, 'a WPS file (OLE container)', { refused: 'WPS' });
add('report.ofd', ofd, 'an OFD file', { refused: 'OFD' });
add('table.xlsx', xlsx, 'an Excel workbook', { refused: 'Excel' });
add('scan.jpg', jpeg, 'a JPEG image (a scan)', { refused: '图片' });
add('numbers-only.txt', utf8(Array.from({ length: 3000 }, (_, i) => String((i * 7919) % 100000)).join('\n')), 'three thousand bare numbers and no words', { reads: { values: [] } });
add('markup.txt', utf8(`${report}\n<script>alert(1)</script><img src=https://evil.example/x onerror=alert(2)>`), 'a text whose lines are markup', reads);

// Classes first met in a blind set written by someone else (each made anew here, in other words).
add('postscript.pdf', utf8('%!PS-Adobe-3.0\n%%Title: report\n/Helvetica findfont 12 scalefont setfont\n72 700 moveto (647) show\nshowpage\n'), 'a PostScript file saved with a .pdf name', { refused: 'PostScript' });
add('rich-text.txt', utf8('{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0\\fs24 \\u25910?\\u21040? 647 \\par}'), 'an RTF document saved as .txt', { refused: 'RTF' });
add('mail.eml', utf8(`From: office@example.gov.cn\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(report).toString('base64')}\r\n--b--\r\n`), 'an e-mail carrying the report as a base64 part', { refused: '电子邮件' });
add('saved-page.mhtml', utf8(`MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="x"\r\n\r\n--x\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=E6=9F=90</p>\r\n--x--\r\n`), 'a web page saved as a single MHTML file', { refused: '\\.mht' });
add('utf32be-bom.txt', Uint8Array.from([0, 0, 0xfe, 0xff, ...Array.from(report).flatMap((c) => { const p = c.codePointAt(0)!; return [p >>> 24, (p >>> 16) & 0xff, (p >>> 8) & 0xff, p & 0xff]; })]), 'UTF-32BE with its byte-order mark', reads);
add('utf16-mark-on-utf8.txt', Uint8Array.from([0xfe, 0xff, ...utf8(report)]), 'a UTF-16BE byte-order mark written before UTF-8 text', reads);
add('arabic-indic-digits.txt', utf8(report.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)))), 'every digit in Extended Arabic-Indic form (۶۴۷)', reads);
add('direction-override.txt', utf8(report.replace('447', '\u202e744\u202c')), 'a right-to-left override that shows 447 where 744 is stored', { reads: { values: [647, 200, 744] }, notice: '显示方向', errors: true });
add('misplaced-comma.txt', utf8(report.replace('网上申请447件', '网上申请4,47件')), 'a comma inside a number that is no thousands separator (4,47)', { reads: { values: [647, 200], absent: [47, 4] } });
add('sideways-page.pdf', textPdf(['BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Received 647 requests in 2023) Tj 0 1 -1 0 320 100 Tm (Answered 647 requests) Tj ET']), 'a page whose text runs up the page (drawn rotated, no /Rotate)', { reads: { values: [] } });
const traditional = '某縣人民政府2023年政府資訊公開工作年度報告\n一、總體情況\n本機關共收到政府資訊公開申請647件，其中當面申請200件、網上申請447件。對申請的處理：同意公開300件，不予公開數量為12件，資訊不存在的條數為335件。\n本機關政府資訊公開工作機構與人員情況良好，報告內容完整。';
add('big5.txt', iconv(traditional, 'BIG5'), 'the report in traditional characters, saved as Big5', { refused: '繁体中文' });
add('shift-jis.txt', iconv('某県人民政府2023年政府情報公開工作年度報告\n本機関は政府情報公開申請647件を受け付け、うち窓口申請200件、オンライン申請447件であった。申請の処理：公開決定300件、非公開12件、情報不存在335件。本年度の行政不服審査は2件、行政訴訟は1件であった。', 'SHIFT_JIS'), 'a Japanese text saved as Shift-JIS', { refused: 'Shift-JIS' });
add('utf8-then-gbk.txt', Uint8Array.from([...utf8(report.split('\n').slice(0, 3).join('\n') + '\n'), ...iconv(report.split('\n').slice(3).join('\n') + '\n二、主动公开政府信息情况，本年新公开规章3件。', 'GB18030')]), 'a file whose first lines are UTF-8 and the rest GBK (two pastes)', { refused: '第 4 行起' });
add('utf7.txt', iconv(report, 'UTF-7'), 'the report saved as UTF-7 (Chinese as +base64- runs, the digits bare)', reads);
add('table-only.csv', readFileSync(join(root, 'test/fixtures/csv/flat-table3.csv')), 'table 三 alone as a spreadsheet CSV export (quoted labels, a byte-order mark; test/fixtures/csv/)', { reads: { values: [80, 81, 22, 31] } });
add('image-cells.html', utf8(`<html><body>${report.split('\n').map((l) => `<p>${l}</p>`).join('')}<table><tr><td>收到申请</td><td><img src="a.png" alt="647"></td></tr><tr><td>当面申请</td><td><img alt="200"></td></tr></table></body></html>`), 'table cells drawn as images of their numbers, the value in alt', reads);
add('attachment-only.pdf', textPdf(['BT /F1 12 Tf 72 700 Td (Annual report 2023: see the attached file.) Tj ET'], {
  catalogExtra: '/Names << /EmbeddedFiles << /Names [(annual-report-2023.pdf) 6 0 R] >> >>',
  extraObjects: ['<< /Type /Filespec /F (annual-report-2023.pdf) /UF (annual-report-2023.pdf) /EF << /F 7 0 R >> >>', stream('%PDF-1.4 placeholder', '/Type /EmbeddedFile')],
}), 'a cover page carrying the report as an attached file', { reads: { values: [] }, notice: '附带了文件：annual-report-2023\\.pdf' });
add('hidden-copy.html', utf8(`<html><body><div style="display:none"><p>${report.replace(/647/g, '648')}</p></div><section hidden><p>收到申请1件，其中当面申请5件。</p></section>${report.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`), 'a hidden second copy of the report with other numbers (display:none and the hidden attribute)', { reads: { values: [647, 200, 447], absent: [648, 5] } });
add('report-in-srcdoc.html', utf8(`<html><body><h1>预览</h1><iframe srcdoc="${report.split('\n').map((l) => `<p>${l}</p>`).join('').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe></body></html>`), 'the whole report inside an <iframe srcdoc> (a CMS preview)', reads);
add('cyclic-kids.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 2 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']), 'an intermediate page-tree node whose kid is its parent', { refused: '结构有误|损坏|一页也没有' });

// Web pages.
add('offsite-resources.html', utf8(offsiteHtml(report)), 'a web page that references other sites (images, styles, scripts, frames, refresh)', reads);
add('script-only.html', utf8('<!doctype html><html><head><script>document.write(1)</script></head><body><script>alert(1)</script><style>p{}</style></body></html>'), 'a web page with no text at all', { refused: '没有文字' });
add('malformed-table.html', utf8(`<html><body><p>${report.split('\n').join('<br>')}<table><tr><td rowspan=0>a<td colspan=99999>b</table><td>stray</td><table><tr><td>1<tr><td>2</body>`), 'unclosed tags, stray cells, rowspan=0, colspan=99999', reads);
add('colspan-bomb.html', utf8(`<html><body><p>${report}</p><table><tr>${'<td colspan=1000>x</td>'.repeat(600)}</tr></table></body></html>`), 'a table row 600,000 columns wide (600 cells of colspan=1000)', { refused: '列' });
add('rowspan-bomb.html', utf8(`<html><body><p>${report.split('\n').join('</p><p>')}</p><table><tr><td rowspan=65534>x</td><td>1</td></tr><tr><td>2</td></tr></table></body></html>`), 'a cell with rowspan=65534 in a two-row table', reads);
add('gbk-meta.html', gb18030(`<html><head><meta charset="gbk"></head><body><p>${report.split('\n').join('</p><p>')}</p></body></html>`), 'a GBK web page', reads);
add('svg-mathml.html', utf8(`<html><body><svg><foreignObject><p>x</p></foreignObject><script>alert(1)</script></svg><math><mi>647</mi></math><p>${report.split('\n').join('</p><p>')}</p></body></html>`), 'SVG and MathML islands with scripts inside', reads);

// Share links: the part after the page's address.
const valid = HASH_PREFIX + packText(JSON.stringify(toPayload(analyzeText(report, 'r.txt'), 'ab'.repeat(32))), shareDictionary());
const shareCase = (name: string, hash: string, what: string) => cases.push({ file: name, hash, what, expect: { refused: '链接' } });
shareCase('share-truncated', valid.slice(0, Math.floor(valid.length / 2)), 'a share link cut in half (a chat app shortened it)');
shareCase('share-garbage', `${HASH_PREFIX}%%%***!!!`, 'characters outside the link alphabet');
shareCase('share-empty', HASH_PREFIX, 'the prefix and nothing else');
shareCase('share-random', HASH_PREFIX + toBase64Url(noise(600, 17)), 'random bytes in the link alphabet');
shareCase('share-one-char-changed', valid.slice(0, -3) + (valid.at(-3) === 'A' ? 'B' : 'A') + valid.slice(-2), 'one character of a good link changed');
shareCase('share-non-finite', HASH_PREFIX + packText(JSON.stringify({ ...toPayload(analyzeText(report, 'r.txt'), 'ab'.repeat(32)), cells: [['x', 1e400, 'NaN']] }).replace('null', '1e400'), shareDictionary()), 'a link whose numbers are Infinity and NaN');
shareCase('share-huge', HASH_PREFIX + 'A'.repeat(300_000), 'a link of 300,000 characters');

writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} cases written to ${dir}`);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  return Uint8Array.from(units.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

function iconv(text: string, encoding: string): Uint8Array {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: text });
}

function gb18030(text: string): Uint8Array {
  // Node's TextEncoder writes only UTF-8; iconv-lite is not a dependency, so the corpus uses the system's iconv.
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
}

function cmapPdfWith(text: string, catalogExtra: string): Uint8Array {
  // The text PDF's catalog is its first object: the hostile entries are spliced into it.
  const pdf = new TextDecoder('latin1').decode(cmapPdf(text));
  const patched = pdf.replace('/Type /Catalog', `/Type /Catalog ${catalogExtra}`);
  return rebuildXref(patched);
}

function rebuildXref(pdf: string): Uint8Array {
  // Offsets move when an object grows; pdf.js would recover, but the corpus keeps each file well-formed.
  const bodyEnd = pdf.lastIndexOf('\nxref\n') + 1;
  const body = pdf.slice(0, bodyEnd);
  const offsets: number[] = [];
  for (const match of body.matchAll(/(?<=\n|^)(\d+) 0 obj\b/g)) offsets[Number(match[1])] = match.index!;
  const count = offsets.length;
  let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let i = 1; i < count; i++) xref += `${String(offsets[i] ?? 0).padStart(10, '0')} 00000 n \n`;
  const trailer = /trailer\s*<<[\s\S]*?>>/.exec(pdf.slice(bodyEnd))![0];
  const out = `${body}${xref}${trailer}\nstartxref\n${body.length}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

function offsiteHtml(text: string): string {
  const paragraphs = text.split('\n').map((line) => `<p style="background:url(https://evil.example/bg.png)">${line}</p>`).join('');
  return `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel="stylesheet" href="https://evil.example/s.css"><style>@import url(https://evil.example/i.css);</style><script src="https://evil.example/s.js"></script><base href="https://evil.example/"></head><body><img src="https://evil.example/i.png" srcset="https://evil.example/2x.png 2x"><iframe src="https://evil.example/f"></iframe><object data="https://evil.example/o"></object><embed src="https://evil.example/e"><video poster="https://evil.example/p.png"></video><link rel="prefetch" href="https://evil.example/pf">${paragraphs}<a href="https://evil.example/a">link</a></body></html>`;
}
