// When several reports are analysed together (the CLI's FILE...), each is checked against the same body's
// report of the year before, if that is among them: the cross-year findings join the later report's.

import type { Analysis } from '../model/types.ts';
import { withPrevious } from './withPrevious.ts';

export function compareYears(analyses: Analysis[]): Analysis[] {
  return analyses.map((later) => {
    if (later.meta.year === undefined) return later;
    const earlier = analyses.find(
      (a) => a !== later && a.meta.year === later.meta.year! - 1 && (!a.meta.body || !later.meta.body || a.meta.body === later.meta.body),
    );
    if (!earlier) return later;
    const outcome = withPrevious(later, earlier);
    return outcome.ok ? outcome.analysis : { ...later, notices: [...later.notices, outcome.reason] };
  });
}
