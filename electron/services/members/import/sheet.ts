/** A worksheet as the roster import reads it, whichever file format it came from. */
import type { Raw } from './cells.js';

/** A roster is at most a few thousand lines; more means a wrong file or a formatted-to-the-end sheet. */
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 100;

export interface SheetRow {
  /** 1-based, as Excel shows it. */
  number: number;
  /** Each cell as read, a merged cell's value repeated in every cell it covers (for headers). */
  header: Raw[];
  /**
   * Each cell for data: a value merged down a column (a 党小组 written once for several
   * members) repeats, one merged across columns counts only in its first cell.
   */
  data: Raw[];
  /** One text merged across several columns and nothing else, like “以下为预备党员”. */
  banner: boolean;
}

export interface Sheet {
  name: string;
  columnCount: number;
  /** Rows by number; index 0 is row 1. Missing rows are empty. */
  rows: SheetRow[];
  /** Workbooks saved with the 1904 date system count serial numbers from 1904. */
  date1904: boolean;
}
