// Which dropped files are reports, and which are zips of them, told by name alone: kept apart from the
// zip reading (reportArchive.ts, with fflate) so the page can sort a drop without loading the unzipper.

/** The kinds of file a folder or zip is searched for: those the page's file picker offers. */
export const REPORT_EXTENSIONS = ['.pdf', '.html', '.htm', '.txt', '.text', '.md', '.csv', '.docx'];

export const isReportName = (name: string): boolean => REPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
export const isZipName = (name: string): boolean => name.toLowerCase().endsWith('.zip');
