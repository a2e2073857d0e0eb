import type { LedgerId } from '../../electron/api/ledgers.js';
import { APPRAISAL_LEDGER_TITLE, APPRAISAL_TABLES, renderAppraisalLedger } from './appraisal/render.js';
import { BRANCH_LEDGER_TITLE, BRANCH_TABLES } from './branch/BranchLedger.js';
import { renderBranchLedger } from './branch/render.js';
import { columnInfo, type ColumnInfo, type ColumnSpec } from './columns.js';
import { DEVELOPMENT_LISTS_TABLES, DEVELOPMENT_LISTS_TITLE, renderDevelopmentLists } from './development/lists.js';
import { DEVELOPMENT_RECORD_TITLE, renderDevelopmentRecord } from './development/record.js';
import { DEVELOPMENT_LEDGER_TITLE, DEVELOPMENT_TABLES, renderDevelopmentLedger } from './development/render.js';
import { DUES_BASIS_LEDGER_TITLE, DUES_BASIS_TABLES, renderDuesBasisLedger } from './dues/basis.js';
import { DUES_NOTICE_LEDGER_TITLE, DUES_NOTICE_TABLES, renderDuesNoticeLedger } from './dues/notice.js';
import { DUES_REMIT_LEDGER_TITLE, DUES_REMIT_TABLES, renderDuesRemitLedger } from './dues/remit.js';
import { DUES_LEDGER_TITLE, DUES_TABLES, renderDuesLedger } from './dues/render.js';
import { MEETINGS_LEDGER_TITLE, MEETINGS_TABLES, renderMeetingsLedger } from './meetings/render.js';
import { MOBILE_LEDGER_TITLE, MOBILE_TABLES, renderMobileLedger } from './mobile/render.js';
import { ORG_LIFE_LEDGER_TITLE, ORG_LIFE_TABLES, renderOrgLifeLedger } from './orgLife/render.js';
import { renderRosterLedger, ROSTER_LEDGER_TITLE, ROSTER_TABLES } from './roster/render.js';
import { renderTalksLedger, TALKS_LEDGER_TITLE } from './talks/render.js';
import { renderTransfersLedger, TRANSFERS_LEDGER_TITLE, TRANSFERS_TABLES } from './transfers/render.js';
import type { LedgerData, LedgerDocument } from './types.js';

export type {
  AppraisalLedgerData,
  BranchCounts,
  BranchLedgerData,
  CommitteeFacts,
  LedgerData,
  LedgerDocument,
  MeetingsLedgerData,
  MobileEntry,
  MobileLedgerData,
  OrgLifeLedgerData,
  RosterEntry,
  RosterLedgerData,
  TalksLedgerData,
  TransferEntry,
  TransfersLedgerData,
} from './types.js';
export type {
  DuesBalance,
  DuesBasisLedgerData,
  DuesEntry,
  DuesLedgerData,
  DuesNoticeLedgerData,
  DuesRemitLedgerData,
  DuesTotals,
} from './dues/types.js';
export type {
  DevelopmentLedgerData,
  DevelopmentListsLedgerData,
  DevelopmentRecordLedgerData,
} from './development/types.js';
export type { ColumnInfo, ColumnOverride, ColumnOverrides, ColumnSpec } from './columns.js';
export { applyColumnOverrides } from './columns.js';
export {
  EMPTY,
  formatChineseDate,
  formatChineseMonth,
  formatDate,
  formatMonth,
  formatTimeRange,
  orDash,
  safeFileName,
} from './format.js';
export { EMPTY_YEAR_TEXT } from './components/RecordPage.js';
export {
  PAGE_MARGINS_MM,
  PRINT_FONT_STACK,
  printStylesheet,
  type Orientation,
  type PageMargins,
} from './printStyles.js';

/** Renders any ledger to a printable HTML document (preview, Electron printToPDF, CLI). */
export function renderLedger(data: LedgerData): LedgerDocument {
  switch (data.ledger) {
    case 'branch':
      return renderBranchLedger(data);
    case 'roster':
      return renderRosterLedger(data);
    case 'transfers':
      return renderTransfersLedger(data);
    case 'mobile':
      return renderMobileLedger(data);
    case 'meetings':
      return renderMeetingsLedger(data);
    case 'org-life':
      return renderOrgLifeLedger(data);
    case 'appraisal':
      return renderAppraisalLedger(data);
    case 'talks':
      return renderTalksLedger(data);
    case 'dues':
      return renderDuesLedger(data);
    case 'dues-basis':
      return renderDuesBasisLedger(data);
    case 'dues-notice':
      return renderDuesNoticeLedger(data);
    case 'dues-remit':
      return renderDuesRemitLedger(data);
    case 'development':
      return renderDevelopmentLedger(data);
    case 'development-record':
      return renderDevelopmentRecord(data);
    case 'development-lists':
      return renderDevelopmentLists(data);
  }
}

export interface LedgerTableInfo {
  title: string;
  columns: ColumnInfo[];
}

type TableSpecs = Record<string, { title: string; columns: readonly ColumnSpec<never>[] }>;

function tableInfo(tables: TableSpecs): Record<string, LedgerTableInfo> {
  return Object.fromEntries(
    Object.entries(tables).map(([key, t]) => [key, { title: t.title, columns: columnInfo(t.columns) }]),
  );
}

/** Each ledger's customisable tables and their default columns, for the column settings screen. */
export const LEDGER_TABLES: Record<LedgerId, Record<string, LedgerTableInfo>> = {
  branch: tableInfo(BRANCH_TABLES),
  roster: tableInfo(ROSTER_TABLES),
  transfers: tableInfo(TRANSFERS_TABLES),
  mobile: tableInfo(MOBILE_TABLES),
  meetings: tableInfo(MEETINGS_TABLES),
  'org-life': tableInfo(ORG_LIFE_TABLES),
  appraisal: tableInfo(APPRAISAL_TABLES),
  // One free-form record per talk: no table to customise.
  talks: {},
  dues: tableInfo(DUES_TABLES),
  'dues-basis': tableInfo(DUES_BASIS_TABLES),
  'dues-notice': tableInfo(DUES_NOTICE_TABLES),
  'dues-remit': tableInfo(DUES_REMIT_TABLES),
  development: tableInfo(DEVELOPMENT_TABLES),
  // One form per person and stage: no table to customise.
  'development-record': {},
  'development-lists': tableInfo(DEVELOPMENT_LISTS_TABLES),
};

export const LEDGER_TITLES: Record<LedgerId, string> = {
  branch: BRANCH_LEDGER_TITLE,
  roster: ROSTER_LEDGER_TITLE,
  transfers: TRANSFERS_LEDGER_TITLE,
  mobile: MOBILE_LEDGER_TITLE,
  meetings: MEETINGS_LEDGER_TITLE,
  'org-life': ORG_LIFE_LEDGER_TITLE,
  appraisal: APPRAISAL_LEDGER_TITLE,
  talks: TALKS_LEDGER_TITLE,
  dues: DUES_LEDGER_TITLE,
  'dues-basis': DUES_BASIS_LEDGER_TITLE,
  'dues-notice': DUES_NOTICE_LEDGER_TITLE,
  'dues-remit': DUES_REMIT_LEDGER_TITLE,
  development: DEVELOPMENT_LEDGER_TITLE,
  'development-record': DEVELOPMENT_RECORD_TITLE,
  'development-lists': DEVELOPMENT_LISTS_TITLE,
};
