// The OCR recogniser in the page's analysis worker: onnxruntime-web's WebAssembly (an asset of the build)
// and the PP-OCRv4 model (served under ocr/, scripts/ocrAssets.ts), both from the site itself; the service
// worker keeps them once fetched, so a scan reads offline after the first. Loaded only when a scan is
// dropped.

import { OCR_FILES, OCR_FOLDER } from '../../source/scan/ocrModel.ts';
import { paddleRecognizer } from '../../source/scan/paddleRecognizer.ts';
import type { Recognizer } from '../../source/scan/recognizer.ts';

let loading: Promise<Recognizer> | undefined;

export function browserRecognizer(siteBase: string): Promise<Recognizer> {
  loading ??= load(siteBase).catch((error: unknown) => {
    loading = undefined; // a failed download is tried again with the next scan
    throw error;
  });
  return loading;
}

async function load(siteBase: string): Promise<Recognizer> {
  const ort = await import('onnxruntime-web/wasm');
  const folder = new URL(OCR_FOLDER, siteBase).href;
  // Threads need SharedArrayBuffer, which a page served without cross-origin isolation (GitHub Pages)
  // does not have; one thread also leaves the page's own thread free.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  const [model, dictionary] = await Promise.all([fetchOk(folder + OCR_FILES.recognizer).then((r) => r.arrayBuffer()), fetchOk(folder + OCR_FILES.dictionary).then((r) => r.text())]);
  return paddleRecognizer(ort, new Uint8Array(model), dictionary);
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`OCR model: ${url} answered ${response.status}`);
  return response;
}
