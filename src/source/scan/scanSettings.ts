// Every tolerance of the scan reader in one place (as pdfplumber keeps its TableSettings), in physical
// units: the reader converts them with the scan's own resolution, so a 150-dpi and a 300-dpi scan of one
// page are read alike.

export const SCAN_SETTINGS = {
  /** Sauvola's window half-side, in points, and its k. */
  binarizeRadiusPt: 9,
  binarizeK: 0.25,
  /** The widest slant corrected, and the search steps (degrees). */
  maxSkewDegrees: 3,
  coarseSkewStep: 0.1,
  fineSkewStep: 0.02,
  /** Rulings: the shortest horizontal and vertical ones (points), the widest gap bridged (points), the
   * share of a ruling that must be ink, the thickest ruling (points). */
  minHorizontalPt: 28,
  minVerticalPt: 14,
  /** …and never shorter than this many character heights (a large character's long stroke). */
  minVerticalChars: 1.6,
  maxGapPt: 1.2,
  minFill: 0.85,
  maxThicknessPt: 3,
  /** Text runs: pieces closer than this many character heights join one run; a run lower than this share of
   * a character is a speck. */
  joinGap: 0.6,
  stackGap: 0.3,
  minHeightShare: 0.35,
  /** Padding round a run when it is cut out for the recogniser (in character heights). */
  cropPadding: 0.2,
  /** Below this confidence, a character read by OCR makes its value 「待核」. */
  doubtBelow: 0.9,
} as const;
