// pdf.js's own worker (the one that parses the PDF's bytes), loaded behind the origin guard. pdf.js
// starts itself on load when it finds it is in a worker, so importing it is all this module does.

import './confined.ts';
import '../../source/pdf/streamIteration.ts'; // before pdf.js: Safari's streams cannot be iterated
import 'pdfjs-dist/build/pdf.worker.min.mjs';
