// The CLI runs the same pipeline as the page; its --json output is what the acceptance scorer reads.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run analyze', () => {
  it('prints the analysis of a seed as JSON', () => {
    const result = run('test/fixtures/seeds/003_8ef98a67e9da6293.txt', '--json');
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.meta).toMatchObject({ template: 'national-2008', year: 2018, region: '聊城市' });
    expect(analysis.cells.find((c: { ref: string }) => c.ref === '三(一)@0')).toMatchObject({
      value: { kind: 'number', raw: '647', value: 647 },
      pos: { line: 395 },
    });
    expect(analysis.findings.some((f: { stated?: number; computed?: number }) => f.stated === 647 && f.computed === 618)).toBe(true);
  });

  it('prints a readable report without --json', () => {
    const result = run('test/fixtures/seeds/000_87410cd3979e9921.txt');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('德州市');
    expect(result.stdout).toContain('三(一)@0');
  });

  it('exits non-zero with a clear message on a file it cannot read', () => {
    const missing = run('no/such/report.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the file');
    const dir = mkdtempSync(join(tmpdir(), 'duizhang-'));
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const refused = run(binary);
    expect(refused.status).toBe(1);
    // A PNG named .txt is named for what it is, an image (a scan), not just 「not a text file」.
    expect(refused.stderr).toContain('这是一张图片');
    const noise = join(dir, 'noise.txt');
    writeFileSync(noise, new Uint8Array([0x00, 0x13, 0x07, 0x00, 0x01, 0x02, 0x03]));
    expect(run(noise).stderr).toContain('not a text file');
  });

  it('checks reports of consecutive years from the same body against each other', () => {
    const result = run('test/fixtures/corpus/2013_pingtan_county.html', 'test/fixtures/corpus/2012_pingtan_county.html', '--json');
    expect(result.status).toBe(0);
    const [y2013, y2012] = JSON.parse(result.stdout) as Array<{ findings: Array<{ rule: string }> }>;
    expect(y2013!.findings.filter((f) => f.rule === 'cross-year')).toHaveLength(17);
    expect(y2012!.findings.filter((f) => f.rule === 'cross-year')).toHaveLength(0);
  });

  it('exits 2 on a usage error', () => {
    expect(run().status).toBe(2);
    expect(run('--frobnicate', 'x.txt').status).toBe(2);
  });
});
