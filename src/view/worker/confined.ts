// Imported first by every worker module of ours: the guard is in place before any parser is loaded.
// ES modules run their imports in order, so `import './confined.ts'` on a worker's first line runs this
// before the modules imported after it.

import { confineToOrigin, type ConfinableScope } from './confineToOrigin.ts';

confineToOrigin(self as unknown as ConfinableScope);
