import type { BranchStatus, BranchStructure, OfficeReportId } from '../../../electron/api/office.js';

/** One branch on an office report: its counts on the day, and its status for the year. */
export interface OfficeReportRow {
  code: string;
  structure: BranchStructure;
  /** Null when the branch's status could not be computed (no bundle yet). */
  status: BranchStatus | null;
  lastBundleOn: string | null;
}

export interface OfficeReportData {
  report: OfficeReportId;
  /** The office's full name. */
  office: string;
  year: number;
  /** The day the counts stand on (31 December, or today in the running year). */
  asOf: string;
  printedOn: string;
  rows: OfficeReportRow[];
  total: BranchStructure;
}

export interface OfficeReportDocument {
  title: string;
  fileName: string;
  orientation: 'landscape';
  headerLeft: string;
  headerRight: string;
  html: string;
}
