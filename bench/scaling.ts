// Complexity check: each input family is analysed at sizes n, 2n, 4n (and 8n where the caps allow), and
// the time ratio between consecutive sizes is printed. A linear stage gives about 2; a quadratic one 4.
// Families are the shapes hostile or huge input takes: many sentences with numbers, a real report
// repeated, a long web table, a PDF line of many text runs, a deeply nested page.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeFileNode } from '../src/pipeline/analyzeFileNode.ts';
import { textPdf } from '../test/support/rawPdf.ts';

interface Family {
  name: string;
  sizes: number[];
  make: (n: number) => { bytes: Uint8Array; file: string };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const seed = readFileSync('test/fixtures/seeds/000_87410cd3979e9921.txt', 'utf8');

const FAMILIES: Family[] = [
  {
    name: 'sentences with a number',
    sizes: [10_000, 20_000, 40_000, 80_000],
    make: (n) => ({ file: 'x.txt', bytes: utf8(Array.from({ length: n }, (_, i) => `共办理第${i}批申请${i % 97}件，其中公开${i % 13}件。`).join('\n')) }),
  },
  {
    name: 'a real report repeated',
    sizes: [1, 2, 4, 8],
    make: (n) => ({ file: 'x.txt', bytes: utf8(Array(n).fill(seed).join('\n')) }),
  },
  {
    name: 'web table rows',
    sizes: [250, 500, 1_000, 2_000],
    make: (n) => ({ file: 'x.html', bytes: utf8(`<html><body><table>${Array.from({ length: n }, (_, i) => `<tr><td>第${i}行</td><td>件</td><td>${i}</td></tr>`).join('')}</table></body></html>`) }),
  },
  {
    name: 'PDF text runs on one line',
    sizes: [3_500, 7_000, 14_000, 28_000],
    make: (n) => {
      // 2 pt, the smallest size the reader keeps (test/support/bigInputs.ts lays its runs out the same way).
      let content = 'BT /F1 2 Tf ';
      for (let i = 0; i < n / 2; i++) content += `1 0 0 1 ${(i % 125) * 4 + 10} 700 Tm (${i % 10}) Tj `;
      return { file: 'x.pdf', bytes: textPdf([`${content}ET`]) };
    },
  },
  {
    name: 'nested elements',
    sizes: [240, 480, 960, 1_920], // under the cap of 2,000 levels
    make: (n) => ({ file: 'x.html', bytes: utf8(`<html><body>${'<div>'.repeat(n)}<p>${seed.slice(0, 2000)}</p>${'</div>'.repeat(n)}</body></html>`) }),
  },
];

async function timeOf(family: Family, n: number): Promise<number> {
  const { bytes, file } = family.make(n);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = await analyzeFileNode(bytes, file);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`${family.name} at ${n}: ${result.reason.en}`);
  }
  return times.sort((a, b) => a - b)[1]!;
}

export async function benchScaling(): Promise<void> {
  console.log('\ncomplexity (median of 3 in Node; ratio = time ÷ time at half the size: ~2 is linear, ~4 quadratic)');
  console.log('family'.padEnd(28), 'size'.padStart(8), 'ms'.padStart(9), 'ratio'.padStart(7));
  for (const family of FAMILIES) {
    await timeOf(family, family.sizes[0]!); // warm-up
    let previous: number | undefined;
    for (const n of family.sizes) {
      const ms = await timeOf(family, n);
      console.log(family.name.padEnd(28), String(n).padStart(8), ms.toFixed(0).padStart(9), (previous ? (ms / previous).toFixed(2) : '').padStart(7));
      previous = ms;
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScaling();
