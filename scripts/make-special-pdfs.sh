#!/usr/bin/env bash
# Makes the PDFs that test bad input from the generated seed PDF (not run by CI; the outputs are committed):
#   encrypted-seed000.pdf  seed000-ruled.pdf encrypted with AES-256, user password "duizhang" (needs qpdf)
#   scanned-page.pdf       page 13 of seed000-ruled.pdf as a 100 dpi image only, no text layer (needs pdftoppm)
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/pdf
qpdf --encrypt duizhang owner-secret 256 -- "$out/seed000-ruled.pdf" "$out/encrypted-seed000.pdf"
tmp=$(mktemp -d)
pdftoppm -f 13 -l 13 -r 100 -png "$out/seed000-ruled.pdf" "$tmp/page"
node --input-type=module -e "
import { PDFDocument } from 'pdf-lib';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
const dir = '$tmp';
const png = readFileSync(dir + '/' + readdirSync(dir)[0]);
const doc = await PDFDocument.create();
const image = await doc.embedPng(png);
const page = doc.addPage([595.28, 841.89]);
page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
writeFileSync('$out/scanned-page.pdf', await doc.save());
"
rm -rf "$tmp"
ls -l "$out/encrypted-seed000.pdf" "$out/scanned-page.pdf"
