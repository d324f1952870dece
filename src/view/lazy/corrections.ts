// The checks' rules, run again in the page when the user corrects a cell (check/corrections.ts): loaded
// with the first correction, since the first screen only shows checks the worker already ran.

import { once } from './once.ts';

export const loadCorrections = once(() => import('../../check/corrections.ts'));
