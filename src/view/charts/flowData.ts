// Table 三 of the 2019/2021 templates read as a flow, for one applicant column: requests received (一) and
// carried over (二) are what there was to handle; the year's outcomes (三（七）, split into the groups
// （一）…（六）) and the requests carried forward (四) are where they went. Pure data: which numbers flow
// where, which gaps the report leaves, and which cells could not be drawn. `flowSankey.ts` lays it out.
//
// The report does not say which source went to which outcome, so the two sources meet in one node (what
// there was to handle) before splitting; drawing 一 straight into 予以公开 would invent a split. The
// stated total 三（七） is a node of its own between that node and the groups, so both of the table's
// identities show where they fail: 一 + 二 = 三（七） + 四 at the first split, 三（七） = Σ groups at the second.

import type { Analysis, Bilingual, Cell, Finding } from '../../model/types.ts';
import { parseRef, rowLabel, templateOf, templateOfAnalysis } from '../../template/labels.ts';
import { chartStrings } from './chartStrings.ts';
import { kindWord } from './valueKinds.ts';

export type FlowNodeKind = 'source' | 'hub' | 'total' | 'forward' | 'outcome' | 'unexplained' | 'unaccounted';

export interface FlowNode {
  id: string;
  kind: FlowNodeKind;
  /** Column of the diagram, left to right. */
  layer: 0 | 1 | 2 | 3;
  label: Bilingual;
  /** The cells the node's number comes from (a group: its rows); none for the hub and the gap nodes. */
  refs: string[];
  /**
   * The number the report prints for the node (a group: its rows added), undefined when a cell has no
   * number. It can differ from the node's drawn size, which also carries an unexplained inflow.
   */
  printed?: number;
  /** For the hub and the gap nodes: the finding they stand for (balance or sum in this column). */
  findingIndex?: number;
}

export interface FlowLink {
  source: string;
  target: string;
  /** The number carried; 0 when the cell has no number (then `missing` says so and nothing is drawn). */
  value: number;
  /** The cells behind the number (the target's, or the source's for a source link). */
  refs: string[];
  /** A flow the report leaves unexplained: the difference of a failing identity, drawn hatched. */
  gap?: { kind: 'unexplained' | 'unaccounted'; findingIndex?: number; delta: number };
  /** Refs of cells without a number that this flow would have carried: the flow is skipped, never drawn as 0. */
  missing?: string[];
}

export interface FlowIdentity {
  /** Left and right of the identity as the cells give them; undefined when a term has no number. */
  stated?: number;
  computed?: number;
  findingIndex?: number;
}

export interface FlowGraph {
  column: number;
  nodes: FlowNode[];
  links: FlowLink[];
  /** 一 + 二 against 三（七） + 四. */
  balance: FlowIdentity;
  /** 三（七） against the sum of its rows. */
  sum: FlowIdentity;
  /** Cells that could not be drawn, explained; empty when every flow has its number. */
  notes: Bilingual[];
}

/** Table 三's outcome groups as the template numbers them; （六） is one row in 2019 and a group in 2021. */
export const OUTCOME_GROUPS = ['三.三(一)', '三.三(二)', '三.三(三)', '三.三(四)', '三.三(五)', '三.三(六)'] as const;

export const TOTAL_COLUMN = 6;

/** True when the analysis has table 三 of the 2019/2021 templates to draw. */
export function hasFlow(analysis: Analysis): boolean {
  return templateOf(analysis.meta.template)?.family === 'gov' && analysis.cells.some((c) => c.indicator === '三.一');
}

/** A group's name without the template's parenthetical (「部分公开（区分处理的…）」 → 「（二）部分公开」). */
function groupLabel(analysis: Analysis, indicator: string): Bilingual {
  const def = templateOfAnalysis(analysis)?.indicators.find((d) => d.id === indicator);
  const full = rowLabel(analysis, indicator);
  const number = indicator.replace(/^三\.三/, '').replace('(', '（').replace(')', '）');
  return def ? { zh: `${number}${def.label.replace(/（.*$/, '')}`, en: `${number} ${def.en}` } : full;
}

