// The few pdf.js operator codes the ruling-line reader needs. They are copied rather than imported so
// that the core does not load pdf.js itself (the page and the CLI load different builds of it); a unit
// test checks them against pdf.js's own OPS table.

export const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  paintImageXObject: 85,
  constructPath: 91,
} as const;

/** pdf.js ≥ 5.1 encodes a path as a flat list of these drawing codes followed by their coordinates. */
export const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
