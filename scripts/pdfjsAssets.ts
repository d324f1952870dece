// A Vite plugin that serves pdf.js's CMaps and standard fonts from the site itself (under pdfjs/), in
// the dev server and in the build. pdf.js fetches them by fixed names, and nothing may be loaded from
// another origin.

import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));
const FOLDERS = ['cmaps', 'standard_fonts'];

export function pdfjsAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'duizhang-pdfjs-assets',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const match = /\/pdfjs\/(cmaps|standard_fonts)\/([^/]+)$/.exec(path);
        if (!match) return next();
        const file = normalize(join(root, match[1]!, match[2]!));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      for (const folder of FOLDERS) cpSync(join(root, folder), join(outDir, 'pdfjs', folder), { recursive: true });
    },
  };
}
