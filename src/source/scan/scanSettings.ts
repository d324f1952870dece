// Every tolerance of the scan reader in one place (as pdfplumber keeps its TableSettings), in physical
// units: the reader converts them with the scan's own resolution, so a 150-dpi and a 300-dpi scan of one
// page are read alike.

export const SCAN_SETTINGS = {
  /** Sauvola's window half-side, in points, and its k. */
  binarizeRadiusPt: 9,
  binarizeK: 0.25,
  /** Sauvola's k for finding rulings: light grey hairlines count as ink. */
  rulingK: 0.06,
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
  /** A vertical ruling that meets a horizontal one at one end only must be this long (points, characters). */
  minOpenVerticalPt: 40,
  minOpenVerticalChars: 4,
  maxGapPt: 1.2,
  minFill: 0.85,
  maxThicknessPt: 3,
  /** The steepest lean a ruling may keep once the page is levelled (a slope: 0.02 is about 1.1°). */
  maxLean: 0.02,
  /** Text runs: pieces closer than this many character heights join one run; a run lower than this share of
   * a character is a speck. */
  joinGap: 0.6,
  punctuationGap: 1.2,
  stackGap: 0.3,
  minHeightShare: 0.35,
  flatMarkWidth: 0.5,
  /** Padding round a run when it is cut out for the recogniser (in character heights). */
  cropPadding: 0.2,
  /** Below this confidence, a character read by OCR makes its value 「待核」. */
  doubtBelow: 0.9,
} as const;
