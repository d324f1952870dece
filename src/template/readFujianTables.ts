import type { NormLine } from '../model/types.ts';
import type { Recognized } from './recognize.ts';

// Placeholder replaced below once the Fujian reader lands; returning undefined means "not a Fujian table".
export function readFujianTables(_lines: NormLine[]): Recognized | undefined {
  return undefined;
}
