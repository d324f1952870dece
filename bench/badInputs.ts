// Time and memory of every bad input (the committed corpus and the generated large cases) through the
// CLI's code in Node: what a hostile or huge file costs before it is refused or read. Printed, never
// asserted; the largest figures go into the README.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeFileNode } from '../src/pipeline/analyzeFileNode.ts';
import type { BadCase } from '../test/support/badCases.ts';
import { BIG_INPUTS } from '../test/support/bigInputs.ts';

const dir = 'test/fixtures/bad';

export async function benchBadInputs(): Promise<void> {
  const cases = (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as BadCase[]).filter((c) => c.hash === undefined);
  const inputs = [
    ...cases.map((c) => ({ file: c.file, bytes: () => readFileSync(join(dir, c.file)) as Uint8Array })),
    ...BIG_INPUTS.map((b) => ({ file: `${b.file} (generated)`, bytes: b.make })),
  ];
  console.log('\nbad inputs (Node, the CLI\'s code): time and memory to a message or a reading');
  console.log('file'.padEnd(40), 'MB in'.padStart(7), 'ms'.padStart(8), 'heap +MB'.padStart(9), 'outcome');
  const rows: Array<{ ms: number; heap: number }> = [];
  for (const input of inputs) {
    const bytes = input.bytes();
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = await analyzeFileNode(bytes, input.file.replace(' (generated)', ''));
    const ms = performance.now() - start;
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    rows.push({ ms, heap });
    const outcome = result.ok ? 'read' : `refused: ${result.reason.en.slice(0, 50)}`;
    console.log(input.file.padEnd(40), (bytes.length / 1024 / 1024).toFixed(1).padStart(7), ms.toFixed(0).padStart(8), heap.toFixed(0).padStart(9), outcome);
  }
  const slowest = Math.max(...rows.map((r) => r.ms));
  const heaviest = Math.max(...rows.map((r) => r.heap));
  console.log(`slowest ${slowest.toFixed(0)} ms, most heap retained ${heaviest.toFixed(0)} MB, over ${rows.length} inputs`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBadInputs();
