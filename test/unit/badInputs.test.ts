// The bad-input corpus in Node, through the code the CLI runs (analyzeFileNode): every case is refused
// with a message that names what the file is, or read correctly — never a throw, never a wrong number.
// The large cases are generated here; the CLI itself is run once over the whole committed corpus.

import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFileNode } from '../../src/pipeline/analyzeFileNode.ts';
import { decodeShare } from '../../src/share/sharePayload.ts';
import { judge, type BadCase } from '../support/badCases.ts';
import { BIG_INPUTS } from '../support/bigInputs.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'test/fixtures/bad');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as BadCase[];
const files = cases.filter((c) => c.hash === undefined);
const links = cases.filter((c) => c.hash !== undefined);

describe('the bad-input corpus', () => {
  it('has at least 40 cases across PDFs, texts, web pages and share links', () => {
    expect(cases.length + BIG_INPUTS.length).toBeGreaterThanOrEqual(40);
    for (const ext of ['.pdf', '.txt', '.html']) expect(files.some((c) => c.file.endsWith(ext)), ext).toBe(true);
    expect(links.length).toBeGreaterThan(4);
  });

  it.each(files.map((c) => [c.file, c] as const))('%s', async (_name, badCase) => {
    const outcome = await analyzeFileNode(readFileSync(join(dir, badCase.file)), badCase.file);
    expect(judge(badCase, outcome)).toBe('');
  });

  it.each(links.map((c) => [c.file, c] as const))('%s', async (_name, badCase) => {
    const decoded = await decodeShare(badCase.hash!);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason.zh).toMatch(new RegExp(badCase.expect.refused!));
  });

  it.each(BIG_INPUTS.map((b) => [b.file, b] as const))('%s (generated)', async (_name, big) => {
    const outcome = await analyzeFileNode(big.make(), big.file);
    expect(judge(big, outcome)).toBe('');
  });
});

describe('the CLI over the whole corpus', () => {
  it('prints one line per refused file, no stack trace, and exits 1', async () => {
    const refused = files.filter((c) => c.expect.refused && !c.expect.orReads);
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...refused.map((c) => join(dir, c.file))], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const error = await run.then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(error?.code).toBe(1);
    const lines = error!.stderr.trim().split('\n');
    expect(lines).toHaveLength(refused.length);
    expect(error!.stderr).not.toMatch(/\n\s+at /);
  });
});