const numberOf = (cell: Cell | undefined) => (cell?.value.kind === 'number' ? cell.value.value : undefined);

function findingFor(analysis: Analysis, rule: string, ref: string, first: boolean): number | undefined {
  const index = analysis.findings.findIndex((f: Finding) => f.rule === rule && (first ? f.cells[0] === ref : f.cells.includes(ref)));
  return index < 0 ? undefined : index;
}

/** Why a cell is left out, in words: 「三.二 上年结转…：空白」. */
function missingNote(analysis: Analysis, ref: string, cell: Cell | undefined): Bilingual {
  const row = rowLabel(analysis, parseRef(ref).indicator);
  const kind = kindWord(cell?.value.kind ?? 'absent');
  const raw = cell && cell.value.raw !== '' ? `「${cell.value.raw}」` : '';
  return {
    zh: `${row.zh}：${kind.zh}${raw}，此流向未画出（不按 0 计）。`,
    en: `${row.en}: ${kind.en}${raw ? ` ${raw}` : ''}; this flow is not drawn (not counted as 0).`,
  };
}

/** 「未交代去向：差 29」: a gap node says what it is and how large, since its drawn size may be a minimum. */
function gapLabel(name: Bilingual, delta: number): Bilingual {
  const size = Math.abs(delta);
  return { zh: `${name.zh}：差 ${size}`, en: `${name.en}: gap ${size}` };
}

