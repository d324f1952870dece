// The figures a run is held to: flattened from the summary into "report | form | figure" → number,
// compared with eval/baseline.json. A figure that got worse (fewer cells right, findings found or
// mutations detected; more false alarms) is a regression; a figure that disappeared is one too.

import type { Summary } from './summary.ts';

export type Figures = Record<string, number>;

/** Figures where more is worse; for every other figure, less is worse. */
const HIGHER_IS_WORSE = new Set(['falseAlarms', 'quantitiesExtra', 'linksExtra', 'relationsExtra', 'falseErrors', 'falseReviews']);

export function figuresOf(summary: Summary): Figures {
  const figures: Figures = {};
  for (const report of summary.reports) {
    for (const form of report.forms) {
      const at = `${report.id} | ${form.form}`;
      figures[`${at} | readable`] = form.ok ? 1 : 0;
      if (!form.score) continue;
      figures[`${at} | templateRight`] = form.score.templateRight;
      figures[`${at} | cellsRight`] = form.score.cellsRight;
      figures[`${at} | findingsFound`] = form.score.findingsFound;
      figures[`${at} | falseAlarms`] = form.score.falseAlarms;
    }
    const m = report.mutation;
    if (m.table) {
      figures[`${report.id} | mutation | tableDetected`] = m.table.detected;
      figures[`${report.id} | mutation | tableClean`] = m.table.clean;
    }
    if (m.narrative) {
      figures[`${report.id} | mutation | narrativeDetected`] = m.narrative.detected;
      figures[`${report.id} | mutation | narrativeClean`] = m.narrative.clean;
    }
  }
  for (const [name, n] of [['narrative corpus', summary.narrativeCorpus], ['narrative holdout', summary.narrativeHoldout]] as const) {
    if (!n) continue;
    figures[`${name} | quantitiesRight`] = n.quantities.right;
    figures[`${name} | quantitiesExtra`] = n.quantities.extra;
    figures[`${name} | linksRight`] = n.links.right;
    figures[`${name} | linksExtra`] = n.links.extra;
    figures[`${name} | relationsRight`] = n.relations.right;
    figures[`${name} | relationsExtra`] = n.relations.extra;
    figures[`${name} | partitionRight`] = n.partitionRight;
    if (n.findings) {
      figures[`${name} | contradictionsFlagged`] = n.findings.contradictionsFlagged;
      figures[`${name} | falseErrors`] = n.findings.falseErrors;
      figures[`${name} | falseReviews`] = n.findings.falseReviews;
    }
  }
  return figures;
}

export function regressions(baseline: Figures, now: Figures): string[] {
  const out: string[] = [];
  for (const [name, was] of Object.entries(baseline)) {
    const is = now[name];
    if (is === undefined) {
      out.push(`${name}: was ${was}, now missing`);
      continue;
    }
    const figure = name.slice(name.lastIndexOf('|') + 1).trim();
    const worse = HIGHER_IS_WORSE.has(figure) ? is > was : is < was;
    if (worse) out.push(`${name}: was ${was}, now ${is}`);
  }
  return out;
}

/** Figures that got better than the baseline, so the baseline can be raised. */
export function improvements(baseline: Figures, now: Figures): string[] {
  const out: string[] = [];
  for (const [name, is] of Object.entries(now)) {
    const was = baseline[name];
    if (was === undefined || was === is) continue;
    const figure = name.slice(name.lastIndexOf('|') + 1).trim();
    const better = HIGHER_IS_WORSE.has(figure) ? is < was : is > was;
    if (better) out.push(`${name}: was ${was}, now ${is}`);
  }
  return out;
}
