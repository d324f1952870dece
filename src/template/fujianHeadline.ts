// The key figures both Fujian tables (2008–2013 and 2014–2018) share: their totals carry the same ids.

import type { HeadlineDef } from './definition.ts';

const tile = (key: string, refs: string[], zh: string, en: string): HeadlineDef => ({ key, refs, label: { zh, en } });

export const FUJIAN_HEADLINE: HeadlineDef[] = [
  tile('proactive', ['主动公开@0'], '主动公开', 'Disclosed proactively'),
  tile('received', ['受理申请@0'], '受理申请', 'Requests received'),
  tile('answered', ['答复@0'], '答复', 'Requests answered'),
];