export function flowGraph(analysis: Analysis, column: number): FlowGraph {
  const byRef = new Map(analysis.cells.map((c) => [c.ref, c]));
  const at = (indicator: string) => `${indicator}@${column}`;
  const notes: Bilingual[] = [];
  const nodes: FlowNode[] = [];
  const links: FlowLink[] = [];

  /** A link carrying one or more cells' sum; cells without a number are listed and noted, not added as 0. */
  const link = (source: string, target: string, refs: string[]): number | undefined => {
    const missing = refs.filter((ref) => numberOf(byRef.get(ref)) === undefined);
    for (const ref of missing) notes.push(missingNote(analysis, ref, byRef.get(ref)));
    const numbers = refs.map((ref) => numberOf(byRef.get(ref))).filter((v): v is number => v !== undefined);
    const value = numbers.reduce((s, v) => s + v, 0);
    links.push({ source, target, value: numbers.length ? value : 0, refs, ...(missing.length ? { missing } : {}) });
    return missing.length ? undefined : value;
  };

  const balanceIndex = findingFor(analysis, 'balance', at('三.一'), false);
  // The four numbered rows get short names (the template's are sentences); the groups keep the template's.
  nodes.push(
    { id: 'new', kind: 'source', layer: 0, label: chartStrings.flowNew, refs: [at('三.一')] },
    { id: 'carried', kind: 'source', layer: 0, label: chartStrings.flowCarried, refs: [at('三.二')] },
    { id: 'hub', kind: 'hub', layer: 1, label: chartStrings.flowHub, refs: [], ...(balanceIndex !== undefined ? { findingIndex: balanceIndex } : {}) },
    { id: 'handled', kind: 'total', layer: 2, label: chartStrings.flowHandled, refs: [at('三.三(七)')] },
    { id: 'forward', kind: 'forward', layer: 2, label: chartStrings.flowForward, refs: [at('三.四')] },
  );
  const printed = (id: string, value: number | undefined) => {
    const node = nodes.find((n) => n.id === id);
    if (node && value !== undefined) node.printed = value;
    return value;
  };
  const fresh = printed('new', link('new', 'hub', [at('三.一')]));
  const carried = printed('carried', link('carried', 'hub', [at('三.二')]));
  const handled = printed('handled', link('hub', 'handled', [at('三.三(七)')]));
  const forward = printed('forward', link('hub', 'forward', [at('三.四')]));

  // The rows 三（七） sums, from the template the report was read with (2019, 2021, or 2021 with （六） as one row).
  const sumRelation = templateOfAnalysis(analysis)?.relations.find((r) => r.kind === 'sum' && r.parent === '三.三(七)');
  const parts = sumRelation?.kind === 'sum' ? sumRelation.parts : [];
  let groupsTotal: number | undefined = 0;
  for (const group of OUTCOME_GROUPS) {
    const rows = parts.filter((p) => p === group || (p.startsWith(group) && /^\d+$/.test(p.slice(group.length))));
    if (!rows.length) continue;
    nodes.push({ id: group, kind: 'outcome', layer: 3, label: groupLabel(analysis, group), refs: rows.map(at) });
    const value = printed(group, link('handled', group, rows.map(at)));
    groupsTotal = value === undefined || groupsTotal === undefined ? undefined : groupsTotal + value;
  }

  const balance: FlowIdentity = {
    ...(fresh !== undefined && carried !== undefined ? { stated: fresh + carried } : {}),
    ...(handled !== undefined && forward !== undefined ? { computed: handled + forward } : {}),
    ...(balanceIndex !== undefined ? { findingIndex: balanceIndex } : {}),
  };
  const sumIndex = findingFor(analysis, 'sum', at('三.三(七)'), true);
  const sum: FlowIdentity = {
    ...(handled !== undefined ? { stated: handled } : {}),
    ...(groupsTotal !== undefined && parts.length ? { computed: groupsTotal } : {}),
    ...(sumIndex !== undefined ? { findingIndex: sumIndex } : {}),
  };

  // A failing identity is drawn as a flow of its own, never hidden: more in than out goes to 「未交代去向」,
  // more out than in comes from 「来源不明」. Only when every term has a number; otherwise the rule itself
  // says the identity cannot be checked, and the notes say which cell is missing.
  const gap = (identity: FlowIdentity, node: 'hub' | 'handled', suffix: string) => {
    if (identity.stated === undefined || identity.computed === undefined || identity.stated === identity.computed) return;
    const delta = identity.stated - identity.computed;
    const findingIndex = identity.findingIndex;
    const meta = { delta, ...(findingIndex !== undefined ? { findingIndex } : {}) };
    const [layerIn, layerOut] = node === 'hub' ? ([0, 2] as const) : ([1, 3] as const);
    if (delta > 0) {
      nodes.push({ id: `unaccounted-${suffix}`, kind: 'unaccounted', layer: layerOut, label: gapLabel(chartStrings.unaccounted, delta), refs: [], ...(findingIndex !== undefined ? { findingIndex } : {}) });
      links.push({ source: node, target: `unaccounted-${suffix}`, value: delta, refs: [], gap: { kind: 'unaccounted', ...meta } });
    } else {
      nodes.push({ id: `unexplained-${suffix}`, kind: 'unexplained', layer: layerIn, label: gapLabel(chartStrings.unexplained, delta), refs: [], ...(findingIndex !== undefined ? { findingIndex } : {}) });
      links.push({ source: `unexplained-${suffix}`, target: node, value: -delta, refs: [], gap: { kind: 'unexplained', ...meta } });
    }
  };
  gap(balance, 'hub', 'balance');
  gap(sum, 'handled', 'sum');
  return { column, nodes, links, balance, sum, notes };
}

/** Whether the column's two identities both hold (undefined: one of them cannot be checked). */
export function flowHolds(graph: FlowGraph): boolean | undefined {
  const holds = (i: FlowIdentity) => (i.stated === undefined || i.computed === undefined ? undefined : i.stated === i.computed);
  const a = holds(graph.balance);
  const b = holds(graph.sum);
  if (a === false || b === false) return false;
  return a === undefined || b === undefined ? undefined : true;
}
