// When several reports are analysed together (the CLI's FILE...), each is checked against the same body's
// report of the year before, if that is among them: the cross-year findings join the later report's.

import type { Analysis } from '../model/types.ts';
import { crossYear } from '../check/crossYear.ts';

export function compareYears(analyses: Analysis[]): Analysis[] {
  return analyses.map((later) => {
    if (later.meta.year === undefined) return later;
    const earlier = analyses.find(
      (a) => a !== later && a.meta.year === later.meta.year! - 1 && (!a.meta.body || !later.meta.body || a.meta.body === later.meta.body),
    );
    if (!earlier) return later;
    const { findings, notices } = crossYear(later, earlier);
    const flagged = findings.filter((f) => f.severity !== 'info').length;
    const summary = {
      zh: `已与 ${earlier.fileName}（${earlier.meta.year} 年度）做跨年度核对：${findings.length} 项，其中 ${flagged} 项不一致。`,
      en: `Checked across years against ${earlier.fileName} (${earlier.meta.year}): ${findings.length} checks, ${flagged} inconsistent.`,
    };
    return { ...later, findings: [...later.findings, ...findings], notices: [...later.notices, ...notices, ...(findings.length ? [summary] : [])] };
  });
}
