// A scan analysed where the OCR model cannot be loaded: the reason names the model, not the PDF, and the
// next scan tries the load again rather than keeping the failure for the rest of the process.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const load = vi.hoisted(() => vi.fn());
vi.mock('../source/scan/paddleRecognizer.ts', () => ({ paddleRecognizer: load }));

const { analyzeFileNode } = await import('./analyzeFileNode.ts');
const { nodeRecognizer } = await import('../source/scan/nodeRecognizer.ts');

const SCAN = new Uint8Array(readFileSync('test/fixtures/pdf/scan-hongze-tables.pdf'));

describe('a scan without its OCR model', () => {
  it('says the model could not be loaded, and loads it again for the next scan', async () => {
    load.mockRejectedValueOnce(new Error('no memory for the model'));
    const result = await analyzeFileNode(SCAN, 'scan.pdf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.zh).toContain('OCR 模型');
    expect(result.reason.zh).toContain('no memory for the model');
    expect(result.reason.en).toMatch(/scan and needs the OCR model/);

    const recognizer = { recognize: vi.fn() };
    load.mockResolvedValueOnce(recognizer);
    await expect(nodeRecognizer()).resolves.toBe(recognizer);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
