// Every tolerance and threshold the table readers use, in one place (as pdfplumber's TableSettings): what
// makes a table count as a template's, how alike a printed label must be to the template's, how far a
// search may reach. Readers take a TableSettings, so a test or a caller can change one knob and see what
// it does; the defaults are what the fixtures in every form were measured with (`npm run eval`).

export interface TableSettings {
  /** Template rows a 2008 statistics table or a Fujian table must map before the report is said to use it. */
  minTemplateRows: number;
  /** Rows of the 2019/2021 table 三 a reading must map before the report is said to use that template. */
  minTable3Rows: number;
  /** Rows of table 三 a tabbed layout must hold before its columns are split at all. */
  minTable3Lines: number;
  /** Label similarity (0–1, labelSimilarity) at which a printed label names a template row, for the 2008 table. */
  statisticsLabelMatch: number;
  /** A row matched below this similarity must also stand in the template's order. */
  statisticsOutOfOrder: number;
  /** Two labels within this similarity of each other are a tie, settled by the row's own number. */
  statisticsTie: number;
  /** Label similarity at which a Fujian tabbed row, or a 2019/2021 row whose number disagrees, names a row. */
  labelMatch: number;
  /** Label similarity for table 二's rows and rows read without their numbering. */
  looseLabelMatch: number;
  /** A table with no header is taken only when this many consecutive rows look like its rows. */
  headerlessMinRows: number;
  /** How many lines a header split over several lines (统计指标 / 单位 / 统计数) may span. */
  splitHeaderReach: number;
  /** Share of table-三 rows whose 总计 must equal their six columns before cells read one per line are trusted by position. */
  onePerLineRowsThatAddUp: number;
  /** Readings tried when glued digits are split under the table's identities, per row and over a whole table. */
  gluedRowSearchLimit: number;
  gluedTableSearchLimit: number;
  /** Readings tried when the rows of a glued 2019/2021 table are solved together under its identities. */
  gluedJointSearchLimit: number;
  /** Readings of an ambiguous glued cell listed in its notice. */
  gluedReadingsShown: number;
}

export const DEFAULT_TABLE_SETTINGS: Readonly<TableSettings> = Object.freeze({
  minTemplateRows: 8,
  minTable3Rows: 10,
  minTable3Lines: 5,
  statisticsLabelMatch: 0.5,
  statisticsOutOfOrder: 0.75,
  statisticsTie: 0.1,
  labelMatch: 0.75,
  looseLabelMatch: 0.6,
  headerlessMinRows: 8,
  splitHeaderReach: 8,
  onePerLineRowsThatAddUp: 0.8,
  gluedRowSearchLimit: 200_000,
  gluedTableSearchLimit: 2_000_000,
  gluedJointSearchLimit: 1_000_000,
  gluedReadingsShown: 4,
});
