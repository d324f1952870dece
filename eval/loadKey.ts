// Reads and checks an answer key, so that a malformed key stops the run with its name instead of
// producing figures that mean nothing.

import { readFileSync } from 'node:fs';
import type { KeyFile } from './keyTypes.ts';

const KINDS = new Set(['blank', 'dash', 'text', 'malformed']);

export function loadKey(path: string, expectedId: string): KeyFile {
  const key = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  const problems: string[] = [];
  if (key.id !== expectedId) problems.push(`its id is ${key.id}, its file name says ${expectedId}`);
  if (typeof key.original !== 'string' || !Array.isArray(key.alsoAs)) problems.push('original or alsoAs missing');
  if (!Array.isArray(key.cells) || !Array.isArray(key.findings)) problems.push('cells or findings missing');
  const refs = new Set<string>();
  for (const cell of key.cells ?? []) {
    const ref = `${cell.indicator}@${cell.column}`;
    if (refs.has(ref)) problems.push(`cell ${ref} given twice`);
    refs.add(ref);
    const isNumber = typeof cell.value === 'number';
    if (isNumber === (cell.kind !== undefined)) problems.push(`cell ${ref} needs either a value or a kind`);
    if (!isNumber && !KINDS.has(cell.kind ?? '')) problems.push(`cell ${ref} has an unknown kind ${cell.kind}`);
  }
  for (const finding of [...(key.findings ?? []), ...(key.alsoTrue ?? [])]) {
    if (typeof finding.rule !== 'string') problems.push('a finding without a rule');
  }
  if (problems.length > 0) throw new Error(`${path}: ${problems.join('; ')}`);
  return key;
}
