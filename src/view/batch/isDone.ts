// Whether a batch item is read, apart from the batch's run so that code that only asks this (the batch
// kept in the browser, at start) does not load the run.

import type { BatchItem, DoneItem } from './batchRun.svelte.ts';

export const isDone = (item: BatchItem): item is DoneItem => item.state.kind === 'done';
