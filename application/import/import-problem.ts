/** One reason a row could not be imported, as the import result and its CSV report show it. */
export interface ImportProblem {
  readonly file: string;
  /** The row as a spreadsheet numbers it (the header is row 1); 0 for a problem with the whole file. */
  readonly row: number;
  /** The column's header name (or `#n`), empty when the problem is the row's. */
  readonly column: string;
  readonly ja: string;
  readonly en: string;
}
