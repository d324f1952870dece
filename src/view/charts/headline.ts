// The report's key figures per template, as tiles: what a reader looks at first (requests received,
// handled, lawsuits). Pure data, so which cell a tile reads and how its status is decided is testable.

import type { Analysis, Bilingual, TemplateId } from '../../model/types.ts';

interface TileDef {
  key: string;
  /** One ref, or several whose numbers are added (the two lawsuit groups of table 四). */
  refs: string[];
  label: Bilingual;
}

const tile = (key: string, refs: string[], zh: string, en: string): TileDef => ({ key, refs, label: { zh, en } });

const NATIONAL: TileDef[] = [
  tile('received', ['三(一)@0'], '收到申请数', 'Requests received'),
  tile('concluded', ['三(二)@0'], '申请办结数', 'Requests concluded'),
  tile('answered', ['三(三)@0'], '申请答复数', 'Requests answered'),
  tile('reconsideration', ['四@0'], '行政复议', 'Reconsiderations'),
  tile('lawsuits', ['五@0'], '行政诉讼', 'Lawsuits'),
  tile('proactive', ['一(一)@0'], '主动公开信息数', 'Items disclosed proactively'),
];

const GOV: TileDef[] = [
  tile('new', ['三.一@6'], '本年新收申请', 'New requests'),
  tile('carried', ['三.二@6'], '上年结转', 'Carried over'),
  tile('handled', ['三.三(七)@6'], '办理结果总计', 'Outcomes in total'),
  tile('disclosed', ['三.三(一)@6'], '予以公开', 'Disclosed'),
  tile('partly', ['三.三(二)@6'], '部分公开', 'Partly disclosed'),
  tile('forward', ['三.四@6'], '结转下年', 'Carried forward'),
  tile('reconsideration', ['四.复议@4'], '行政复议', 'Reconsiderations'),
  tile('lawsuits', ['四.诉讼直接@4', '四.诉讼复议后@4'], '行政诉讼', 'Lawsuits'),
];

const FUJIAN: TileDef[] = [
  tile('proactive', ['主动公开@0'], '主动公开', 'Disclosed proactively'),
  tile('received', ['受理申请@0'], '受理申请', 'Requests received'),
  tile('answered', ['答复@0'], '答复', 'Requests answered'),
];

const TILES: Record<TemplateId, TileDef[]> = {
  'national-2008': NATIONAL,
  'gov-2019': GOV,
  'gov-2021': GOV,
  'fujian-2008': FUJIAN,
  'fujian-2014': FUJIAN,
  none: [],
};

export type TileStatus = 'error' | 'warning' | 'ok' | 'missing';

export interface HeadlineTile {
  key: string;
  refs: string[];
  label: Bilingual;
  /** Undefined when any of its cells is absent or not a number (blank is not 0). */
  value?: number;
  status: TileStatus;
  /** The first flagged finding involving one of its cells: what a click selects. */
  findingIndex?: number;
}

export function headlineTiles(analysis: Analysis): HeadlineTile[] {
  const byRef = new Map(analysis.cells.map((c) => [c.ref, c]));
  return TILES[analysis.meta.template].map(({ key, refs, label }) => {
    const values = refs.map((ref) => byRef.get(ref)).map((c) => (c?.value.kind === 'number' ? c.value.value : undefined));
    const value = values.every((v): v is number => v !== undefined) ? values.reduce((s, v) => s + v, 0) : undefined;
    const flagged = analysis.findings
      .map((finding, index) => ({ finding, index }))
      .filter(({ finding }) => finding.severity !== 'info' && refs.some((ref) => finding.cells.includes(ref)));
    // A missing number is reported as missing, even if a missing-value warning involves it.
    const status: TileStatus =
      value === undefined ? 'missing' : flagged.some(({ finding }) => finding.severity === 'error') ? 'error' : flagged.length ? 'warning' : 'ok';
    const findingIndex = flagged[0]?.index;
    return { key, refs, label, ...(value !== undefined ? { value } : {}), status, ...(findingIndex !== undefined ? { findingIndex } : {}) };
  });
}

/** The mark that tells the status without colour. */
export const STATUS_MARK: Record<TileStatus, string> = { error: '✖', warning: '▲', ok: '✓', missing: '—' };
