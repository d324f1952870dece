// The recogniser for the CLI and the tests: the same model and the same WebAssembly runtime as the page
// (onnxruntime-web runs in Node), its files read from node_modules. Loaded once per process.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OCR_FILES, OCR_MODEL_PACKAGE } from './ocrModel.ts';
import { paddleRecognizer } from './paddleRecognizer.ts';
import type { Recognizer } from './recognizer.ts';

let loading: Promise<Recognizer> | undefined;

export function nodeRecognizer(): Promise<Recognizer> {
  loading ??= (async () => {
    // The package exports only './node' (a module that names its files); its folder holds `assets/`.
    const require = createRequire(import.meta.url);
    const assets = join(dirname(require.resolve(`${OCR_MODEL_PACKAGE}/node`)), 'assets');
    const ort = await import('onnxruntime-web');
    // One thread: the CLI and the eval run several files side by side, and the results do not depend on it.
    ort.env.wasm.numThreads = 1;
    return paddleRecognizer(ort, readFileSync(join(assets, OCR_FILES.recognizer)), readFileSync(join(assets, OCR_FILES.dictionary), 'utf8'));
  })().catch((error: unknown) => {
    // A load that failed (a file missing, memory short) is tried again for the next scan, not kept.
    loading = undefined;
    throw error;
  });
  return loading;
}
